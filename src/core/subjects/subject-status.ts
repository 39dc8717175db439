/**
 * A subject's status, derived from the events and never stored (issue 5): screening,
 * screen-failed, on-treatment, follow-up, completed, withdrawn or died, as of a date.
 *
 * The end states are dated; the first one to happen is the subject's disposition (a subject who
 * completed day 252 and died later stays "completed" for this study). On one day, death outranks
 * withdrawal, which outranks completion. A subject completes on the day the end-of-study visit is
 * done or, without it, on the horizon day (day 252, `schedule.horizonDays`): follow-up ends there.
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import {
  compareDates,
  dateOfStudyDay,
  daysBetween,
  type IsoDate,
  studyDay,
} from '../shared/calendar-date.ts';
import { eventsAsOf } from './events-as-of.ts';
import type { SubjectEvents, TreatmentEndReason } from './subject-events.schema.ts';

export type SubjectStatus =
  | { kind: 'screening'; consentDate: IsoDate | null; reasons: string[] }
  | { kind: 'screen-failed'; date: IsoDate; reason: string; reasons: string[] }
  | { kind: 'on-treatment'; since: IsoDate; cycle: number; studyDay: number; reasons: string[] }
  | {
      kind: 'follow-up';
      lastDoseDate: IsoDate;
      treatmentEndReason: TreatmentEndReason;
      studyDay: number;
      reasons: string[];
    }
  | { kind: 'completed'; date: IsoDate; reasons: string[] }
  | { kind: 'withdrawn'; date: IsoDate; reasons: string[] }
  | { kind: 'died'; date: IsoDate; reasons: string[] };

export type SubjectStatusKind = SubjectStatus['kind'];

export interface SubjectStatusInput {
  study: StudyDefinition;
  /** Day 1; absent (or after `asOf`) while the subject is in screening. */
  enrollmentDate?: IsoDate | undefined;
  asOf: IsoDate;
  events: SubjectEvents;
}

interface Ending {
  kind: 'died' | 'withdrawn' | 'completed' | 'screen-failed';
  date: IsoDate;
  reason: string;
}
const RANK: Ending['kind'][] = ['died', 'withdrawn', 'completed', 'screen-failed'];

/**
 * @example deriveSubjectStatus({ study, enrollmentDate: '2025-03-03', asOf: '2025-03-10', events })
 * // { kind: 'on-treatment', since: '2025-03-03', cycle: 1, studyDay: 8, reasons: [...] }
 */
export function deriveSubjectStatus(input: SubjectStatusInput): SubjectStatus {
  const { study, asOf } = input;
  const ev = eventsAsOf(input.events, asOf).events;
  const day1 =
    input.enrollmentDate && compareDates(input.enrollmentDate, asOf) <= 0
      ? input.enrollmentDate
      : undefined;
  const endings: Ending[] = [];
  if (ev.deathDate)
    endings.push({ kind: 'died', date: ev.deathDate, reason: `died on ${ev.deathDate}` });
  if (ev.consentWithdrawalDate)
    endings.push({
      kind: 'withdrawn',
      date: ev.consentWithdrawalDate,
      reason: `consent withdrawn on ${ev.consentWithdrawalDate}: data collection stops, data collected stays`,
    });
  if (day1) {
    const horizon = dateOfStudyDay(day1, study.schedule.horizonDays);
    const eos = ev.visitsDone
      .filter((v) => v.kind === 'end-of-study')
      .sort((a, b) => compareDates(a.date, b.date))[0];
    if (eos)
      endings.push({
        kind: 'completed',
        date: eos.date,
        reason: `end-of-study visit done on ${eos.date}`,
      });
    else if (compareDates(horizon, asOf) <= 0)
      endings.push({
        kind: 'completed',
        date: horizon,
        reason: `reached day ${study.schedule.horizonDays} (${horizon}, schedule.horizonDays); end-of-study visit not recorded yet`,
      });
  } else if (ev.screenFailure)
    endings.push({
      kind: 'screen-failed',
      date: ev.screenFailure.date,
      reason: `screen failure on ${ev.screenFailure.date}: ${ev.screenFailure.reason}`,
    });
  const first = endings.sort(
    (a, b) => compareDates(a.date, b.date) || RANK.indexOf(a.kind) - RANK.indexOf(b.kind),
  )[0];
  const enrolled = day1 ? [`enrolled ${day1} (day 1 = first dose)`] : [];
  if (first) {
    const reasons = [...enrolled, first.reason];
    switch (first.kind) {
      case 'screen-failed':
        return {
          kind: 'screen-failed',
          date: first.date,
          reason: ev.screenFailure?.reason ?? '',
          reasons,
        };
      case 'died':
      case 'withdrawn':
      case 'completed':
        return { kind: first.kind, date: first.date, reasons };
      default: {
        const never: never = first.kind;
        return never;
      }
    }
  }
  if (!day1)
    return {
      kind: 'screening',
      consentDate: ev.consentDate ?? null,
      reasons: [
        ev.consentDate ? `consent signed ${ev.consentDate}` : 'no consent recorded yet',
        input.enrollmentDate
          ? `enrolment planned for ${input.enrollmentDate}, after ${asOf}`
          : 'not enrolled',
      ],
    };
  const end = ev.treatmentEnd;
  if (end)
    return {
      kind: 'follow-up',
      lastDoseDate: end.lastDoseDate,
      treatmentEndReason: end.reason,
      studyDay: studyDay(day1, asOf),
      reasons: [
        ...enrolled,
        `treatment ended (${end.reason}), last dose ${end.lastDoseDate}: followed up to day ${study.schedule.horizonDays}`,
      ],
    };
  const cycle = Math.floor(daysBetween(day1, asOf) / study.schedule.cycleLengthDays) + 1;
  return {
    kind: 'on-treatment',
    since: day1,
    cycle,
    studyDay: studyDay(day1, asOf),
    reasons: [...enrolled, `no end of treatment recorded: on treatment, cycle ${cycle}`],
  };
}
