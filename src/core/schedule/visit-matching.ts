/**
 * Which done visit accounts for which planned visit, within one series of one kind (cycle day 1
 * visits, tumour evaluations, survival contacts…).
 *
 * 1. In target order, each slot takes the unused done visit inside its window that is closest
 *    to its target (a tie goes to the earlier date). Visits of another kind count when they
 *    cover this kind's assessments (see `visit-coverage.ts`).
 * 2. A leftover done visit of the slot's own kind outside every window goes to the slot whose
 *    target is nearest (a tie goes to the earlier slot) if that slot is still unmatched: done
 *    out of window. Otherwise it stays unscheduled.
 *
 * A slot whose stopping event fell before its window opened takes no visit: the visit was not
 * needed, and a visit done then is unscheduled (the date-consistency rules query it).
 */
import type { VisitKind } from '../protocol/study-definition.schema.ts';
import { compareDates, daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import { openToMatching, type VisitSlot } from './visit-slot.ts';
import type { SlotEvidence } from './visit-status.ts';

/** A done visit, by its position in the subject's `visitsDone`. */
export interface DoneVisitRef {
  index: number;
  kind: VisitKind;
  date: IsoDate;
}

export interface SeriesMatch {
  /** Evidence per slot, by slot position. */
  evidence: Array<SlotEvidence | undefined>;
  /** Positions (in `visitsDone`) of the done visits this series used. */
  used: Set<number>;
}

const inside = (d: IsoDate, s: VisitSlot) =>
  compareDates(d, s.window.earliest) >= 0 && compareDates(d, s.window.latest) <= 0;

/**
 * @example matchSeries(cycleSlots, done, (k) => k === 'cycle-day-1').evidence[2]?.date
 */
export function matchSeries(
  slots: VisitSlot[],
  done: DoneVisitRef[],
  counts: (kind: VisitKind) => boolean,
): SeriesMatch {
  const evidence: Array<SlotEvidence | undefined> = slots.map(() => undefined);
  const used = new Set<number>();
  const own = slots[0]?.kind;
  const candidates = done.filter((d) => d.kind === own || counts(d.kind));
  slots.forEach((slot, i) => {
    if (!openToMatching(slot)) return;
    let best: DoneVisitRef | undefined;
    for (const c of candidates) {
      if (used.has(c.index) || !inside(c.date, slot)) continue;
      const dist = Math.abs(daysBetween(slot.targetDate, c.date));
      const bestDist = best ? Math.abs(daysBetween(slot.targetDate, best.date)) : Infinity;
      if (dist < bestDist || (dist === bestDist && best && compareDates(c.date, best.date) < 0))
        best = c;
    }
    if (best) {
      used.add(best.index);
      evidence[i] = { date: best.date, reason: describe(best, own) };
    }
  });
  for (const c of candidates) {
    if (used.has(c.index) || c.kind !== own) continue;
    const nearest = nearestSlot(slots, c.date);
    if (nearest === undefined) continue;
    const slot = slots[nearest];
    if (!slot || evidence[nearest] || !openToMatching(slot)) continue;
    used.add(c.index);
    evidence[nearest] = { date: c.date, reason: describe(c, own) };
  }
  return { evidence, used };
}

function nearestSlot(slots: VisitSlot[], date: IsoDate): number | undefined {
  let best: number | undefined;
  let bestDist = Infinity;
  slots.forEach((s, i) => {
    const dist = Math.abs(daysBetween(s.targetDate, date));
    if (dist < bestDist) {
      best = i;
      bestDist = dist;
    }
  });
  return best;
}

function describe(ref: DoneVisitRef, own: VisitKind | undefined): string {
  return ref.kind === own
    ? `done on ${ref.date}`
    : `covered by the ${ref.kind} visit on ${ref.date}, whose assessments include this visit's`;
}
