/**
 * Overall survival for one subject (CLINICAL-RULES.md): origin enrolment; event = death from any
 * cause; otherwise censored at the last date known alive; after `horizonDays` censored there.
 * Without a recorded last-contact date the latest date the subject was seen (an assessment,
 * the last dose, enrolment) stands in, and the reasons say so.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { SubjectRecord } from './subject-record.schema.ts';
import { capAtHorizon, endingOn, type TimeToEvent } from './time-to-event.ts';
import type { TimeToEventParameters } from './time-to-event-parameters.ts';

export const OS_REASONS = ['death', 'alive-at-last-contact', 'after-horizon'] as const;
export type OsReason = (typeof OS_REASONS)[number];

/**
 * @example deriveOs({ …, enrolmentDate: '2026-01-01', deathDate: '2026-03-01' }, params)
 * // { days: 60, event: true, reason: 'death', … }
 */
export function deriveOs(
  subject: SubjectRecord,
  params: TimeToEventParameters,
): TimeToEvent<OsReason> {
  const origin = subject.enrolmentDate;
  const perMonth = params.daysPerMonth;
  let value: TimeToEvent<OsReason>;
  if (subject.deathDate) {
    value = endingOn(origin, subject.deathDate, true, 'death', perMonth, [
      `death on ${subject.deathDate}`,
    ]);
  } else if (subject.lastKnownAliveDate) {
    value = endingOn(origin, subject.lastKnownAliveDate, false, 'alive-at-last-contact', perMonth, [
      `alive at last contact ${subject.lastKnownAliveDate}: censored`,
    ]);
  } else {
    const seen: IsoDate[] = [
      origin,
      ...subject.assessments.map((a) => a.date),
      ...(subject.treatmentEndDate ? [subject.treatmentEndDate] : []),
      ...(subject.treatmentStartDate ? [subject.treatmentStartDate] : []),
    ];
    const last = seen.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
    value = endingOn(origin, last, false, 'alive-at-last-contact', perMonth, [
      `no last-contact date recorded: censored at the last date seen (${last})`,
    ]);
  }
  return capAtHorizon(value, origin, params.horizonDays, perMonth);
}
