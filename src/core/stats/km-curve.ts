/**
 * The Kaplan–Meier product-limit estimate as R `survival::survfit` (3.x, C routine
 * `survfitkm`) computes it, on columns of typed arrays so that a million subjects take
 * milliseconds:
 * - one row per distinct time, events or censorings;
 * - at a tied time events come before censorings: the censored are still at risk;
 * - S(t) = ∏ (n − d)/n over event times, multiplied in time order as R does;
 * - Greenwood: var(log S) accumulates d / (n (n − d)); `seLog` is its square root (R's
 *   `fit$std.err`), infinite once S reaches 0;
 * - `timefix` (R's default, `aeqSurv`): distinct times closer than √ε (absolutely, or relative
 *   to the mean |time|) are one time, represented by the smallest of them.
 *
 * Sorting: event and censoring times are copied into two Float64Arrays and sorted natively,
 * then merged — no index permutation, no comparator calls.
 */

/** Column-wise curve; every array has `length` entries. */
export interface KmCurve {
  /** Subjects. */
  n: number;
  /** Total events. */
  events: number;
  length: number;
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  nCensor: Float64Array;
  survival: Float64Array;
  /** Standard error of log S (Greenwood). */
  seLog: Float64Array;
}

/** R's `aeqSurv` tolerance, sqrt(.Machine$double.eps). */
export const TIME_TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * Kaplan–Meier curve of right-censored data. `status` is 1 for an event, 0 for censored.
 * Inputs must be finite and of equal length (checked by the caller: see `kaplanMeier`).
 *
 * @example
 * const c = estimateKmCurve([3, 1, 2, 2], [1, 1, 0, 1]);
 * // c.time = [1, 2, 3], c.nRisk = [4, 3, 1], c.survival = [0.75, 0.5, 0]
 */
export function estimateKmCurve(
  time: ArrayLike<number>,
  status: ArrayLike<number>,
  options: { timefix?: boolean } = {},
): KmCurve {
  const n = time.length;
  let events = 0;
  for (let i = 0; i < n; i++) if (status[i] === 1) events++;
  const eventTimes = new Float64Array(events);
  const censorTimes = new Float64Array(n - events);
  for (let i = 0, e = 0, c = 0; i < n; i++) {
    if (status[i] === 1) eventTimes[e++] = time[i] as number;
    else censorTimes[c++] = time[i] as number;
  }
  eventTimes.sort();
  censorTimes.sort();

  // merge into distinct times with their event and censoring counts
  const t = new Float64Array(n);
  const d = new Float64Array(n);
  const c = new Float64Array(n);
  let m = 0;
  let ie = 0;
  let ic = 0;
  const ne = eventTimes.length;
  const nc = censorTimes.length;
  while (ie < ne || ic < nc) {
    const te = ie < ne ? (eventTimes[ie] as number) : Number.POSITIVE_INFINITY;
    const tc = ic < nc ? (censorTimes[ic] as number) : Number.POSITIVE_INFINITY;
    const now = Math.min(te, tc);
    let de = 0;
    while (ie < ne && eventTimes[ie] === now) {
      de++;
      ie++;
    }
    let dc = 0;
    while (ic < nc && censorTimes[ic] === now) {
      dc++;
      ic++;
    }
    t[m] = now;
    d[m] = de;
    c[m] = dc;
    m++;
  }

  if (options.timefix !== false && m > 1) m = mergeNearTies(t, d, c, m);

  const nRisk = new Float64Array(m);
  const survival = new Float64Array(m);
  const seLog = new Float64Array(m);
  let atRisk = n;
  let km = 1;
  let v = 0;
  for (let k = 0; k < m; k++) {
    const dk = d[k] as number;
    nRisk[k] = atRisk;
    if (dk > 0) {
      km *= (atRisk - dk) / atRisk;
      v += dk / (atRisk * (atRisk - dk)); // Greenwood; infinite when all at risk die
    }
    survival[k] = km;
    seLog[k] = Math.sqrt(v);
    atRisk -= dk + (c[k] as number);
  }
  return {
    n,
    events,
    length: m,
    time: t.subarray(0, m),
    nRisk,
    nEvent: d.subarray(0, m),
    nCensor: c.subarray(0, m),
    survival,
    seLog,
  };
}

/**
 * R's `aeqSurv`: consecutive distinct times whose gap is ≤ √ε, or ≤ √ε × mean |time|, are one
 * time (the first of the run). Compacts the arrays in place; returns the new length.
 */
function mergeNearTies(t: Float64Array, d: Float64Array, c: Float64Array, m: number): number {
  let sumAbs = 0;
  for (let k = 0; k < m; k++) sumAbs += Math.abs(t[k] as number);
  const meanAbs = sumAbs / m;
  let w = 0;
  for (let k = 1; k < m; k++) {
    const dy = (t[k] as number) - (t[k - 1] as number);
    const tied = dy <= TIME_TOLERANCE || dy / meanAbs <= TIME_TOLERANCE;
    if (tied) {
      d[w] = (d[w] as number) + (d[k] as number);
      c[w] = (c[w] as number) + (c[k] as number);
    } else {
      w++;
      t[w] = t[k] as number;
      d[w] = d[k] as number;
      c[w] = c[k] as number;
    }
  }
  return w + 1;
}
