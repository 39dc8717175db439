/**
 * Who does what with specimens. Coordinators and investigators collect, process and ship at their
 * sites; the biobank technician receives, stores, distributes and imports at the central
 * biobank; either may use up or destroy what their site holds. Data managers, monitors and
 * auditors read. Site isolation is in each query (`store/specimens/specimen-scope.ts`).
 */
import type { Role } from '../../core/access/roles.ts';

export const SPECIMEN_READERS: Role[] = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
  'biobank-technician',
];
export const SITE_HANDLERS: Role[] = ['coordinator', 'investigator'];
export const BIOBANK: Role[] = ['biobank-technician'];
export const HANDLERS: Role[] = ['coordinator', 'investigator', 'biobank-technician'];

export const siteScoped = (roles: Role[]) => ({ kind: 'roles', roles, scope: 'site' }) as const;
