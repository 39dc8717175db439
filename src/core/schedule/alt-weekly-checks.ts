/**
 * Weekly liver tests while ALT > 2 × ULN (leflunomide label; CLINICAL-RULES.md: "ALT 2–3 × ULN:
 * … test weekly"; "> 3 × ULN: interrupt … test liver weekly until normal"). The thresholds are
 * `schedule.liverMonitoring.weeklyWhileAltAboveUln` (2) and `safety.altInterruptAboveTimesUln`
 * (3), compared exactly (2 × ULN itself does not trigger). Once an episode has seen ALT > 3 ×
 * ULN, it ends only at a normal ALT (≤ ULN), not at ≤ 2 × ULN.
 *
 * Each result above the threshold on or after day 1 asks for the next ALT within a week: the
 * check is met by any ALT result after it up to 7 days + the cycle visit window (3) later. A
 * result in time that is still high asks for another check a week after it; one at or below
 * the threshold (or, after > 3 × ULN, a normal one) ends the episode. A check with no result in time is missed and the next one
 * falls a week later. The series continues after the end of treatment (the drug's effect
 * outlasts the last dose) and stops at death, withdrawal of consent or day 252. Only the next
 * pending check is projected: whether more follow depends on its result.
 */

import { compare, div, ratio } from '../safety/exact-ratio.ts';
import { addDays, compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { altAboveTimesUln, describeAlt } from '../subjects/alt-times-uln.ts';
import type { AltResult } from '../subjects/subject-events.schema.ts';
import type { PlannedVisit } from './planned-visit.ts';
import { cycleOf, type ScheduleContext, stopsFor } from './schedule-context.ts';
import { type VisitSlot, windowBetween } from './visit-slot.ts';
import { toPlannedVisit } from './visit-status.ts';

const WEEK = 7;

/** One result per day (the highest × ULN, to be safe), on or after day 1, in date order. */
function onStudyResults(ctx: ScheduleContext): AltResult[] {
  const byDate = new Map<IsoDate, AltResult>();
  for (const r of ctx.events.altResults) {
    if (compareDates(r.date, ctx.day1) < 0) continue;
    const prev = byDate.get(r.date);
    const higher =
      !prev ||
      compare(div(ratio(r.value), ratio(r.uln)), div(ratio(prev.value), ratio(prev.uln))) > 0;
    if (higher) byDate.set(r.date, r);
  }
  return [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
}

/**
 * @example altWeeklyChecks(ctx, sd) // [] when no ALT result is above 2 × ULN
 */
export function altWeeklyChecks(
  ctx: ScheduleContext,
  studyDayOf: (d: IsoDate) => number,
): PlannedVisit[] {
  const times = ctx.rules.liverMonitoring.weeklyWhileAltAboveUln;
  const w = ctx.rules.cycleVisitWindowDays;
  const interrupt = ctx.study.safety.altInterruptAboveTimesUln;
  const high = (r: AltResult) => altAboveTimesUln(r.value, r.uln, times);
  const veryHigh = (r: AltResult) => altAboveTimesUln(r.value, r.uln, interrupt);
  const abnormal = (r: AltResult) => altAboveTimesUln(r.value, r.uln, 1);
  const stops = stopsFor(ctx, ['death', 'consent-withdrawal', 'lost-to-follow-up']);
  const results = onStudyResults(ctx);
  const out: PlannedVisit[] = [];
  let i = 0;
  while (i < results.length) {
    const first = results[i];
    if (!first || !high(first)) {
      i++;
      continue;
    }
    let anchor = first;
    let untilNormal = veryHigh(first);
    let opens = addDays(anchor.date, 1);
    let target = addDays(anchor.date, WEEK);
    for (;;) {
      if (compareDates(target, ctx.horizonDate) > 0) return out;
      const slot: VisitSlot = {
        key: `alt-weekly/${out.length + 1}`,
        kind: 'liver-monitoring',
        sequence: out.length + 1,
        cycle: cycleOf(ctx, target),
        targetDate: target,
        window: windowBetween(ctx, opens, addDays(target, w)),
        reasons: [
          high(anchor)
            ? `weekly liver test: ${describeAlt(anchor.value, anchor.uln)} on ${anchor.date} is above ${times} × ULN (schedule.liverMonitoring.weeklyWhileAltAboveUln); next ALT due within ${WEEK} days, ± ${w}`
            : `weekly liver test: ${describeAlt(anchor.value, anchor.uln)} on ${anchor.date} is not yet normal after ALT > ${interrupt} × ULN (safety.altInterruptAboveTimesUln: weekly until normal); next ALT due within ${WEEK} days, ± ${w}`,
        ],
        stops,
      };
      const next = results[i + 1];
      if (next && compareDates(next.date, slot.window.latest) <= 0) {
        const v = toPlannedVisit(
          slot,
          {
            date: next.date,
            reason: `ALT result on ${next.date}: ${describeAlt(next.value, next.uln)}`,
          },
          ctx.asOf,
          studyDayOf,
        );
        i++;
        if (veryHigh(next)) untilNormal = true;
        if (!high(next) && !(untilNormal && abnormal(next))) {
          v.reasons.push(
            untilNormal
              ? `ALT back to normal (≤ ULN) after > ${interrupt} × ULN: weekly tests end`
              : `ALT back to ≤ ${times} × ULN: weekly tests end`,
          );
          out.push(v);
          break;
        }
        out.push(v);
        anchor = next;
        opens = addDays(next.date, 1);
        target = addDays(next.date, WEEK);
        continue;
      }
      const v = toPlannedVisit(slot, undefined, ctx.asOf, studyDayOf);
      out.push(v);
      if (v.status.kind !== 'missed') return out;
      opens = addDays(slot.window.latest, 1);
      target = addDays(target, WEEK);
    }
  }
  return out;
}
