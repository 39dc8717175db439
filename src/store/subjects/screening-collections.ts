/**
 * The screening records of a subject as record collections: consents, medical history (MH),
 * MEN-1 manifestations, prior therapies, MEN1 genetic results (only with the genetic-testing
 * consent in force on the report date) and the investigator's answers to the eligibility
 * criteria no rule decides.
 */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { evaluateEligibility } from '../../core/subjects/eligibility-evaluation.ts';
import { mayBeInOrder, partialDateSchema } from '../../core/subjects/partial-date.schema.ts';
import {
  CONSENT_KINDS,
  consentInputSchema,
  eligibilityAnswerSchema,
  men1ResultInputSchema,
} from '../../core/subjects/screening-input.schema.ts';
import { permissionsOf, requirePermission } from '../specimens/subject-consents.ts';
import { recordCollection } from './record-collection.ts';

const optionalText = z.string().trim().min(1).max(2000).nullable().optional();
const optionalPartial = partialDateSchema.nullable().optional();
const n = <T>(v: T | null | undefined): T | null => v ?? null;

/** A period with partial dates: the end must be able to follow the start. */
function periodInOrder(
  v: { startDate?: string | null; endDate?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.startDate && v.endDate && !mayBeInOrder(v.startDate, v.endDate))
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: `end ${v.endDate} is before start ${v.startDate}`,
    });
}

export { CONSENT_KINDS };

export const consents = recordCollection({
  segment: 'consents',
  table: 'consents',
  entityType: 'consent',
  schema: consentInputSchema,
  toRow: (v) => ({ kind: v.kind, version: v.version, signed_date: v.signedDate }),
  fromRow: (r) => ({ kind: r.kind, version: r.version, signedDate: r.signedDate }),
});

export const medicalHistory = recordCollection({
  segment: 'medical-history',
  table: 'medical_history',
  entityType: 'medical-history',
  schema: z
    .object({
      term: z.string().trim().min(1).max(500),
      startDate: optionalPartial,
      endDate: optionalPartial,
      ongoing: z.boolean().default(false),
    })
    .superRefine((v, ctx) => {
      periodInOrder(v, ctx);
      if (v.ongoing && v.endDate)
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'an ongoing condition has no end date',
        });
    }),
  toRow: (v) => ({
    term: v.term,
    start_date: n(v.startDate),
    end_date: n(v.endDate),
    ongoing: v.ongoing ? 1 : 0,
  }),
  fromRow: (r) => ({
    term: r.term,
    startDate: r.startDate,
    endDate: r.endDate,
    ongoing: Number(r.ongoing) === 1,
  }),
});

export const MEN1_MANIFESTATIONS = [
  'parathyroid',
  'pituitary',
  'pancreatic-duodenal-net',
  'adrenal',
  'thymic-carcinoid',
  'bronchial-carcinoid',
  'other',
] as const;

export const men1Manifestations = recordCollection({
  segment: 'men1-manifestations',
  table: 'men1_manifestations',
  entityType: 'men1-manifestation',
  schema: z
    .object({
      manifestation: z.enum(MEN1_MANIFESTATIONS),
      diagnosisDate: optionalPartial,
      details: optionalText,
    })
    .superRefine((v, ctx) => {
      if (v.manifestation === 'other' && !v.details)
        ctx.addIssue({
          code: 'custom',
          path: ['details'],
          message: 'describe the "other" manifestation',
        });
    }),
  toRow: (v) => ({
    manifestation: v.manifestation,
    diagnosis_date: n(v.diagnosisDate),
    details: n(v.details),
  }),
  fromRow: (r) => ({
    manifestation: r.manifestation,
    diagnosisDate: r.diagnosisDate,
    details: r.details,
  }),
});

export const priorTherapies = recordCollection({
  segment: 'prior-therapies',
  table: 'prior_therapies',
  entityType: 'prior-therapy',
  schema: z
    .object({
      category: z.enum(['surgery', 'radiotherapy', 'systemic', 'prrt', 'locoregional', 'other']),
      name: z.string().trim().min(1).max(500),
      startDate: optionalPartial,
      endDate: optionalPartial,
      bestResponse: z.enum(['CR', 'PR', 'SD', 'PD', 'NE', 'unknown']).nullable().optional(),
    })
    .superRefine(periodInOrder),
  toRow: (v) => ({
    category: v.category,
    name: v.name,
    start_date: n(v.startDate),
    end_date: n(v.endDate),
    best_response: n(v.bestResponse),
  }),
  fromRow: (r) => ({
    category: r.category,
    name: r.name,
    startDate: r.startDate,
    endDate: r.endDate,
    bestResponse: r.bestResponse,
  }),
});

export const men1Results = recordCollection({
  segment: 'men1-results',
  table: 'men1_results',
  entityType: 'men1-result',
  schema: men1ResultInputSchema,
  toRow: (v) => ({
    sample: v.sample,
    origin: v.origin,
    hgvs_c: v.hgvsC,
    hgvs_p: n(v.hgvsP),
    classification: v.classification,
    lab: n(v.lab),
    report_date: n(v.reportDate),
  }),
  fromRow: (r) => ({
    sample: r.sample,
    origin: r.origin,
    hgvsC: r.hgvsC,
    hgvsP: r.hgvsP,
    classification: r.classification,
    lab: r.lab,
    reportDate: r.reportDate,
  }),
  async check(c, v) {
    // Genetic testing needs the genetic-testing consent in force on the report date (the same
    // core check as a result on a tested specimen: `specimenPermissions().mayTestGenetically`);
    // a result without a report date is checked on the day it is entered.
    const on = v.reportDate ?? c.today;
    requirePermission(
      (await permissionsOf(c.ctx.trx, c.subject.id, on)).mayTestGenetically,
      'consent-genetic-testing',
      `MEN1 result reported ${on} refused`,
    );
  },
});

export const eligibilityAnswers = recordCollection({
  segment: 'eligibility-answers',
  table: 'eligibility_answers',
  entityType: 'eligibility-answer',
  schema: eligibilityAnswerSchema,
  toRow: (v) => ({ criterion_id: v.criterionId, met: v.met ? 1 : 0, evidence: v.evidence }),
  fromRow: (r) => ({ criterionId: r.criterionId, met: Number(r.met) === 1, evidence: r.evidence }),
  check({ file, study, today }, v, recordId) {
    // The core refuses an answer to an unknown or rule-decided criterion.
    try {
      evaluateEligibility(study, {
        checkDate: today,
        men1Results: [],
        manualAnswers: { [v.criterionId]: { met: v.met, evidence: v.evidence } },
      });
    } catch (e) {
      if (e instanceof DomainError && e.failure.kind === 'invalid')
        throw new DomainError({
          kind: 'invalid',
          issues: e.failure.issues.map((i) => ({ ...i, path: 'body.criterionId' })),
        });
      throw e;
    }
    if (file.eligibility_answers.some((a) => a.criterionId === v.criterionId && a.id !== recordId))
      throw new DomainError({
        kind: 'conflict',
        rule: 'one-answer-per-criterion',
        message: `criterion ${v.criterionId} is already answered; edit the answer with a reason`,
      });
  },
});

export const screeningCollections = [
  consents,
  medicalHistory,
  men1Manifestations,
  priorTherapies,
  men1Results,
  eligibilityAnswers,
];
