/**
 * The fixed visits of the treatment phase (CLINICAL-RULES.md, "Default schedule of this
 * protocol"): screening (day −28 to −1), cycle n day 1 at day 1 + 28(n − 1) ± 3, liver and blood
 * monitoring on cycle day 1 of cycles 1–6 then every 2 cycles, and tumour evaluation every two
 * cycles at days 57, 113, 169, 225 ± 7. All numbers come from the study definition; nothing is
 * planned after the horizon (day 252). Cycle visits stop at the end of treatment; evaluations
 * also stop at progression or new anticancer therapy; everything stops at death or withdrawal.
 */
import { dateOfStudyDay } from '../shared/calendar-date.ts';
import { type ScheduleContext, stopsFor } from './schedule-context.ts';
import { type VisitSlot, windowAround, windowBetween } from './visit-slot.ts';

/** @example screeningSlot(ctx).window // day −28 … day −1 */
export function screeningSlot(ctx: ScheduleContext): VisitSlot {
  const n = ctx.rules.screeningWindowDays;
  return {
    key: 'screening/1',
    kind: 'screening',
    sequence: 1,
    cycle: null,
    targetDate: dateOfStudyDay(ctx.day1, -1),
    window: windowBetween(ctx, dateOfStudyDay(ctx.day1, -n), dateOfStudyDay(ctx.day1, -1)),
    reasons: [
      `screening: day −${n} to day −1 before the first dose (schedule.screeningWindowDays = ${n}); target shown as day −1, the last day it can happen`,
    ],
    stops: stopsFor(ctx, ['death', 'consent-withdrawal', 'lost-to-follow-up']),
  };
}

/** Cycles whose day 1 falls on or before the horizon: 1 + L(n − 1) ≤ horizonDays. */
function cycleDays(ctx: ScheduleContext): Array<{ cycle: number; day: number }> {
  const out: Array<{ cycle: number; day: number }> = [];
  const L = ctx.rules.cycleLengthDays;
  for (let n = 1; 1 + L * (n - 1) <= ctx.rules.horizonDays; n++)
    out.push({ cycle: n, day: 1 + L * (n - 1) });
  return out;
}

/** @example cycleDay1Slots(ctx).map((s) => s.targetDate) // day 1, 29, 57 … 225 */
export function cycleDay1Slots(ctx: ScheduleContext): VisitSlot[] {
  const { cycleLengthDays: L, cycleVisitWindowDays: w } = ctx.rules;
  const stops = stopsFor(ctx, [
    'death',
    'consent-withdrawal',
    'lost-to-follow-up',
    'treatment-ended',
  ]);
  return cycleDays(ctx).map(({ cycle, day }) => {
    const target = dateOfStudyDay(ctx.day1, day);
    return {
      key: `cycle-day-1/${cycle}`,
      kind: 'cycle-day-1',
      sequence: cycle,
      cycle,
      targetDate: target,
      window: windowAround(ctx, target, w, w),
      reasons: [
        `cycle ${cycle} day 1: day 1 + ${L} × (${cycle} − 1) = day ${day}, ± ${w} days (schedule.cycleLengthDays, schedule.cycleVisitWindowDays)`,
      ],
      stops,
    };
  });
}

/**
 * Leflunomide label: ALT and full blood count every cycle for cycles 1–6, then every 2 cycles,
 * on the cycle day 1 visit and with its window.
 * @example liverMonitoringSlots(ctx).map((s) => s.cycle) // [1, 2, 3, 4, 5, 6, 8]
 */
export function liverMonitoringSlots(ctx: ScheduleContext): VisitSlot[] {
  const { everyCycleThroughCycle: upTo, thenEveryCycles: every } = ctx.rules.liverMonitoring;
  const w = ctx.rules.cycleVisitWindowDays;
  const stops = stopsFor(ctx, [
    'death',
    'consent-withdrawal',
    'lost-to-follow-up',
    'treatment-ended',
  ]);
  return cycleDays(ctx)
    .filter(({ cycle }) => cycle <= upTo || (cycle - upTo) % every === 0)
    .map(({ cycle, day }, i) => {
      const target = dateOfStudyDay(ctx.day1, day);
      const rule =
        cycle <= upTo
          ? `every cycle for cycles 1–${upTo}`
          : `every ${every} cycles after cycle ${upTo}`;
      return {
        key: `liver-monitoring/${i + 1}`,
        kind: 'liver-monitoring',
        sequence: i + 1,
        cycle,
        targetDate: target,
        window: windowAround(ctx, target, w, w),
        reasons: [
          `ALT and blood count on cycle ${cycle} day 1 (day ${day}, ± ${w} days): ${rule} (schedule.liverMonitoring)`,
        ],
        stops,
      };
    });
}

/** @example tumourEvaluationSlots(ctx).map((s) => s.targetDate) // days 57, 113, 169, 225 */
export function tumourEvaluationSlots(ctx: ScheduleContext): VisitSlot[] {
  const { cycleLengthDays: L, evaluationEveryCycles: E, evaluationWindowDays: w } = ctx.rules;
  const stops = stopsFor(ctx, [
    'death',
    'consent-withdrawal',
    'lost-to-follow-up',
    'progression',
    'new-anticancer-therapy',
    'treatment-ended',
  ]);
  const out: VisitSlot[] = [];
  for (let k = 1; 1 + L * E * k <= ctx.rules.horizonDays; k++) {
    const day = 1 + L * E * k;
    const target = dateOfStudyDay(ctx.day1, day);
    out.push({
      key: `tumour-evaluation/${k}`,
      kind: 'tumour-evaluation',
      sequence: k,
      cycle: E * k + 1,
      targetDate: target,
      window: windowAround(ctx, target, w, w),
      reasons: [
        `tumour evaluation ${k}: every ${E} cycles, day 1 + ${L} × ${E} × ${k} = day ${day}, ± ${w} days (schedule.evaluationEveryCycles, schedule.evaluationWindowDays)`,
      ],
      stops,
    });
  }
  return out;
}
