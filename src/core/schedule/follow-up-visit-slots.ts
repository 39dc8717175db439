/**
 * The fixed visits after treatment and at the end (CLINICAL-RULES.md, "Default schedule of this
 * protocol"): end of treatment within 28 days after the last dose, survival contact every 42
 * days after the end of treatment (± 7) until death, withdrawal or day 252, and the end of study
 * at day 252 (week 36) ± 7. A survival contact that would fall inside the end-of-study window is
 * not planned: the end-of-study visit is that contact.
 */
import { addDays, compareDates, dateOfStudyDay } from '../shared/calendar-date.ts';
import { type ScheduleContext, stopsFor } from './schedule-context.ts';
import { type VisitSlot, windowAround, windowBetween } from './visit-slot.ts';

/** @example endOfTreatmentSlot(ctx)?.window // last dose … last dose + 28 days */
export function endOfTreatmentSlot(ctx: ScheduleContext): VisitSlot | undefined {
  const end = ctx.events.treatmentEnd;
  if (!end) return undefined;
  const n = ctx.rules.endOfTreatmentWithinDays;
  return {
    key: 'end-of-treatment/1',
    kind: 'end-of-treatment',
    sequence: 1,
    cycle: null,
    targetDate: end.lastDoseDate,
    window: windowBetween(ctx, end.lastDoseDate, addDays(end.lastDoseDate, n)),
    reasons: [
      `end of treatment (${end.reason}): within ${n} days after the last dose on ${end.lastDoseDate} (schedule.endOfTreatmentWithinDays)`,
    ],
    stops: stopsFor(ctx, ['death', 'consent-withdrawal', 'lost-to-follow-up']),
  };
}

/** @example survivalContactSlots(ctx).map((s) => s.targetDate) // last dose + 42, + 84, … */
export function survivalContactSlots(ctx: ScheduleContext): VisitSlot[] {
  const end = ctx.events.treatmentEnd;
  if (!end) return [];
  const { survivalContactIntervalDays: every, survivalContactWindowDays: w } = ctx.rules;
  const eosOpens = addDays(ctx.horizonDate, -ctx.rules.endOfStudyWindowDays);
  const stops = stopsFor(ctx, ['death', 'consent-withdrawal', 'lost-to-follow-up']);
  const out: VisitSlot[] = [];
  for (let k = 1; ; k++) {
    const target = addDays(end.lastDoseDate, every * k);
    if (compareDates(target, eosOpens) >= 0) break;
    out.push({
      key: `survival-contact/${k}`,
      kind: 'survival-contact',
      sequence: k,
      cycle: null,
      targetDate: target,
      window: windowAround(ctx, target, w, w),
      reasons: [
        `survival contact ${k}: ${every} × ${k} days after the end of treatment (last dose ${end.lastDoseDate}), ± ${w} days (schedule.survivalContactIntervalDays)`,
      ],
      stops,
    });
  }
  return out;
}

/** @example endOfStudySlot(ctx).targetDate // study day 252 */
export function endOfStudySlot(ctx: ScheduleContext): VisitSlot {
  const { horizonDays: h, endOfStudyWindowDays: w } = ctx.rules;
  const target = dateOfStudyDay(ctx.day1, h);
  return {
    key: 'end-of-study/1',
    kind: 'end-of-study',
    sequence: 1,
    cycle: null,
    targetDate: target,
    window: windowAround(ctx, target, w, w),
    reasons: [
      `end of study: day ${h}${h % 7 === 0 ? ` (week ${h / 7})` : ''}, ± ${w} days (schedule.horizonDays)`,
    ],
    stops: stopsFor(ctx, ['death', 'consent-withdrawal', 'lost-to-follow-up']),
  };
}
