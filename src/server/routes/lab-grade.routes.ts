/** CTCAE v5.0 grades of a subject's stored lab results, and the worst grade per subject and cycle. */
import { z } from 'zod';
import { idText } from '../../core/safety-records/plain-text.schema.ts';
import { labGradesOfSubject } from '../../store/safety/lab-grade-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { SAFETY_READERS, siteAccess } from './safety-access.ts';

const subjectParams = z.object({ subjectId: idText });

export const labGradeRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/lab-grades',
    summary: 'CTCAE v5.0 grade of each stored lab result (version, basis, baseline and reason)',
    tag: 'safety',
    access: siteAccess(SAFETY_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      const sites = sitesFor(requireAuth(auth), roles);
      const g = await labGradesOfSubject(store, { subjectId: params.subjectId, sites });
      return json({ subjectId: g.subjectId, enrollmentDate: g.enrollmentDate, results: g.results });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/lab-grades/worst',
    summary: 'Worst CTCAE grade per test on treatment, per cycle, and pre-treatment',
    tag: 'safety',
    access: siteAccess(SAFETY_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      const sites = sitesFor(requireAuth(auth), roles);
      const g = await labGradesOfSubject(store, { subjectId: params.subjectId, sites });
      return json({
        subjectId: g.subjectId,
        enrollmentDate: g.enrollmentDate,
        cycles: g.cycles,
        worst: g.worst,
        reasons: g.reasons,
      });
    },
  }),
];
