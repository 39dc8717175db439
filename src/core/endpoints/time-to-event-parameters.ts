/**
 * Protocol parameters of the time-to-event derivations (CLINICAL-RULES.md, "Time-to-event
 * endpoints"). Field names match the study definition's `timeToEvent` block so the protocol's
 * values pass straight through.
 */
import { z } from 'zod';

export interface TimeToEventParameters {
  /** Endpoints are followed to this study day; later events are censored here (protocol: 36 weeks = 252). */
  horizonDays: number;
  /** Scheduled tumour assessment interval while on treatment (every two 28-day cycles). */
  onTreatmentAssessmentIntervalDays: number;
  /** Scheduled imaging interval after stopping treatment without progression. */
  offTreatmentAssessmentIntervalDays: number;
  /** Visit window (± days) around a scheduled assessment. */
  assessmentWindowDays: number;
  /** PD or death after this many missed assessments is censored at the last adequate one. */
  missedAssessmentsForCensoring: number;
  /** Months = days / daysPerMonth (365.25 / 12). */
  daysPerMonth: number;
}

export const DEFAULT_TIME_TO_EVENT_PARAMETERS: Readonly<TimeToEventParameters> = Object.freeze({
  horizonDays: 252,
  onTreatmentAssessmentIntervalDays: 56,
  offTreatmentAssessmentIntervalDays: 42,
  assessmentWindowDays: 7,
  missedAssessmentsForCensoring: 2,
  daysPerMonth: 30.4375,
});

const positiveDays = z.number().int().positive();

/** Every field optional; absent fields take {@link DEFAULT_TIME_TO_EVENT_PARAMETERS}. */
export const timeToEventParametersSchema = z.strictObject({
  horizonDays: positiveDays.optional(),
  onTreatmentAssessmentIntervalDays: positiveDays.optional(),
  offTreatmentAssessmentIntervalDays: positiveDays.optional(),
  assessmentWindowDays: z.number().int().nonnegative().optional(),
  missedAssessmentsForCensoring: z.number().int().min(1).optional(),
  daysPerMonth: z.number().positive().optional(),
});

/**
 * @example resolveTimeToEventParameters({ horizonDays: 365 }).onTreatmentAssessmentIntervalDays // 56
 */
export function resolveTimeToEventParameters(
  p?: Partial<TimeToEventParameters> | null,
): TimeToEventParameters {
  const d = DEFAULT_TIME_TO_EVENT_PARAMETERS;
  return {
    horizonDays: p?.horizonDays ?? d.horizonDays,
    onTreatmentAssessmentIntervalDays:
      p?.onTreatmentAssessmentIntervalDays ?? d.onTreatmentAssessmentIntervalDays,
    offTreatmentAssessmentIntervalDays:
      p?.offTreatmentAssessmentIntervalDays ?? d.offTreatmentAssessmentIntervalDays,
    assessmentWindowDays: p?.assessmentWindowDays ?? d.assessmentWindowDays,
    missedAssessmentsForCensoring:
      p?.missedAssessmentsForCensoring ?? d.missedAssessmentsForCensoring,
    daysPerMonth: p?.daysPerMonth ?? d.daysPerMonth,
  };
}
