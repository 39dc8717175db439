/**
 * The evidence a screening check is made from: consent, birth date, MEN1 results, baseline ALT,
 * measurable disease (from the RECIST engine), the baseline imaging date, the planned start of
 * treatment, and the investigator's answers to the criteria no rule can decide. Anything absent
 * makes its criterion "missing evidence", never silently met.
 */
import { z } from 'zod';
import { isoDateSchema } from '../shared/iso-date.schema.ts';
import { reasonSchema } from '../shared/reason.schema.ts';
import { partialDateSchema } from './partial-date.schema.ts';

/** ACMG/AMP five-tier classification; pathogenic and likely pathogenic count (CLINICAL-RULES.md). */
export const variantClassificationSchema = z.enum([
  'pathogenic',
  'likely-pathogenic',
  'VUS',
  'likely-benign',
  'benign',
]);
export type VariantClassification = z.infer<typeof variantClassificationSchema>;

export const men1ResultSchema = z.object({
  /** The tested sample: blood (germline testing) or tumour tissue (somatic, or germline). */
  sample: z.enum(['blood', 'tumour']),
  origin: z.enum(['germline', 'somatic']),
  classification: variantClassificationSchema,
  /** HGVS notation, e.g. `NM_130799.2:c.1546dupC`. */
  hgvs: z.string().min(1),
  lab: z.string().min(1).optional(),
  reportDate: isoDateSchema.optional(),
});
export type Men1Result = z.infer<typeof men1ResultSchema>;

export const eligibilityEvidenceSchema = z.object({
  /** The day the checklist is evaluated (ages and "before the check" are counted to it). */
  checkDate: isoDateSchema,
  plannedTreatmentStartDate: isoDateSchema.optional(),
  consent: z
    .object({
      signedDate: isoDateSchema,
      version: z.string().min(1).optional(),
      withdrawnDate: isoDateSchema.optional(),
    })
    .optional(),
  /** Complete or partial (`YYYY`, `YYYY-MM`): the age rule decides when the partial date can. */
  birthDate: partialDateSchema.optional(),
  men1Results: z.array(men1ResultSchema).default([]),
  baselineAlt: z
    .object({
      date: isoDateSchema.optional(),
      value: z.number().finite().nonnegative(),
      uln: z.number().finite().positive(),
    })
    .optional(),
  /**
   * From the RECIST engine: at least one measurable (target-eligible) lesion at baseline, with
   * the engine's reasons (coded reasons, or plain English text from an older caller).
   */
  measurableDisease: z
    .object({
      measurable: z.boolean(),
      reasons: z.array(z.union([z.string(), reasonSchema])).default([]),
    })
    .optional(),
  baselineImagingDate: isoDateSchema.optional(),
  /**
   * The investigator's answers to `manual` criteria, by criterion id. `met` says whether the
   * criterion's text is true of the subject (for an exclusion criterion: the exclusion applies).
   */
  manualAnswers: z
    .record(z.string(), z.object({ met: z.boolean(), evidence: z.string().trim().min(1) }))
    .default({}),
});
export type EligibilityEvidence = z.infer<typeof eligibilityEvidenceSchema>;
export type EligibilityEvidenceInput = z.input<typeof eligibilityEvidenceSchema>;
