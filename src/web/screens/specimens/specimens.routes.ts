/**
 * The Specimens screens' rows of the route table (spread into `router/app-routes.ts`). Access
 * mirrors src/server/routes/specimen-access.ts SPECIMEN_READERS: site staff collect and ship,
 * the biobank technician receives and stores, monitors, data managers and auditors read.
 */
import type { Role } from '../../../core/access/roles.ts';
import type { AppRoute } from '../../router/app-routes.ts';

/** src/server/routes/specimen-access.ts SPECIMEN_READERS. */
export const SPECIMEN_SCREEN_READERS = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
  'biobank-technician',
] as const satisfies readonly Role[];

export const specimenRoutes = [
  {
    id: 'specimens',
    path: '/specimens',
    access: { kind: 'roles', roles: SPECIMEN_SCREEN_READERS },
    navLabel: 'nav.specimens',
  },
  {
    id: 'shipments',
    path: '/specimens/shipments',
    access: { kind: 'roles', roles: SPECIMEN_SCREEN_READERS },
    navLabel: 'nav.shipments',
  },
  {
    id: 'storage',
    path: '/specimens/storage',
    access: { kind: 'roles', roles: SPECIMEN_SCREEN_READERS },
    navLabel: 'nav.storage',
  },
] as const satisfies readonly AppRoute[];
