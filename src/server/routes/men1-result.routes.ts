/**
 * MEN1 genetic results (SDTM GF) on a tested specimen: recorded by the site from the laboratory
 * report, reclassified with a reason; each answer carries the subject's MEN1 eligibility
 * criterion as it now stands.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../core/shared/iso-date.schema.ts';
import { variantClassificationSchema } from '../../core/subjects/eligibility-evidence.schema.ts';
import {
  addMen1Result,
  editMen1Result,
  listMen1Results,
  ZYGOSITY,
} from '../../store/specimens/men1-result-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { SITE_HANDLERS, SPECIMEN_READERS, siteScoped } from './specimen-access.ts';
import { idParam, note } from './specimen-schemas.ts';

const fields = {
  origin: z.enum(['germline', 'somatic']),
  classification: variantClassificationSchema,
  hgvsC: z.string().trim().min(1),
  hgvsP: z.string().trim().min(1).nullable().optional(),
  lab: z.string().trim().min(1).max(200),
  method: z.string().trim().min(1).max(200),
  transcript: z.string().trim().min(1).max(40).nullable().optional(),
  zygosity: z.enum(ZYGOSITY),
  reportDate: isoDateSchema,
};

export const men1ResultRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/specimens/:specimenId/men1-results',
    summary: 'Record a MEN1 result on the tested specimen (HGVS checked; genetic testing consent)',
    tag: 'specimens',
    access: siteScoped(SITE_HANDLERS),
    params: idParam('specimenId'),
    body: z.object(fields),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await addMen1Result(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.specimenId as string,
          body,
        ),
        201,
      );
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/men1-results/:resultId',
    summary: 'Correct or reclassify a MEN1 result, with a reason for change',
    tag: 'specimens',
    access: siteScoped(SITE_HANDLERS),
    params: idParam('resultId'),
    body: z.object({
      origin: fields.origin.optional(),
      classification: fields.classification.optional(),
      hgvsC: fields.hgvsC.optional(),
      hgvsP: fields.hgvsP,
      lab: fields.lab.optional(),
      method: fields.method.optional(),
      transcript: fields.transcript,
      zygosity: fields.zygosity.optional(),
      reportDate: fields.reportDate.optional(),
      reason: note,
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      const { reason, ...patch } = body;
      return json(
        await editMen1Result(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.resultId as string,
          patch,
          reason,
        ),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/men1-results',
    summary: "A subject's MEN1 results with method, transcript, zygosity and tested specimen",
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    query: z.object({ subjectId: z.string().min(1) }),
    async handler({ store, auth, roles, query }) {
      return json(
        await listMen1Results(store, sitesFor(requireAuth(auth), roles), query.subjectId),
      );
    },
  }),
];
