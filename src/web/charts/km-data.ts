/**
 * Kaplan–Meier figure data from a `KaplanMeierResult` (src/core/stats/kaplan-meier.ts): the
 * step curve starting at S(0) = 1, the pointwise confidence band, censor marks (a "+" at each
 * time with censorings, drawn at the curve's height there), the median guide (S = 0.5 across to
 * the median, down to the axis) and the number-at-risk table. Times are days from enrolment.
 */
import type { KaplanMeierResult } from '../../core/stats/kaplan-meier.ts';

export interface KmPoint {
  time: number;
  survival: number;
  /** Band limits; null where R gives NA (e.g. after S reaches 0). */
  lower: number | null;
  upper: number | null;
}

export interface KmFigure {
  /** Step points (draw with curve step-after), first point at time 0. */
  curve: KmPoint[];
  censors: Array<{ time: number; survival: number; count: number }>;
  /** Null when the median is not reached. */
  median: { time: number; lower: number | null; upper: number | null } | null;
  atRisk: Array<{ time: number; nRisk: number }>;
  /** Right end of the time axis: the last observed time or the last risk time. */
  maxTime: number;
}

/**
 * @example kmFigure(kaplanMeier({ time: [2, 3], status: [1, 0], riskTimes: [0, 2] })).censors
 * // [{ time: 3, survival: 0.5, count: 1 }]
 */
export function kmFigure(km: KaplanMeierResult): KmFigure {
  const curve: KmPoint[] = [{ time: 0, survival: 1, lower: 1, upper: 1 }];
  for (const s of km.steps) {
    // a step at time 0 replaces the origin point (events on day 0 drop the curve at once)
    if (s.time === 0) curve.length = 0;
    curve.push({ time: s.time, survival: s.survival, lower: s.lower, upper: s.upper });
  }
  const censors = km.steps
    .filter((s) => s.nCensor > 0)
    .map((s) => ({ time: s.time, survival: s.survival, count: s.nCensor }));
  const m = km.median;
  const lastStep = km.steps.at(-1)?.time ?? 0;
  const lastRisk = km.atRisk.at(-1)?.time ?? 0;
  return {
    curve,
    censors,
    median: m.estimate === null ? null : { time: m.estimate, lower: m.lower, upper: m.upper },
    atRisk: km.atRisk.map((r) => ({ time: r.time, nRisk: r.nRisk })),
    maxTime: Math.max(lastStep, lastRisk),
  };
}

/** The figure's data as CSV rows: one per step (time 0 included). */
export function kmCsvRows(km: KaplanMeierResult): Array<Record<string, number | null>> {
  const rows: Array<Record<string, number | null>> = [];
  if (km.steps[0]?.time !== 0)
    rows.push({
      time: 0,
      n_risk: km.n,
      n_event: 0,
      n_censor: 0,
      survival: 1,
      std_err: 0,
      lower: 1,
      upper: 1,
    });
  for (const s of km.steps)
    rows.push({
      time: s.time,
      n_risk: s.nRisk,
      n_event: s.nEvent,
      n_censor: s.nCensor,
      survival: s.survival,
      std_err: s.stdErr,
      lower: s.lower,
      upper: s.upper,
    });
  return rows;
}
