/**
 * The inputs of screening and enrolment as zod schemas, in core so the server (request bodies)
 * and the web app (client validation before sending) check the very same rules: a new subject
 * with its demographics (SDTM DM controlled terminology), an informed consent, a MEN1 genetic
 * result with HGVS notation, an investigator's eligibility answer, a screen failure and an
 * enrolment date.
 */
import { z } from 'zod';
import { isoDateSchema } from '../shared/iso-date.schema.ts';
import { variantClassificationSchema } from './eligibility-evidence.schema.ts';
import { isHgvsCoding, isHgvsProtein } from './hgvs-notation.ts';
import { partialDateSchema } from './partial-date.schema.ts';

export const SEX = ['M', 'F', 'U'] as const;
export const ETHNICITY = [
  'HISPANIC OR LATINO',
  'NOT HISPANIC OR LATINO',
  'NOT REPORTED',
  'UNKNOWN',
] as const;
export const RACE = [
  'AMERICAN INDIAN OR ALASKA NATIVE',
  'ASIAN',
  'BLACK OR AFRICAN AMERICAN',
  'NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER',
  'WHITE',
  'MULTIPLE',
  'OTHER',
  'NOT REPORTED',
  'UNKNOWN',
] as const;

/** Demographics (SDTM DM) as entered at screening; birth date may be partial (BRTHDTC). */
export const demographicsSchema = z.object({
  sex: z.enum(SEX).nullable().optional(),
  birthDate: partialDateSchema.nullable().optional(),
  ethnicity: z.enum(ETHNICITY).nullable().optional(),
  race: z.enum(RACE).nullable().optional(),
});
export type Demographics = z.infer<typeof demographicsSchema>;

export const newSubjectSchema = demographicsSchema.extend({
  siteId: z.string().min(1),
  screeningNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, 'must be 1–40 letters, digits or hyphens'),
});
export type NewSubject = z.infer<typeof newSubjectSchema>;

export const CONSENT_KINDS = ['main', 'biobank-storage', 'genetic-testing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const consentInputSchema = z.object({
  kind: z.enum(CONSENT_KINDS),
  version: z.string().trim().min(1).max(40),
  signedDate: isoDateSchema,
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const consentWithdrawalSchema = z.object({
  date: isoDateSchema,
  reason: z.string().trim().max(2000).nullable().optional(),
});

const optionalText = z.string().trim().min(1).max(2000).nullable().optional();

export const MEN1_SAMPLES = ['blood', 'tumour'] as const;
export const MEN1_ORIGINS = ['germline', 'somatic'] as const;

/** A MEN1 result as the site records it from the laboratory report (SDTM GF). */
export const men1ResultInputSchema = z
  .object({
    sample: z.enum(MEN1_SAMPLES),
    origin: z.enum(MEN1_ORIGINS),
    hgvsC: z
      .string()
      .trim()
      .refine(isHgvsCoding, {
        message: 'must be HGVS coding notation, e.g. NM_130799.2:c.1546dupC',
        params: { rule: 'hgvs-coding' },
      }),
    hgvsP: z
      .string()
      .trim()
      .refine(isHgvsProtein, {
        message: 'must be HGVS protein notation, e.g. p.Arg527Ter',
        params: { rule: 'hgvs-protein' },
      })
      .nullable()
      .optional(),
    classification: variantClassificationSchema,
    lab: optionalText,
    reportDate: isoDateSchema.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    // A somatic variant is found in tumour tissue only; blood tests the germline.
    if (v.origin === 'somatic' && v.sample === 'blood')
      ctx.addIssue({
        code: 'custom',
        path: ['origin'],
        message: 'a somatic variant comes from a tumour sample',
        params: { rule: 'somatic-from-tumour' },
      });
  });
export type Men1ResultInput = z.infer<typeof men1ResultInputSchema>;

export const eligibilityAnswerSchema = z.object({
  criterionId: z.string().min(1),
  met: z.boolean(),
  evidence: z.string().trim().min(1, 'the evidence for the answer is required').max(2000),
});
export type EligibilityAnswerInput = z.infer<typeof eligibilityAnswerSchema>;

export const screenFailureSchema = z.object({
  date: isoDateSchema,
  reason: z.string().trim().min(1).max(2000),
});

export const enrolmentSchema = z.object({ enrollmentDate: isoDateSchema });
