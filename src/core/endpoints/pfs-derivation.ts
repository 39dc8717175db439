/**
 * Progression-free survival for one subject (CLINICAL-RULES.md, "Time-to-event endpoints";
 * FDA guidance "Clinical Trial Endpoints for the Approval of Cancer Drugs and Biologics", 2018,
 * Table of PFS censoring conventions).
 *
 * Origin: enrolment. Event: radiological PD (the first PD time-point response) or death,
 * whichever comes first. Censoring, each with its reason code:
 * - `new-anticancer-therapy`: new therapy started before the event (an assessment on the day
 *   therapy starts counts as done before the first dose) → last adequate assessment on or
 *   before that day;
 * - `missed-assessments`: the event came after ≥ N missed scheduled assessments, i.e. more than
 *   N × interval + window days after the last adequate assessment (or enrolment) — interval 56
 *   days on treatment, 42 after stopping → last adequate assessment (day 1 if none);
 * - `no-baseline-assessment` / `no-post-baseline-assessment`: nothing to judge progression on
 *   and no death → day 1;
 * - `no-event`: alive without progression → last adequate assessment;
 * - `after-horizon`: anything after `horizonDays` → day `horizonDays`.
 * An adequate assessment is one with an evaluable overall response (anything but NE).
 */
import { compareDates, daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import type { SubjectRecord } from './subject-record.schema.ts';
import { capAtHorizon, endingOn, type TimeToEvent } from './time-to-event.ts';
import type { TimeToEventParameters } from './time-to-event-parameters.ts';

export const PFS_REASONS = [
  'progression',
  'death',
  'no-event',
  'new-anticancer-therapy',
  'missed-assessments',
  'no-baseline-assessment',
  'no-post-baseline-assessment',
  'after-horizon',
] as const;
export type PfsReason = (typeof PFS_REASONS)[number];

/**
 * PFS of one subject. `progressionDate` is the first PD as the RECIST engine dates it.
 *
 * @example
 * derivePfs(subject, '2026-04-23', DEFAULT_TIME_TO_EVENT_PARAMETERS)
 * // { days: 113, event: true, reason: 'progression', date: '2026-04-23', … }
 */
export function derivePfs(
  subject: SubjectRecord,
  progressionDate: IsoDate | null,
  params: TimeToEventParameters,
): TimeToEvent<PfsReason> {
  const origin = subject.enrolmentDate;
  const perMonth = params.daysPerMonth;
  const hasBaseline = Boolean(subject.baselineAssessmentDate);
  // without a baseline there is nothing to measure progression against
  const adequate = hasBaseline
    ? subject.assessments
        .filter((a) => a.response !== 'NE')
        .map((a) => a.date)
        .sort(compareDates)
    : [];
  const pd = hasBaseline ? progressionDate : null;
  const death = subject.deathDate ?? null;
  const newTherapy = subject.newAnticancerTherapyDate ?? null;
  const lastAdequateUpTo = (limit: IsoDate | null, strictlyBefore: boolean): IsoDate | null => {
    let last: IsoDate | null = null;
    for (const d of adequate) {
      const c = limit === null ? -1 : compareDates(d, limit);
      if (c < 0 || (c === 0 && !strictlyBefore)) last = d;
    }
    return last;
  };
  const atLastAdequate = (
    limit: IsoDate | null,
    strictlyBefore: boolean,
    reason: PfsReason,
    why: string,
  ) => {
    const last = lastAdequateUpTo(limit, strictlyBefore);
    return last === null
      ? endingOn(origin, origin, false, reason, perMonth, [
          why,
          'no adequate assessment before it: censored at day 1',
        ])
      : endingOn(origin, last, false, reason, perMonth, [
          why,
          `censored at the last adequate assessment ${last}`,
        ]);
  };

  const event = earliestEvent(pd, death);
  let value: TimeToEvent<PfsReason>;
  if (event && newTherapy && compareDates(newTherapy, event.date) < 0) {
    value = atLastAdequate(
      newTherapy,
      false,
      'new-anticancer-therapy',
      `new anticancer therapy from ${newTherapy} began before the ${event.kind === 'progression' ? 'progression' : 'death'} on ${event.date}`,
    );
  } else if (event) {
    const prior = lastAdequateUpTo(event.date, true);
    const reference = prior ?? origin;
    const allowed = allowedGapDays(subject, reference, params);
    const gap = daysBetween(reference, event.date);
    if (gap > allowed.days)
      value = atLastAdequate(
        event.date,
        true,
        'missed-assessments',
        `${event.kind} on ${event.date} came ${gap} days after ${prior ? `the last adequate assessment (${prior})` : 'enrolment'}: more than ${allowed.explanation}, i.e. ≥ ${params.missedAssessmentsForCensoring} missed assessments`,
      );
    else
      value = endingOn(origin, event.date, true, event.kind, perMonth, [
        event.kind === 'progression'
          ? `radiological progression (PD) on ${event.date}`
          : `death on ${event.date} without documented progression before it`,
      ]);
  } else if (!hasBaseline) {
    value = endingOn(origin, origin, false, 'no-baseline-assessment', perMonth, [
      'no baseline tumour assessment and no death: censored at day 1',
    ]);
  } else if (adequate.length === 0) {
    value = endingOn(origin, origin, false, 'no-post-baseline-assessment', perMonth, [
      'no adequate post-baseline tumour assessment and no death: censored at day 1',
    ]);
  } else if (newTherapy && lastAdequateUpTo(newTherapy, false) !== adequate[adequate.length - 1]) {
    value = atLastAdequate(
      newTherapy,
      false,
      'new-anticancer-therapy',
      `no progression or death; new anticancer therapy from ${newTherapy}`,
    );
  } else {
    value = atLastAdequate(null, false, 'no-event', 'alive without progression');
  }
  return capAtHorizon(value, origin, params.horizonDays, perMonth);
}

function earliestEvent(
  pd: IsoDate | null,
  death: IsoDate | null,
): { date: IsoDate; kind: 'progression' | 'death' } | null {
  if (pd && (!death || compareDates(pd, death) <= 0)) return { date: pd, kind: 'progression' };
  if (death) return { date: death, kind: 'death' };
  return null;
}

/**
 * N × interval + window, with the interval in force at the reference date: on treatment
 * (treated and not yet stopped) the on-treatment interval, otherwise the off-treatment one.
 */
function allowedGapDays(
  subject: SubjectRecord,
  reference: IsoDate,
  p: TimeToEventParameters,
): { days: number; explanation: string } {
  const onTreatment =
    Boolean(subject.treatmentStartDate) &&
    (!subject.treatmentEndDate || compareDates(reference, subject.treatmentEndDate) <= 0);
  const interval = onTreatment
    ? p.onTreatmentAssessmentIntervalDays
    : p.offTreatmentAssessmentIntervalDays;
  const n = p.missedAssessmentsForCensoring;
  return {
    days: n * interval + p.assessmentWindowDays,
    explanation: `${n} × ${interval} (${onTreatment ? 'on' : 'off'} treatment) + ${p.assessmentWindowDays} = ${n * interval + p.assessmentWindowDays} days`,
  };
}
