/**
 * The data-entry screens' rows of the route table (spread into `router/app-routes.ts`): a
 * subject's visits (choose or create one), one visit's assessment panels, and the tumour
 * assessment of an imaging visit. Access mirrors src/server/routes/subject-access.ts
 * (SUBJECT_READERS, IMAGING_READERS); only SUBJECT_WRITERS get the forms' save buttons, and the
 * server checks every request again.
 */
import type { Role } from '../../../core/access/roles.ts';
import type { AppRoute } from '../../router/app-routes.ts';

/** src/server/routes/subject-access.ts SUBJECT_READERS. */
export const ENTRY_READERS = [
  'coordinator',
  'investigator',
  'monitor',
  'data-manager',
  'statistician',
  'auditor',
] as const satisfies readonly Role[];

/** src/server/routes/subject-access.ts IMAGING_READERS. */
export const IMAGING_SCREEN_READERS = [
  ...ENTRY_READERS,
  'radiology-reviewer',
] as const satisfies readonly Role[];

/** src/server/routes/subject-access.ts SUBJECT_WRITERS: who saves visits, panels and site reads. */
export const ENTRY_WRITERS = ['coordinator', 'investigator'] as const satisfies readonly Role[];

export const entryRoutes = [
  {
    id: 'subject-visits',
    path: '/subjects/:subjectId/visits',
    access: { kind: 'roles', roles: ENTRY_READERS },
  },
  {
    id: 'visit-entry',
    path: '/subjects/:subjectId/visits/:visitId',
    access: { kind: 'roles', roles: ENTRY_READERS },
  },
  {
    id: 'tumour-assessment',
    path: '/subjects/:subjectId/visits/:visitId/tumour-assessment',
    access: { kind: 'roles', roles: IMAGING_SCREEN_READERS },
  },
] as const satisfies readonly AppRoute[];
