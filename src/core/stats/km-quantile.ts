/**
 * Quantiles of survival time (median, quartiles) and their confidence limits by R's rule
 * (`survival:::findq`, used by `quantile.survfit` and `print.survfit`):
 * - the p-quantile is the first time the curve drops to 1 − p or below;
 * - if the curve sits at exactly 1 − p (within √ε) over an interval, the quantile is the
 *   midpoint of that interval — or, when the curve ends there, the midpoint between where it
 *   reached 1 − p and the last time;
 * - the confidence limits of the quantile apply the same rule to the lower and upper pointwise
 *   limits (where the band crosses 1 − p); NaN (R: NA) when a curve never gets there.
 */
import { TIME_TOLERANCE } from './km-curve.ts';

/**
 * Times at which `curve` (S, or a confidence limit, NaN = NA) reaches 1 − p for each p in
 * `probs`. `time` are the curve's step times; `firstTime` is the origin (0).
 *
 * @example
 * survivalQuantiles(new Float64Array([1, 2, 3, 4]), new Float64Array([0.75, 0.5, 0.25, 0]), 0, [0.5])
 * // [2.5]: S = 0.5 exactly on [2, 3)
 */
export function survivalQuantiles(
  time: Float64Array,
  curve: Float64Array,
  firstTime: number,
  probs: readonly number[],
  tol = TIME_TOLERANCE,
): number[] {
  // x = (origin, times), y = (0, 1 − curve), first occurrences of each y only
  const xs: number[] = [firstTime];
  const ys: number[] = [0];
  const seen = new Set<number>([0]);
  for (let i = 0; i < curve.length; i++) {
    const y = 1 - (curve[i] as number);
    if (seen.has(y)) continue; // Set treats NaN as one value, like R's duplicated()
    seen.add(y);
    xs.push(time[i] as number);
    ys.push(y);
  }
  const xmax = time.length > 0 ? (time[time.length - 1] as number) : firstTime;
  let ymax = Number.NEGATIVE_INFINITY;
  for (const y of ys) if (y > ymax) ymax = y;
  if (ymax < Math.min(...probs)) return probs.map(() => Number.NaN);
  const yLast = ys[ys.length - 1] as number;

  return probs.map((p) => {
    if (p === 0) return xs[0] as number;
    // R: approx(y ± tol, index, p, method = "constant", f = 1) — the point with the smallest
    // y among those with y + tol ≥ p (resp. y − tol ≥ p); NA outside the range of y ± tol
    const i1 = p < tol ? -1 : smallestReaching(ys, tol, p);
    const i2 = smallestReaching(ys, -tol, p);
    if (!Number.isNaN(yLast) && Math.abs(p - yLast) < tol && i1 >= 0)
      return ((xs[i1] as number) + xmax) / 2;
    if (i1 < 0 || i2 < 0) return Number.NaN;
    return ((xs[i1] as number) + (xs[i2] as number)) / 2;
  });
}

/** Index of the smallest y with y + offset ≥ p (NaN never qualifies); −1 if none. */
function smallestReaching(ys: number[], offset: number, p: number): number {
  let best = -1;
  let bestY = Number.POSITIVE_INFINITY;
  for (let j = 0; j < ys.length; j++) {
    const y = ys[j] as number;
    if (y + offset >= p && y < bestY) {
      best = j;
      bestY = y;
    }
  }
  return best;
}

/**
 * The median as `print(survfit)` shows it (R `survival:::survmean`, its `minmin` helper): the
 * first time the curve is below 0.5 + √ε; if it is at 0.5 there and falls further later, the
 * midpoint between that time and the first time it is lower. Differs from
 * {@link survivalQuantiles} in two corners: a curve that ends flat at 0.5 gives the time it
 * reached 0.5 (not a midpoint with the last time), and a non-monotone upper limit gives the
 * first crossing (quantile.survfit may pick a later one).
 *
 * @example
 * survivalMedianAsPrinted(new Float64Array([1, 2, 3, 4]), new Float64Array([0.75, 0.5, 0.5, 0.5])) // 2
 */
export function survivalMedianAsPrinted(
  time: Float64Array,
  curve: Float64Array,
  tol = TIME_TOLERANCE,
): number {
  let first = -1;
  for (let i = 0; i < curve.length; i++) {
    const y = curve[i] as number;
    if (!Number.isNaN(y) && y < 0.5 + tol) {
      first = i;
      break;
    }
  }
  if (first < 0) return Number.NaN;
  const y1 = curve[first] as number;
  if (Math.abs(y1 - 0.5) < tol) {
    for (let j = first + 1; j < curve.length; j++) {
      const y = curve[j] as number;
      if (y < y1) return ((time[first] as number) + (time[j] as number)) / 2;
    }
  }
  return time[first] as number;
}
