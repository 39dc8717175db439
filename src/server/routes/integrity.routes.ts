/**
 * Locks, e-signatures, source data verification and data queries. Site data are checked against
 * the caller's sites for this route's roles; another site's subject is not found.
 */
import { z } from 'zod';
import type { Role } from '../../core/access/roles.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { isIndependentReadQuery } from '../../store/integrity/independent-read-queries.ts';
import { listLocks, lockRecord, unlockRecord } from '../../store/integrity/lock-repository.ts';
import {
  actOnQuery,
  listQueries,
  openQueryCounts,
  raiseQuery,
} from '../../store/integrity/query-repository.ts';
import { listSdv, markVerified } from '../../store/integrity/sdv-repository.ts';
import {
  listSignatures,
  SIGNATURE_MEANINGS,
  sign,
} from '../../store/integrity/signature-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth, subjectSiteFor } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';

/**
 * Who may read a subject's integrity records at their sites. Not the independent radiology
 * reviewer: queries, signatures, SDV and locks cover the whole casebook (adverse events, labs,
 * the site's tumour reads), which a blinded reviewer must not see (subject-access.ts).
 */
export const SITE_READERS: Role[] = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
];
const site = (roles: Role[]) => ({ kind: 'roles', roles, scope: 'site' }) as const;
const reason = z.string().trim().min(1, 'a reason is required');
const subjectParams = z.object({ subjectId: z.string().min(1) });
const text = z.string().trim().min(1, 'must not be empty').max(4000);

export const integrityRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/locks',
    summary: 'Lock the study, a subject or one form; locked data refuse writes',
    tag: 'integrity',
    access: site(['data-manager']),
    body: z.discriminatedUnion('scope', [
      z.object({ scope: z.literal('study'), reason }),
      z.object({ scope: z.literal('subject'), subjectId: z.string().min(1), reason }),
      z.object({
        scope: z.literal('form'),
        subjectId: z.string().min(1),
        entityType: z.string().min(1),
        entityId: z.string().min(1),
        reason,
      }),
    ]),
    async handler({ store, auth, actor, roles, body }) {
      if (body.scope === 'study') {
        if (sitesFor(requireAuth(auth), roles) !== 'all')
          throw new DomainError({
            kind: 'forbidden',
            rule: 'study-lock-needs-study-role',
            message: 'locking the whole study needs a study-wide data-manager role',
          });
        return json({ id: await lockRecord(store, actor, { scope: 'study' }, body.reason) }, 201);
      }
      const siteId = await subjectSiteFor(store, auth, roles, body.subjectId);
      return json({ id: await lockRecord(store, actor, { ...body, siteId }, body.reason) }, 201);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/locks/:lockId/unlock',
    summary: 'Unlock with a reason',
    tag: 'integrity',
    access: site(['data-manager']),
    params: z.object({ lockId: z.string().min(1) }),
    body: z.object({ reason }),
    async handler({ store, auth, actor, roles, params, body }) {
      await unlockRecord(
        store,
        actor,
        params.lockId,
        body.reason,
        sitesFor(requireAuth(auth), roles),
      );
      return { kind: 'empty', status: 204 };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/locks',
    summary: 'Active locks at my sites (and study locks)',
    tag: 'integrity',
    access: site(SITE_READERS),
    query: z.object({ subjectId: z.string().min(1).optional() }),
    async handler({ store, auth, roles, query }) {
      return json(await listLocks(store, sitesFor(requireAuth(auth), roles), query.subjectId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/signatures',
    summary: "Sign a subject's casebook or one form: password re-entered, meaning chosen",
    tag: 'integrity',
    access: site(['investigator']),
    body: z.discriminatedUnion('scope', [
      z.object({
        scope: z.literal('casebook'),
        subjectId: z.string().min(1),
        meaning: z.enum(SIGNATURE_MEANINGS),
        password: z.string().min(1),
      }),
      z.object({
        scope: z.literal('form'),
        subjectId: z.string().min(1),
        entityType: z.string().min(1),
        entityId: z.string().min(1),
        meaning: z.enum(SIGNATURE_MEANINGS),
        password: z.string().min(1),
      }),
    ]),
    async handler({ store, auth, actor, roles, body }) {
      const siteId = await subjectSiteFor(store, auth, roles, body.subjectId);
      const { password, meaning, ...target } = body;
      return json(await sign(store, actor, { ...target, siteId }, meaning, password), 201);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/signatures',
    summary: "A subject's signatures with printed name, meaning, UTC time and valid/broken status",
    tag: 'integrity',
    access: site(SITE_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      await subjectSiteFor(store, auth, roles, params.subjectId);
      return json(await listSignatures(store, params.subjectId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/sdv',
    summary: 'Mark a record (or one field) source-data verified',
    tag: 'integrity',
    access: site(['monitor']),
    body: z.object({
      subjectId: z.string().min(1),
      entityType: z.string().min(1),
      entityId: z.string().min(1),
      field: z.string().min(1).nullable().optional(),
    }),
    async handler({ store, auth, actor, roles, body }) {
      const siteId = await subjectSiteFor(store, auth, roles, body.subjectId);
      return json(
        { id: await markVerified(store, actor, { ...body, field: body.field ?? null, siteId }) },
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/sdv',
    summary: "A subject's source data verification marks (verified or reset by an edit)",
    tag: 'integrity',
    access: site(SITE_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      await subjectSiteFor(store, auth, roles, params.subjectId);
      return json(await listSdv(store, params.subjectId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/queries',
    summary: 'Raise a data query on a subject, a record or a field',
    tag: 'queries',
    access: site(['data-manager', 'monitor']),
    body: z.object({
      subjectId: z.string().min(1),
      entityType: z.string().min(1).nullable().optional(),
      entityId: z.string().min(1).nullable().optional(),
      field: z.string().min(1).nullable().optional(),
      text,
    }),
    async handler({ store, auth, actor, roles, body }) {
      const siteId = await subjectSiteFor(store, auth, roles, body.subjectId);
      return json({ id: await raiseQuery(store, actor, { ...body, siteId }, body.text) }, 201);
    },
  }),
  ...(['answer', 'close', 'reopen'] as const).map((action) =>
    defineRoute({
      method: 'POST',
      path: `/api/queries/:queryId/${action}`,
      summary:
        action === 'answer'
          ? 'Answer a query (the site)'
          : action === 'close'
            ? 'Close a query'
            : 'Re-open a query',
      tag: 'queries',
      access: site(
        action === 'answer' ? ['coordinator', 'investigator'] : ['data-manager', 'monitor'],
      ),
      params: z.object({ queryId: z.string().min(1) }),
      body: z.object({ text }),
      async handler({ store, auth, actor, roles, params, body }) {
        // a query on an independent read is answered by the blinded reviewer only (their own
        // route, independent-read-queries.routes.ts): a site answer would unblind the thread
        const sites = sitesFor(requireAuth(auth), roles);
        if (action === 'answer' && (await isIndependentReadQuery(store.db, params.queryId, sites)))
          throw new DomainError({
            kind: 'forbidden',
            rule: 'independent-read-query-for-reviewer',
            message:
              'a query on an independent read is answered by the radiology reviewer, not the site (blinded review)',
          });
        const status = await actOnQuery(store, actor, params.queryId, action, body.text, sites);
        return json({ id: params.queryId, status });
      },
    }),
  ),
  defineRoute({
    method: 'GET',
    path: '/api/queries',
    summary: 'Queries at my sites, with their messages',
    tag: 'queries',
    access: site(SITE_READERS),
    query: z.object({
      status: z.enum(['open', 'answered', 'closed']).optional(),
      subjectId: z.string().min(1).optional(),
    }),
    async handler({ store, auth, roles, query }) {
      return json(await listQueries(store.db, sitesFor(requireAuth(auth), roles), query));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/queries/counts',
    summary: 'Open query counts per site and per subject',
    tag: 'queries',
    access: site(SITE_READERS),
    async handler({ store, auth, roles }) {
      return json(await openQueryCounts(store.db, sitesFor(requireAuth(auth), roles)));
    },
  }),
];
