/**
 * The Reports screens' rows of the route table (spread into `router/app-routes.ts`). Access
 * mirrors src/server/routes/data-cut.routes.ts: statistician, data manager and auditor read the
 * cuts; only the statistician freezes a cut and generates its report
 * (data-cut-report.routes.ts), statistician and data manager download exports
 * (export.routes.ts). The screens offer each action to those roles; the server checks every
 * request again.
 */
import type { Role } from '../../../core/access/roles.ts';
import type { AppRoute } from '../../router/app-routes.ts';

/** GET /api/data-cuts and /api/data-cuts/:name. */
export const CUT_READERS = [
  'statistician',
  'data-manager',
  'auditor',
] as const satisfies readonly Role[];
/** POST /api/data-cuts and GET /api/data-cuts/:name/report. */
export const REPORT_WRITERS = ['statistician'] as const satisfies readonly Role[];
/** GET /api/exports/:format/:dataset. */
export const EXPORT_READERS = ['statistician', 'data-manager'] as const satisfies readonly Role[];

export const reportRoutes = [
  {
    id: 'reports',
    path: '/reports',
    access: { kind: 'roles', roles: CUT_READERS },
    navLabel: 'nav.reports',
  },
  {
    id: 'report-cut',
    path: '/reports/:cutName',
    access: { kind: 'roles', roles: CUT_READERS },
  },
] as const satisfies readonly AppRoute[];
