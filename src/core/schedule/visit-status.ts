/**
 * The status of one planned visit from what was done and the as-of date (issue 5): done in or
 * out of its window; otherwise not applicable once an event ended it (`stopEndsVisit`); otherwise planned (window not open), due (window open) or missed (window
 * closed with nothing done — CLINICAL-RULES.md: "a scheduled assessment counts as missed when no
 * adequate assessment falls inside its window").
 */
import { compareDates, daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import type { PlannedVisit, VisitStatus } from './planned-visit.ts';
import { stopEndsVisit, type VisitSlot } from './visit-slot.ts';

/** A done visit (or lab result) that accounts for a slot, and how it was matched. */
export interface SlotEvidence {
  date: IsoDate;
  reason: string;
}

/**
 * @example resolveStatus(slot, undefined, '2024-03-24') // { kind: 'due' } when the window is open
 */
export function resolveStatus(
  slot: VisitSlot,
  evidence: SlotEvidence | undefined,
  asOf: IsoDate,
): { status: VisitStatus; reason: string } {
  const w = slot.window;
  if (evidence) {
    const daysFromTarget = daysBetween(slot.targetDate, evidence.date);
    const inside =
      compareDates(evidence.date, w.earliest) >= 0 && compareDates(evidence.date, w.latest) <= 0;
    return inside
      ? { status: { kind: 'done', date: evidence.date, daysFromTarget }, reason: evidence.reason }
      : {
          status: { kind: 'done-out-of-window', date: evidence.date, daysFromTarget },
          reason: `${evidence.reason}, outside the window ${w.earliest} … ${w.latest}`,
        };
  }
  const stop = slot.stops.find((s) => stopEndsVisit(s, slot));
  if (stop)
    return {
      status: { kind: 'not-applicable', cause: stop.cause, since: stop.date },
      reason: `not applicable: ${stop.reason}`,
    };
  if (compareDates(asOf, w.earliest) < 0)
    return { status: { kind: 'planned' }, reason: `window opens ${w.earliest}` };
  if (compareDates(asOf, w.latest) <= 0)
    return { status: { kind: 'due' }, reason: `window open until ${w.latest}` };
  return {
    status: { kind: 'missed' },
    reason: `nothing done in the window ${w.earliest} … ${w.latest}`,
  };
}

export function toPlannedVisit(
  slot: VisitSlot,
  evidence: SlotEvidence | undefined,
  asOf: IsoDate,
  studyDayOf: (d: IsoDate) => number,
): PlannedVisit {
  const { status, reason } = resolveStatus(slot, evidence, asOf);
  return {
    key: slot.key,
    kind: slot.kind,
    sequence: slot.sequence,
    cycle: slot.cycle,
    targetDate: slot.targetDate,
    studyDay: studyDayOf(slot.targetDate),
    window: slot.window,
    status,
    reasons: [...slot.reasons, reason],
  };
}
