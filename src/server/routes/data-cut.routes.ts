/**
 * Data cuts over HTTP (issue 12): the statistician freezes the study's data at a cut-off date;
 * statistician, data manager and auditor read the cuts. Study scope: a cut holds every site.
 * The report of a cut is served by `data-cut-report.routes.ts`.
 */
import { z } from 'zod';
import { isIsoDate } from '../../core/shared/calendar-date.ts';
import {
  createDataCut,
  getDataCut,
  listDataCuts,
} from '../../store/data-cuts/data-cut-repository.ts';
import { defineRoute, json } from '../route-spec.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD');
const cutName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'letters, digits, dot, underscore, hyphen (1–80)');

export const dataCutRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/data-cuts',
    summary: 'Freeze the study data as an immutable, hashed snapshot at a cut-off date',
    tag: 'reports',
    access: { kind: 'roles', roles: ['statistician'], scope: 'study' },
    body: z.object({ name: cutName, cutoffDate: isoDate }).strict(),
    async handler({ store, actor, body }) {
      return json(await createDataCut(store, actor, body), 201);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/data-cuts',
    summary: 'Data cuts (name, cut-off date, audit-chain head, content hash)',
    tag: 'reports',
    access: {
      kind: 'roles',
      roles: ['statistician', 'data-manager', 'auditor'],
      scope: 'study',
    },
    async handler({ store }) {
      return json({ items: await listDataCuts(store) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/data-cuts/:name',
    summary: 'One data cut with its row counts (the snapshot itself with ?snapshot=true)',
    tag: 'reports',
    access: {
      kind: 'roles',
      roles: ['statistician', 'data-manager', 'auditor'],
      scope: 'study',
    },
    params: z.object({ name: cutName }),
    query: z.object({ snapshot: z.enum(['true', 'false']).optional() }),
    async handler({ store, params, query }) {
      const { snapshot, snapshotText, ...summary } = await getDataCut(store, params.name);
      if (query.snapshot === 'true')
        return { kind: 'text', contentType: 'application/json', body: snapshotText };
      return json(summary);
    },
  }),
];
