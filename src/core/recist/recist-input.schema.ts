/**
 * The JSON shape of one subject's tumour assessments, as `oncotrial calc recist`, the API and
 * the library read it. Zod checks the shape, the codes and the ranges; the rules that tie
 * records together (known lesion ids, targets fixed at baseline, dates in order) live in
 * `input-consistency.ts` because they need the whole subject.
 *
 * The first assessment is the baseline and describes every lesion fully (kind, organ, nodal,
 * diameter of targets). Later assessments may give only `id` plus `diameterMm` or `status`.
 * Two extensions beyond the shape cover RECIST 1.1 §4.3.2 (split and merged lesions):
 * `fragmentsMm` (a split target: the pieces are added) and `mergedInto` (a target that has
 * coalesced into another target: measured once, on the other one, this one counts 0 mm).
 */
import { z } from 'zod';
import { isIsoDate } from '../shared/calendar-date.ts';
import { recistRulesOverrideSchema } from './recist-rules.ts';

export const isoDateSchema = z.string().refine(isIsoDate, {
  message: 'must be a calendar date written YYYY-MM-DD',
  params: { rule: 'iso-date' },
});

const mm = z.number().finite().nonnegative();

export const LESION_KINDS = ['target', 'non-target', 'new'] as const;
export type LesionKind = (typeof LESION_KINDS)[number];

/** Target statuses (RECIST 1.1 §4.3.2), non-target statuses (§4.3.3) and new-lesion statuses (§4.3.5). */
export const TARGET_STATUSES = ['too-small', 'absent', 'not-assessed'] as const;
export const NON_TARGET_STATUSES = [
  'present',
  'absent',
  'unequivocal-progression',
  'not-assessed',
] as const;
export const NEW_LESION_STATUSES = ['unequivocal', 'equivocal'] as const;
export const LESION_STATUSES = [
  'too-small',
  'absent',
  'not-assessed',
  'present',
  'unequivocal-progression',
  'unequivocal',
  'equivocal',
] as const;
export type LesionStatus = (typeof LESION_STATUSES)[number];

export const lesionRecordSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(LESION_KINDS).optional(),
  organ: z.string().min(1).optional(),
  nodal: z.boolean().optional(),
  /** Longest diameter (non-nodal) or short axis (nodal), in mm to 0.1 mm. */
  diameterMm: mm.optional(),
  /** A target that split into pieces: their diameters are added (RECIST 1.1 §4.3.2). */
  fragmentsMm: z.array(mm).min(2).optional(),
  /** A target that coalesced with target `mergedInto`: measured there, counts 0 mm here. */
  mergedInto: z.string().min(1).optional(),
  /** CT slice thickness at baseline; above 5 mm the measurable minimum is 2 × slice (RECIST 1.1 §3.1.1). */
  sliceThicknessMm: z.number().finite().positive().optional(),
  status: z.enum(LESION_STATUSES).optional(),
});
export type LesionRecord = z.output<typeof lesionRecordSchema>;

export const assessmentSchema = z.strictObject({
  date: isoDateSchema,
  lesions: z.array(lesionRecordSchema),
  /** False when tumour markers are above normal: non-target CR then needs them normal (RECIST 1.1 §4.3.3). */
  tumorMarkersNormal: z.boolean().optional(),
});
export type Assessment = z.output<typeof assessmentSchema>;

export const recistSubjectSchema = z.strictObject({
  /** Echoed back, so batch results can be matched to their input. */
  subjectId: z.string().optional(),
  /** Day 1: start of treatment (this single-arm protocol's "randomization"). */
  enrollmentDate: isoDateSchema,
  /** Overrides of the protocol's RECIST parameters for this subject (rarely needed). */
  rules: recistRulesOverrideSchema.optional(),
  /** Start of new anticancer therapy: later assessments do not count for best response. */
  newTherapyDate: isoDateSchema.nullable().optional(),
  /** The first assessment is the baseline. */
  assessments: z.array(assessmentSchema).min(1),
});
export type RecistSubjectInput = z.output<typeof recistSubjectSchema>;
