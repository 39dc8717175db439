/**
 * What is measured at a visit: the protocol's assessment panels, and tumour measurements (site
 * reads by the investigator's team, independent reads by the radiology reviewer), with the
 * RECIST 1.1 evaluation of the stored measurements by the core engine.
 */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import {
  getImagingView,
  getRecist,
  getTumourAssessments,
} from '../../store/subjects/subject-queries.ts';
import {
  savePanelResults,
  saveTumourAssessment,
  tumourAssessmentSchema,
} from '../../store/subjects/visit-assessments.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { defineRoute, json } from '../route-spec.ts';
import {
  imagingReadAccess,
  imagingWriteAccess,
  SUBJECT_WRITERS,
  scopeOf,
  visibleReaders,
  writeAccess,
} from './subject-access.ts';

const subjectParams = z.object({ subjectId: z.string().min(1).max(64) });
const visitParams = subjectParams.extend({ visitId: z.string().min(1).max(64) });
const decimal = z.union([z.number().finite(), z.string().max(40)]);

export const subjectVisitRoutes = [
  defineRoute({
    method: 'PUT',
    path: '/api/subjects/:subjectId/visits/:visitId/panels/:panelId',
    summary:
      'Save the results of one assessment panel of a visit (re-saving edits: reason required)',
    tag: 'visits',
    access: writeAccess,
    params: visitParams.extend({ panelId: z.string().min(1).max(64) }),
    body: z.object({
      results: z
        .array(
          z.object({
            code: z.string().min(1).max(16),
            value: z.union([z.string().max(4000), z.number().finite(), z.boolean()]).nullable(),
            unit: z.string().max(40).nullable().optional(),
            referenceLow: decimal.nullable().optional(),
            referenceHigh: decimal.nullable().optional(),
          }),
        )
        .min(1),
      reason: z.string().optional(),
    }),
    async handler({ store, auth, roles, actor, params, body }) {
      const r = await savePanelResults(
        store,
        actor,
        scopeOf(auth, roles, params.subjectId),
        params.visitId,
        params.panelId,
        body.results,
        body.reason,
      );
      return json({ ...r.result, warnings: r.warnings });
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/subjects/:subjectId/visits/:visitId/tumour-assessment',
    summary:
      'Save tumour measurements of an imaging visit (RECIST lesion records; site or independent read)',
    tag: 'visits',
    access: imagingWriteAccess,
    params: visitParams,
    body: tumourAssessmentSchema,
    async handler({ store, auth, actor, params, body }) {
      // The site's read is the investigator team's; the independent read is the reviewer's.
      const roles =
        body.reader === 'independent' ? (['radiology-reviewer'] as const) : SUBJECT_WRITERS;
      const sites = sitesFor(auth!, roles);
      if (sites !== 'all' && sites.length === 0)
        throw new DomainError({
          kind: 'forbidden',
          rule: 'reader-role',
          message: `a ${body.reader} read is recorded by: ${roles.join(', ')}`,
        });
      const r = await saveTumourAssessment(
        store,
        actor,
        { subjectId: params.subjectId, sites },
        params.visitId,
        body,
      );
      return json({ ...r.result, warnings: r.warnings });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/tumour-assessments',
    summary:
      'Stored tumour measurements of a subject (both readers; the independent reviewer sees only the independent reads)',
    tag: 'visits',
    access: imagingReadAccess,
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      return json(
        await getTumourAssessments(store, sitesFor(auth!, roles), params.subjectId, (siteId) =>
          visibleReaders(auth!, siteId),
        ),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/imaging',
    summary:
      "A subject's imaging view: codes, site, enrolment date and imaging visits with the reads you may see (no demographics or clinical data)",
    tag: 'visits',
    access: imagingReadAccess,
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      return json(
        await getImagingView(store, sitesFor(auth!, roles), params.subjectId, (siteId) =>
          visibleReaders(auth!, siteId),
        ),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/recist',
    summary:
      'RECIST 1.1 evaluation (core evaluateSubject) of the stored measurements of one reader (the independent reviewer: independent only)',
    tag: 'visits',
    access: imagingReadAccess,
    params: subjectParams,
    query: z.object({ reader: z.enum(['site', 'independent']).default('site') }),
    async handler({ store, auth, roles, params, query }) {
      return json(
        await getRecist(store, sitesFor(auth!, roles), params.subjectId, query.reader, (siteId) =>
          visibleReaders(auth!, siteId),
        ),
      );
    },
  }),
];
