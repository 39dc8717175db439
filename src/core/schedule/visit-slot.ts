/**
 * A planned visit before its status is known: where it falls, its window, why it is planned,
 * and the events (if any) that make it unnecessary. Generators produce slots; matching
 * and status resolution turn them into {@link PlannedVisit}s.
 */
import type { VisitKind } from '../protocol/study-definition.schema.ts';
import { compareDates, dayNumber, fromDayNumber, type IsoDate } from '../shared/calendar-date.ts';
import type { VisitWindow } from './planned-visit.ts';
import { type ScheduleContext, type Stop, studyDayOfNumber } from './schedule-context.ts';

export interface VisitSlot {
  key: string;
  kind: VisitKind;
  sequence: number;
  cycle: number | null;
  targetDate: IsoDate;
  window: VisitWindow;
  reasons: string[];
  /** The events that end this kind of visit and happened (as of `asOf`), earliest first. */
  stops: Stop[];
}

/**
 * The window from `before` days before the target to `after` days after it, with study days.
 * @example windowAround(ctx, '2024-03-26', 3, 3) // 2024-03-23 … 2024-03-29
 */
export function windowAround(
  ctx: ScheduleContext,
  target: IsoDate,
  before: number,
  after: number,
): VisitWindow {
  const t = dayNumber(target);
  return windowOfNumbers(ctx, t - before, t + after);
}

export function windowBetween(
  ctx: ScheduleContext,
  earliest: IsoDate,
  latest: IsoDate,
): VisitWindow {
  return windowOfNumbers(ctx, dayNumber(earliest), dayNumber(latest));
}

// Day numbers keep date parsing to one call per window (the schedule is recomputed on every read).
function windowOfNumbers(ctx: ScheduleContext, earliest: number, latest: number): VisitWindow {
  return {
    earliest: fromDayNumber(earliest),
    latest: fromDayNumber(latest),
    earliestStudyDay: studyDayOfNumber(ctx, earliest),
    latestStudyDay: studyDayOfNumber(ctx, latest),
  };
}

/**
 * Whether a stop makes an undone visit unnecessary. A dosing visit (cycle day 1, liver
 * monitoring on it) is needed while the subject still takes the drug on its target day, so the
 * end of treatment cancels it only when the last dose came before the target. Any other stop
 * cancels a visit that could no longer be done inside its window (it fell on or before the
 * window's last day).
 * @example stopEndsVisit({ cause: 'death', date: '2024-03-27', reason: '' }, slot)
 */
export function stopEndsVisit(stop: Stop, slot: VisitSlot): boolean {
  return stop.cause === 'treatment-ended'
    ? compareDates(stop.date, slot.targetDate) < 0
    : compareDates(stop.date, slot.window.latest) <= 0;
}

/** A slot can take a done visit unless something ended it before its window opened. */
export function openToMatching(slot: VisitSlot): boolean {
  const first = slot.stops[0];
  return !first || compareDates(first.date, slot.window.earliest) >= 0;
}
