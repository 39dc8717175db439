/**
 * The Safety screens' rows of the route table (spread into `router/app-routes.ts`). Access
 * mirrors src/server/routes/safety-access.ts SAFETY_READERS: coordinators and investigators
 * record, monitors, data managers and auditors read; the server checks every request again.
 */
import type { Role } from '../../../core/access/roles.ts';
import type { AppRoute } from '../../router/app-routes.ts';

/** src/server/routes/safety-access.ts SAFETY_READERS. */
export const SAFETY_SCREEN_READERS = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
] as const satisfies readonly Role[];

export const safetyRoutes = [
  {
    id: 'safety',
    path: '/safety',
    access: { kind: 'roles', roles: SAFETY_SCREEN_READERS },
    navLabel: 'nav.safety',
  },
  {
    id: 'safety-subject',
    path: '/safety/subjects/:subjectId',
    access: { kind: 'roles', roles: SAFETY_SCREEN_READERS },
  },
] as const satisfies readonly AppRoute[];
