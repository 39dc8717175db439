/**
 * Kaplan–Meier analysis with R `survival::survfit` conventions, the shape `calc km` prints:
 * one row per distinct time (events or censorings), median and quartiles with confidence
 * limits, survival at landmark times with limits, and the number at risk at chosen times.
 * `null` stands wherever R reports NA or NaN.
 *
 * Conventions (CLINICAL-RULES.md, Statistics): events before censorings at tied times;
 * Greenwood variance; CI types log (default, upper capped at 1) / log-log / plain at any
 * level; the median as `print(survfit)` shows it and the quartiles as `quantile.survfit`
 * computes them (the two R rules differ in rare corners: see km-quantile.ts); landmark values as `summary(fit, times = t)` gives them
 * (a landmark after the last observed time is null: R drops it unless `extend = TRUE`).
 */
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';
import { type KmConfType, kmConfidenceBand } from './km-confidence.ts';
import { estimateKmCurve, type KmCurve } from './km-curve.ts';
import { survivalMedianAsPrinted, survivalQuantiles } from './km-quantile.ts';

export interface KaplanMeierInput {
  /** Follow-up times (any order). */
  time: ArrayLike<number>;
  /** 1 = event, 0 = censored. */
  status: ArrayLike<number>;
  confType?: KmConfType;
  confLevel?: number;
  landmarks?: readonly number[];
  riskTimes?: readonly number[];
}

export interface KmStep {
  time: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  survival: number;
  /** Standard error of S, as R's `summary` prints it (S × se(log S)). */
  stdErr: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KmQuantile {
  probability: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KmLandmark {
  time: number;
  survival: number | null;
  stdErr: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeierResult {
  n: number;
  events: number;
  steps: KmStep[];
  /** Median with its limits as `print(survfit)` shows it (see {@link survivalMedianAsPrinted}). */
  median: { estimate: number | null; lower: number | null; upper: number | null };
  /** 25 %, 50 %, 75 % quantiles as `quantile.survfit` gives them (the probability is 1 − S). */
  quantiles: KmQuantile[];
  landmarks: KmLandmark[];
  atRisk: Array<{ time: number; nRisk: number }>;
  conventions: {
    confType: KmConfType;
    confLevel: number;
    variance: 'greenwood';
    ties: 'events-before-censorings';
    median: string;
    quantiles: string;
  };
}

/** NA/NaN/±∞ → null, as JSON needs and as R prints NA. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Full Kaplan–Meier summary.
 *
 * @example
 * kaplanMeier({ time: [1, 2, 3, 4], status: [1, 1, 1, 1] }).median
 * // { estimate: 2.5, lower: 1, upper: null }   (S = 0.5 exactly on [2, 3))
 */
export function kaplanMeier(input: KaplanMeierInput): KaplanMeierResult {
  const { curve, band, ...summary } = kaplanMeierColumns(input);
  const steps: KmStep[] = new Array(curve.length);
  for (let k = 0; k < curve.length; k++) {
    const s = curve.survival[k] as number;
    steps[k] = {
      time: curve.time[k] as number,
      nRisk: curve.nRisk[k] as number,
      nEvent: curve.nEvent[k] as number,
      nCensor: curve.nCensor[k] as number,
      survival: s,
      stdErr: finiteOrNull((curve.seLog[k] as number) * s),
      lower: finiteOrNull(band.lower[k] as number),
      upper: finiteOrNull(band.upper[k] as number),
    };
  }
  const { n, events, median, quantiles, landmarks, atRisk, conventions } = summary;
  return { n, events, steps, median, quantiles, landmarks, atRisk, conventions };
}

/** Everything but the step rows, with the curve and its limits as typed-array columns. */
export type KaplanMeierColumns = Omit<KaplanMeierResult, 'steps'> & {
  curve: KmCurve;
  /** Pointwise limits, NaN where R gives NA. */
  band: { lower: Float64Array; upper: Float64Array };
};

/**
 * The same analysis as {@link kaplanMeier} with the steps left as columns (what R's survfit
 * object holds): for callers that plot or post-process a million steps without a million
 * row objects.
 *
 * @example kaplanMeierColumns({ time: [1, 2], status: [1, 0] }).curve.survival // Float64Array [0.5, 0.5]
 */
export function kaplanMeierColumns(input: KaplanMeierInput): KaplanMeierColumns {
  const confType = input.confType ?? 'log';
  const confLevel = input.confLevel ?? 0.95;
  checkInput(input, confLevel);
  const curve = estimateKmCurve(input.time, input.status);
  const band = kmConfidenceBand(curve.survival, curve.seLog, confType, confLevel);

  const probs = [0.25, 0.5, 0.75];
  const origin = Math.min(0, curve.length > 0 ? (curve.time[0] as number) : 0);
  const est = survivalQuantiles(curve.time, curve.survival, origin, probs);
  const low = survivalQuantiles(curve.time, band.lower, origin, probs);
  const up = survivalQuantiles(curve.time, band.upper, origin, probs);
  const quantiles = probs.map((probability, i) => ({
    probability,
    estimate: finiteOrNull(est[i] as number),
    lower: finiteOrNull(low[i] as number),
    upper: finiteOrNull(up[i] as number),
  }));
  const median = {
    estimate: finiteOrNull(survivalMedianAsPrinted(curve.time, curve.survival)),
    lower: finiteOrNull(survivalMedianAsPrinted(curve.time, band.lower)),
    upper: finiteOrNull(survivalMedianAsPrinted(curve.time, band.upper)),
  };

  return {
    n: curve.n,
    events: curve.events,
    curve,
    band,
    median,
    quantiles,
    landmarks: (input.landmarks ?? []).map((t) => landmark(curve, band, t)),
    atRisk: (input.riskTimes ?? []).map((t) => ({ time: t, nRisk: numberAtRisk(curve, t) })),
    conventions: {
      confType,
      confLevel,
      variance: 'greenwood',
      ties: 'events-before-censorings',
      median: 'as print(survfit) shows it (survival:::survmean)',
      quantiles: 'as quantile.survfit computes them (survival:::findq)',
    },
  };
}

/** Index of the last step at or before t (−1 if none). */
function lastStepAtOrBefore(curve: KmCurve, t: number): number {
  let lo = 0;
  let hi = curve.length; // first index with time > t
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((curve.time[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * S(t) with its limits, as `summary(fit, times = t)`: the curve starts at S = 1 (standard
 * error 0, limits 1) at time 0; after the last observed time there is no estimate.
 */
function landmark(
  curve: KmCurve,
  band: { lower: Float64Array; upper: Float64Array },
  t: number,
): KmLandmark {
  const none = { time: t, survival: null, stdErr: null, lower: null, upper: null };
  if (curve.length === 0 || t > (curve.time[curve.length - 1] as number)) return none;
  const k = lastStepAtOrBefore(curve, t);
  if (k < 0) return { time: t, survival: 1, stdErr: 0, lower: 1, upper: 1 };
  const s = curve.survival[k] as number;
  return {
    time: t,
    survival: s,
    stdErr: finiteOrNull((curve.seLog[k] as number) * s),
    lower: finiteOrNull(band.lower[k] as number),
    upper: finiteOrNull(band.upper[k] as number),
  };
}

/** Subjects still followed at time t (follow-up time ≥ t); 0 after the last time. */
function numberAtRisk(curve: KmCurve, t: number): number {
  const k = lastStepAtOrBefore(curve, t);
  // the first step with time ≥ t is k when time[k] === t, else k + 1
  const first = k >= 0 && curve.time[k] === t ? k : k + 1;
  return first < curve.length ? (curve.nRisk[first] as number) : 0;
}

function checkInput(input: KaplanMeierInput, confLevel: number): void {
  const issues: ValidationIssue[] = [];
  const { time, status } = input;
  if (time.length !== status.length)
    issues.push({
      path: 'status',
      rule: 'same-length',
      message: `status has ${status.length} entries but time has ${time.length}`,
    });
  if (time.length === 0)
    issues.push({ path: 'time', rule: 'non-empty', message: 'at least one subject is needed' });
  for (let i = 0; i < time.length && issues.length < 5; i++) {
    const t = time[i] as number;
    if (!Number.isFinite(t) || t < 0)
      issues.push({
        path: `time.${i}`,
        rule: 'finite-min-0',
        message: 'time must be a finite number ≥ 0',
      });
  }
  for (let i = 0; i < status.length && issues.length < 5; i++) {
    const s = status[i];
    if (s !== 0 && s !== 1)
      issues.push({
        path: `status.${i}`,
        rule: 'zero-or-one',
        message: 'status must be 0 (censored) or 1 (event)',
      });
  }
  if (!(confLevel > 0 && confLevel < 1))
    issues.push({
      path: 'confLevel',
      rule: 'open-unit-interval',
      message: 'confLevel must be strictly between 0 and 1',
    });
  if (issues.length > 0) throw new DomainError({ kind: 'invalid', issues });
}
