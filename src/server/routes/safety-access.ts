/**
 * Who may do what with safety data (issue 6), shared by the safety routes and repeated in the
 * authorisation matrix: coordinators and investigators record at their sites; investigators
 * acknowledge alerts (a medical judgement); monitors, data managers and auditors read.
 */
import type { Role } from '../../core/access/roles.ts';

export const SAFETY_WRITERS: Role[] = ['coordinator', 'investigator'];
export const SAFETY_READERS: Role[] = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
];
export const ALERT_ACKNOWLEDGERS: Role[] = ['investigator'];

export const siteAccess = (roles: Role[]) => ({ kind: 'roles', roles, scope: 'site' }) as const;
