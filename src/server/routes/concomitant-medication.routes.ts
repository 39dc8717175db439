/**
 * Concomitant medications of a subject. Saving screens the drug against the protocol's
 * prohibited list with overlap against treatment; the answer says what followed (deviation,
 * alert, query).
 */
import { z } from 'zod';
import {
  concomitantMedicationFields,
  concomitantMedicationSchema,
} from '../../core/safety-records/concomitant-medication.schema.ts';
import { idText, reasonText } from '../../core/safety-records/plain-text.schema.ts';
import {
  createConcomitantMedication,
  editConcomitantMedication,
  listConcomitantMedications,
} from '../../store/safety/concomitant-medication-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { SAFETY_READERS, SAFETY_WRITERS, siteAccess } from './safety-access.ts';

const subjectParams = z.object({ subjectId: idText });

export const concomitantMedicationRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/concomitant-medications',
    summary:
      'Record a concomitant medication; prohibited drugs raise a deviation and an alert, uncertain ones a query',
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: subjectParams,
    body: concomitantMedicationSchema,
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(
        await createConcomitantMedication(
          store,
          actor,
          { subjectId: params.subjectId, sites },
          body,
        ),
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/concomitant-medications',
    summary: "A subject's concomitant medications with the prohibited-drug screening and why",
    tag: 'safety',
    access: siteAccess(SAFETY_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(await listConcomitantMedications(store, { subjectId: params.subjectId, sites }));
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/subjects/:subjectId/concomitant-medications/:cmId',
    summary: 'Edit a concomitant medication with a reason for change (screened again)',
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: subjectParams.extend({ cmId: idText }),
    body: concomitantMedicationFields
      .partial()
      .extend({
        reason: reasonText,
      })
      .strict(),
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      const { reason, ...patch } = body;
      return json(
        await editConcomitantMedication(
          store,
          actor,
          { subjectId: params.subjectId, sites },
          params.cmId,
          Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
          reason,
        ),
      );
    },
  }),
];
