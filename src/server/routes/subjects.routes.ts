/**
 * Subjects: screening (create), the list with derived statuses, one subject's full view (status,
 * timeline, schedule as of today at the site), demographics edits with a reason, screen failure,
 * enrolment, the eligibility checklist and withdrawal of a consent.
 */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import {
  consentWithdrawalSchema,
  enrolmentSchema,
  screenFailureSchema,
} from '../../core/subjects/screening-input.schema.ts';
import { withdrawConsent } from '../../store/subjects/consent-withdrawal.ts';
import { demographicsSchema, newSubjectSchema } from '../../store/subjects/demographics.schema.ts';
import { enrolSubject } from '../../store/subjects/enrolment.ts';
import { getSubject, listSubjects } from '../../store/subjects/subject-queries.ts';
import {
  createSubject,
  editDemographics,
  recordScreenFailure,
} from '../../store/subjects/subject-repository.ts';
import { coversSite, sitesFor } from '../auth/auth-context.ts';
import { defineRoute, json } from '../route-spec.ts';
import { imagingReadAccess, readAccess, scopeOf, writeAccess } from './subject-access.ts';

const subjectParams = z.object({ subjectId: z.string().min(1).max(64) });
const statusKinds = z.enum([
  'screening',
  'screen-failed',
  'on-treatment',
  'follow-up',
  'completed',
  'withdrawn',
  'died',
]);

export const subjectRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/subjects',
    summary:
      'Subjects at your sites with their derived status and count of overdue visits (filters: siteId, status)',
    tag: 'subjects',
    access: imagingReadAccess,
    query: z.object({ siteId: z.string().min(1).optional(), status: statusKinds.optional() }),
    async handler({ store, auth, roles, query }) {
      return json(await listSubjects(store, sitesFor(auth!, roles), query));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/subjects',
    summary: 'Screen a new subject (screening number unique in the study, demographics)',
    tag: 'subjects',
    access: writeAccess,
    body: newSubjectSchema,
    async handler({ store, auth, roles, actor, body }) {
      if (!coversSite(auth!, roles, body.siteId))
        throw new DomainError({
          kind: 'forbidden',
          rule: 'site-scope',
          message: 'you may screen subjects only at your own sites',
        });
      return json(await createSubject(store, actor, body), 201);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId',
    summary:
      'One subject: records, derived status, timeline, eligibility, schedule with visit statuses',
    tag: 'subjects',
    access: readAccess,
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      return json(await getSubject(store, sitesFor(auth!, roles), params.subjectId));
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/subjects/:subjectId',
    summary: 'Edit demographics (a reason for change is required)',
    tag: 'subjects',
    access: writeAccess,
    params: subjectParams,
    body: demographicsSchema.extend({ reason: z.string().optional() }),
    async handler({ store, auth, roles, actor, params, body }) {
      const { reason, ...patch } = body;
      const r = await editDemographics(
        store,
        actor,
        scopeOf(auth, roles, params.subjectId),
        patch,
        reason,
      );
      return json({ ...r.result, warnings: r.warnings });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/screen-failure',
    summary: 'Record a screen failure with its reason',
    tag: 'subjects',
    access: writeAccess,
    params: subjectParams,
    body: screenFailureSchema,
    async handler({ store, auth, roles, actor, params, body }) {
      const r = await recordScreenFailure(
        store,
        actor,
        scopeOf(auth, roles, params.subjectId),
        body,
      );
      return json({ ...r.result, warnings: r.warnings }, 201);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/enrolment',
    summary:
      'Enrol an eligible, consented subject (refused while the phase II design holds or stops)',
    tag: 'subjects',
    access: writeAccess,
    params: subjectParams,
    body: enrolmentSchema,
    async handler({ store, auth, roles, actor, params, body }) {
      const r = await enrolSubject(
        store,
        actor,
        scopeOf(auth, roles, params.subjectId),
        body.enrollmentDate,
      );
      return json({ ...r.result, warnings: r.warnings }, 201);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/consents/:consentId/withdrawal',
    summary: 'Withdraw a consent: data collection stops from that date; collected data stay',
    tag: 'subjects',
    access: writeAccess,
    params: subjectParams.extend({ consentId: z.string().min(1).max(64) }),
    body: consentWithdrawalSchema,
    async handler({ store, auth, roles, actor, params, body }) {
      const r = await withdrawConsent(
        store,
        actor,
        scopeOf(auth, roles, params.subjectId),
        params.consentId,
        body,
      );
      return json({ ...r.result, warnings: r.warnings }, 201);
    },
  }),
];
