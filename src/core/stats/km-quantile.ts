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
 * R builds x = (origin, times), y = (0, 1 − curve), keeps the first occurrence of each y value,
 * and interpolates the index with `approx(y ± tol, index, p, "constant", f = 1)`, which sorts
 * by y: the result is the point with the smallest y among those with y + tol ≥ p (resp.
 * y − tol ≥ p), the earliest of equal ones. The same is computed here by scans over the typed
 * arrays, without building the de-duplicated vectors (10⁶ points in milliseconds).
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
  const m = curve.length + 1; // point 0 is (origin, 0)
  const yAt = (i: number): number => (i === 0 ? 0 : 1 - (curve[i - 1] as number));
  const xAt = (i: number): number => (i === 0 ? firstTime : (time[i - 1] as number));
  let ymax = 0;
  for (let i = 1; i < m; i++) {
    const y = yAt(i);
    if (y > ymax) ymax = y;
  }
  if (ymax < Math.min(...probs)) return probs.map(() => Number.NaN);
  const yLast = lastOfFirstOccurrences(yAt, m);
  const xmax = xAt(m - 1);

  /** Index of the smallest y with y + offset ≥ p, earliest among equals; −1 if none. */
  const smallestReaching = (offset: number, p: number): number => {
    let best = -1;
    let bestY = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const y = yAt(i);
      if (y + offset >= p && y < bestY) {
        best = i;
        bestY = y;
      }
    }
    return best;
  };

  return probs.map((p) => {
    if (p === 0) return firstTime;
    // approx(rule = 1) is NA below its smallest abscissa, tol (= 0 + tol)
    const i1 = p < tol ? -1 : smallestReaching(tol, p);
    const i2 = smallestReaching(-tol, p);
    if (!Number.isNaN(yLast) && Math.abs(p - yLast) < tol && i1 >= 0) return (xAt(i1) + xmax) / 2;
    if (i1 < 0 || i2 < 0) return Number.NaN;
    return (xAt(i1) + xAt(i2)) / 2;
  });
}

/**
 * The last element of the sequence once repeated values are dropped (R: `y[!duplicated(y)]`,
 * then its last element; NaN counts as one value). Walks back over runs of equal values and
 * checks each run's first element against everything before it — for a curve, the first run
 * checked almost always answers.
 */
function lastOfFirstOccurrences(yAt: (i: number) => number, m: number): number {
  const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
  let i = m - 1;
  while (i >= 0) {
    const v = yAt(i);
    let start = i;
    while (start > 0 && same(yAt(start - 1), v)) start--;
    let seen = false;
    for (let j = 0; j < start && !seen; j++) seen = same(yAt(j), v);
    if (!seen) return v;
    i = start - 1;
  }
  return Number.NaN;
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
