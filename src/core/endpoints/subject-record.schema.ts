/**
 * One subject's record as the endpoint derivations need it: dates of enrolment, treatment,
 * tumour assessments with their overall response (RECIST 1.1, scored by src/core/recist),
 * death, last contact and new anticancer therapy. Dates are calendar dates (YYYY-MM-DD).
 */
import { z } from 'zod';
import { TIMEPOINT_RESPONSES } from '../recist/response-codes.ts';
import { isoDateSchema } from '../shared/iso-date.schema.ts';

const optionalDate = isoDateSchema.nullable().optional();

export const subjectRecordSchema = z.strictObject({
  id: z.string().min(1),
  /** Origin of every time-to-event endpoint (day 1). */
  enrolmentDate: isoDateSchema,
  /** First dose; absent = never treated. */
  treatmentStartDate: optionalDate,
  /** Last dose; absent while still on treatment. */
  treatmentEndDate: optionalDate,
  /** Baseline imaging showed measurable disease (RECIST 1.1 §3.1). */
  measurableDiseaseAtBaseline: z.boolean(),
  /** Date of the baseline tumour assessment; absent = none. */
  baselineAssessmentDate: optionalDate,
  /** Post-baseline assessments with the overall (time-point) response. */
  assessments: z.array(
    z.strictObject({ date: isoDateSchema, response: z.enum(TIMEPOINT_RESPONSES) }),
  ),
  deathDate: optionalDate,
  lastKnownAliveDate: optionalDate,
  newAnticancerTherapyDate: optionalDate,
  /**
   * For the interim decision: true once the subject's response can no longer change (off
   * study). Without it a non-responder counts as evaluated unless `dataCutoffDate` says
   * otherwise (see response-outcome.ts).
   */
  responseEvaluationComplete: z.boolean().optional(),
});

export type SubjectRecord = z.output<typeof subjectRecordSchema>;
