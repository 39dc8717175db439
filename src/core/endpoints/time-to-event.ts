/**
 * The shape of one subject's time-to-event value and the day arithmetic all derivations share
 * (CLINICAL-RULES.md: duration in days = end date − origin + 1; months = days / 30.4375).
 */
import { addDays, daysBetween, type IsoDate } from '../shared/calendar-date.ts';

export interface TimeToEvent<Reason extends string> {
  /** Days from the origin (day 1) to the event or censoring date, inclusive. */
  days: number;
  months: number;
  event: boolean;
  /** Machine-readable code: what ended the follow-up. */
  reason: Reason;
  /** The event or censoring date. */
  date: IsoDate;
  /** Human-readable explanation citing the rule. */
  reasons: string[];
}

/**
 * Days from `origin` to `date` counting both: the origin itself is day 1.
 *
 * @example durationDays('2026-01-01', '2026-01-01') // 1
 */
export function durationDays(origin: IsoDate, date: IsoDate): number {
  return daysBetween(origin, date) + 1;
}

/**
 * The protocol follows endpoints to `horizonDays` (36 weeks = day 252): anything that ends later
 * is censored at the horizon (CLINICAL-RULES.md, "Horizon").
 *
 * @example capAtHorizon(ttfFromDay300, '2026-01-01', 252, 30.4375) // censored, day 252, 'after-horizon'
 */
export function capAtHorizon<R extends string>(
  value: TimeToEvent<R>,
  origin: IsoDate,
  horizonDays: number,
  daysPerMonth: number,
): TimeToEvent<R | 'after-horizon'> {
  if (value.days <= horizonDays) return value;
  return {
    days: horizonDays,
    months: horizonDays / daysPerMonth,
    event: false,
    reason: 'after-horizon',
    date: addDays(origin, horizonDays - 1),
    reasons: [
      ...value.reasons,
      `${value.event ? 'event' : 'follow-up'} on day ${value.days} is after the horizon: censored at day ${horizonDays} (horizonDays)`,
    ],
  };
}

/** A value ending on `date`. */
export function endingOn<R extends string>(
  origin: IsoDate,
  date: IsoDate,
  event: boolean,
  reason: R,
  daysPerMonth: number,
  reasons: string[],
): TimeToEvent<R> {
  const days = durationDays(origin, date);
  return { days, months: days / daysPerMonth, event, reason, date, reasons };
}
