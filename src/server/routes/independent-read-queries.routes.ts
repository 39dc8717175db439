/**
 * The blinded radiology reviewer's view of the data queries raised on their independent reads
 * (issue 9), and their answer to them. The reviewer reads no casebook-wide queries
 * (integrity.routes.ts SITE_READERS): these routes give exactly the queries on the independent
 * reads (store/integrity/independent-read-queries.ts) — the recist-disagreement edit check
 * between the reviewer's response and the engine over the independent reads — and the
 * workflow's answer step on them. Closing and re-opening stay with the data manager and monitor.
 */
import { z } from 'zod';
import type { Role } from '../../core/access/roles.ts';
import {
  answerIndependentReadQuery,
  listIndependentReadQueries,
} from '../../store/integrity/independent-read-queries.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth, subjectSiteFor } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';

export const INDEPENDENT_READERS: Role[] = ['radiology-reviewer'];
const access = { kind: 'roles', roles: INDEPENDENT_READERS, scope: 'site' } as const;

export const independentReadQueryRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/independent-read-queries',
    summary:
      "Data queries raised on a subject's independent reads (the reviewer's RECIST disagreements), with their messages",
    tag: 'queries',
    access,
    params: z.object({ subjectId: z.string().min(1) }),
    async handler({ store, auth, roles, params }) {
      await subjectSiteFor(store, auth, roles, params.subjectId);
      const sites = sitesFor(requireAuth(auth), roles);
      return json(await listIndependentReadQueries(store.db, sites, params.subjectId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/independent-read-queries/:queryId/answer',
    summary: 'Answer an open query on an independent read (the radiology reviewer)',
    tag: 'queries',
    access,
    params: z.object({ queryId: z.string().min(1) }),
    body: z.object({ text: z.string().trim().min(1, 'must not be empty').max(4000) }),
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      const status = await answerIndependentReadQuery(
        store,
        actor,
        params.queryId,
        body.text,
        sites,
      );
      return json({ id: params.queryId, status });
    },
  }),
];
