/**
 * The screening and enrolment screens' rows of the route table (spread into
 * `router/app-routes.ts`): the subjects in screening, the form that screens a new subject, and
 * one subject's screening file (consents, MEN1 results, eligibility checklist, enrolment or
 * screen failure). Only coordinators and investigators screen (src/server/routes/subject-access.ts
 * SUBJECT_WRITERS); the other subject readers may read a subject's screening file. The server
 * checks every request again.
 */
import type { AppRoute } from '../../router/app-routes.ts';
import { ENTRY_READERS, ENTRY_WRITERS } from '../entry/entry.routes.ts';

export const enrolmentRoutes = [
  {
    id: 'screening',
    path: '/screening',
    access: { kind: 'roles', roles: ENTRY_WRITERS },
    navLabel: 'nav.screening',
  },
  {
    id: 'screen-subject',
    path: '/screening/new',
    access: { kind: 'roles', roles: ENTRY_WRITERS },
  },
  {
    id: 'subject-screening',
    path: '/subjects/:subjectId/screening',
    access: { kind: 'roles', roles: ENTRY_READERS },
  },
] as const satisfies readonly AppRoute[];
