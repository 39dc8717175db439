/**
 * Everything the visit generators share: the protocol's schedule parameters, day 1, the as-of
 * date, the horizon (day 252 by default) and the events that stop visits (death, withdrawal of
 * consent, progression, new anticancer therapy, end of treatment), each with the reason it
 * gives.
 */
import type { ScheduleRules, StudyDefinition } from '../protocol/study-definition.schema.ts';
import {
  compareDates,
  dateOfStudyDay,
  dayNumber,
  daysBetween,
  type IsoDate,
} from '../shared/calendar-date.ts';
import type { SubjectEvents } from '../subjects/subject-events.schema.ts';
import type { StopCause } from './planned-visit.ts';

/** An event after which some kinds of visit are no longer needed. */
export interface Stop {
  cause: StopCause;
  date: IsoDate;
  reason: string;
}

export interface ScheduleContext {
  study: StudyDefinition;
  rules: ScheduleRules;
  /** Enrolment = first dose = study day 1 (CLINICAL-RULES.md, default schedule). */
  day1: IsoDate;
  /** `dayNumber(day1)`, so study days are integer differences (no re-parsing per visit). */
  day1Number: number;
  asOf: IsoDate;
  /** Study day `horizonDays` (252): nothing is planned after it. */
  horizonDate: IsoDate;
  /** The subject's events, already cut at `asOf`. */
  events: SubjectEvents;
  stops: Partial<Record<StopCause, Stop>>;
}

/** When two stops fall on one day, the more final one is cited. */
const PRECEDENCE: StopCause[] = [
  'death',
  'consent-withdrawal',
  'lost-to-follow-up',
  'progression',
  'new-anticancer-therapy',
  'treatment-ended',
];

export function buildContext(
  study: StudyDefinition,
  day1: IsoDate,
  asOf: IsoDate,
  events: SubjectEvents,
): ScheduleContext {
  const stops: Partial<Record<StopCause, Stop>> = {};
  if (events.deathDate)
    stops.death = { cause: 'death', date: events.deathDate, reason: `died on ${events.deathDate}` };
  if (events.consentWithdrawalDate)
    stops['consent-withdrawal'] = {
      cause: 'consent-withdrawal',
      date: events.consentWithdrawalDate,
      reason: `consent withdrawn on ${events.consentWithdrawalDate}: data collection stops`,
    };
  if (events.lostToFollowUpDate)
    stops['lost-to-follow-up'] = {
      cause: 'lost-to-follow-up',
      date: events.lostToFollowUpDate,
      reason: `lost to follow-up on ${events.lostToFollowUpDate}: no further contact is planned`,
    };
  const end = events.treatmentEnd;
  if (events.progressionDate)
    stops.progression = {
      cause: 'progression',
      date: events.progressionDate,
      reason: `progression on ${events.progressionDate}`,
    };
  else if (end?.reason === 'progression')
    // Stopped for progression without a dated PD yet: treat the stop as progression so no
    // post-treatment imaging is planned (those visits are for subjects stopped without PD).
    stops.progression = {
      cause: 'progression',
      date: end.lastDoseDate,
      reason: `treatment ended for progression (last dose ${end.lastDoseDate})`,
    };
  if (events.newAnticancerTherapyDate)
    stops['new-anticancer-therapy'] = {
      cause: 'new-anticancer-therapy',
      date: events.newAnticancerTherapyDate,
      reason: `new anticancer therapy from ${events.newAnticancerTherapyDate}`,
    };
  if (end)
    stops['treatment-ended'] = {
      cause: 'treatment-ended',
      date: end.lastDoseDate,
      reason: `treatment ended (${end.reason}), last dose ${end.lastDoseDate}`,
    };
  return {
    study,
    rules: study.schedule,
    day1,
    day1Number: dayNumber(day1),
    asOf,
    horizonDate: dateOfStudyDay(day1, study.schedule.horizonDays),
    events,
    stops,
  };
}

/**
 * The stops among `causes` that happened, earliest first (ties: the more final cause first).
 * @example stopsFor(ctx, ['death', 'consent-withdrawal', 'lost-to-follow-up'])
 */
export function stopsFor(ctx: ScheduleContext, causes: StopCause[]): Stop[] {
  return PRECEDENCE.filter((c) => causes.includes(c))
    .map((c) => ctx.stops[c])
    .filter((s): s is Stop => s !== undefined)
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Treatment cycle of a date while on treatment (cycle n spans days 1 + 28(n−1) … 28n), else null. */
export function cycleOf(ctx: ScheduleContext, date: IsoDate): number | null {
  const end = ctx.events.treatmentEnd?.lastDoseDate;
  if (compareDates(date, ctx.day1) < 0 || (end && compareDates(date, end) > 0)) return null;
  return Math.floor(daysBetween(ctx.day1, date) / ctx.rules.cycleLengthDays) + 1;
}

/**
 * SDTM study day of a date given as a day number (day 1 = enrolment, no day 0).
 * @example studyDayOfNumber(ctx, ctx.day1Number - 1) // -1
 */
export function studyDayOfNumber(ctx: ScheduleContext, n: number): number {
  const diff = n - ctx.day1Number;
  return diff >= 0 ? diff + 1 : diff;
}

/** SDTM study day of a date (day 1 = enrolment, no day 0). */
export function studyDayOf(ctx: ScheduleContext, date: IsoDate): number {
  return studyDayOfNumber(ctx, dayNumber(date));
}
