/**
 * Simon's two-stage designs for single-arm phase II trials (Simon R. Optimal two-stage designs
 * for phase II clinical trials. Control Clin Trials 1989;10:1–10).
 *
 * Stage 1 treats n1 patients; stop for futility if responses ≤ r1. Otherwise treat n − n1 more;
 * reject H0 (p ≤ p0) if total responses > r. Constraints: P(reject | p0) ≤ α and
 * P(reject | p1) ≥ 1 − β. Optimal = smallest expected size under p0 (EN0); minimax = smallest
 * n, then smallest EN0.
 *
 * Exhaustive exact-binomial search over n ≤ nmax, n1 < n, r1 < n1. For each (n, n1) the smallest
 * admissible r is tracked with two pointers: the type I error falls as r1 or r grows, so the
 * smallest r that keeps α ≤ alpha never increases with r1 — each (n, n1) costs O(n · n1) instead
 * of a search per r1. Only that smallest r matters: a larger r has the same EN0 and less power.
 */
import { invalid } from '../shared/domain-error.ts';
import { binomialPmf, binomialUpperTails, logFactorials } from './binomial-distribution.ts';

export interface SimonDesignInput {
  p0: number;
  p1: number;
  alpha: number;
  beta: number;
  /** Largest total sample size searched (default 150). */
  nmax?: number;
}

export interface SimonDesign {
  r1: number;
  n1: number;
  r: number;
  n: number;
  /** Expected sample size under p0. */
  expectedSizeH0: number;
  /** Probability of early termination under p0. */
  petH0: number;
  /** Actual type I error P(reject H0 | p0). */
  alpha: number;
  /** Actual power P(reject H0 | p1). */
  power: number;
}

export interface SimonDesigns {
  optimal: SimonDesign | null;
  minimax: SimonDesign | null;
}

const MAX_NMAX = 1000;

interface Candidate {
  r1: number;
  n1: number;
  r: number;
  n: number;
  en0: number;
}

/** Operating characteristics of a given design (r1/n1, r/n) at response rates p0 and p1. */
export function simonOperatingCharacteristics(
  design: { r1: number; n1: number; r: number; n: number },
  p0: number,
  p1: number,
): SimonDesign {
  const { r1, n1, r, n } = design;
  const lf = logFactorials(n);
  const reject = (p: number): number => {
    const pmf1 = binomialPmf(n1, p, lf);
    const tail2 = binomialUpperTails(binomialPmf(n - n1, p, lf));
    return rejectionProbability(pmf1, tail2, r1, r);
  };
  const petH0 = cdf(binomialPmf(n1, p0, lf), r1);
  return {
    r1,
    n1,
    r,
    n,
    expectedSizeH0: n1 + (1 - petH0) * (n - n1),
    petH0,
    alpha: reject(p0),
    power: reject(p1),
  };
}

/**
 * Optimal and minimax designs; null when no design with n ≤ nmax meets α and β.
 *
 * @example
 * const d = simonTwoStage({ p0: 0.1, p1: 0.3, alpha: 0.05, beta: 0.2 });
 * // d.optimal: r1 1, n1 10, r 5, n 29 (EN0 15.0, PET0 0.736); d.minimax: 1/15, 5/25
 */
export function simonTwoStage(input: SimonDesignInput): SimonDesigns {
  const { p0, p1, alpha, beta } = input;
  const nmax = input.nmax ?? 150;
  checkInput(input, nmax);
  const lf = logFactorials(nmax);
  const pmf0: Float64Array[] = [];
  const pmf1: Float64Array[] = [];
  const cdf0: Float64Array[] = [];
  const tail0: Float64Array[] = [];
  const tail1: Float64Array[] = [];
  for (let k = 0; k <= nmax; k++) {
    const a = binomialPmf(k, p0, lf);
    const b = binomialPmf(k, p1, lf);
    pmf0.push(a);
    pmf1.push(b);
    tail0.push(binomialUpperTails(a));
    tail1.push(binomialUpperTails(b));
    const c = new Float64Array(k + 1);
    let s = 0;
    for (let x = 0; x <= k; x++) c[x] = s += a[x] as number;
    cdf0.push(c);
  }

  let optimal: Candidate | null = null;
  let minimax: Candidate | null = null;
  const targetPower = 1 - beta;
  for (let n = 2; n <= nmax; n++) {
    for (let n1 = 1; n1 < n; n1++) {
      const n2 = n - n1;
      const a1 = pmf0[n1] as Float64Array;
      const b1 = pmf1[n1] as Float64Array;
      const t0 = tail0[n2] as Float64Array;
      const t1 = tail1[n2] as Float64Array;
      const c0 = cdf0[n1] as Float64Array;
      let r = 0;
      while (r < n && rejectionProbability(a1, t0, 0, r) > alpha) r++;
      for (let r1 = 0; r1 < n1; r1++) {
        if (r < r1) r = r1;
        while (r - 1 >= r1 && rejectionProbability(a1, t0, r1, r - 1) <= alpha) r--;
        if (r >= n) continue; // α met only by never rejecting
        if (rejectionProbability(b1, t1, r1, r) < targetPower) continue;
        const en0 = n1 + (1 - (c0[r1] as number)) * n2;
        const candidate = { r1, n1, r, n, en0 };
        if (optimal === null || en0 < optimal.en0 - 1e-12) optimal = candidate;
        if (minimax === null || n < minimax.n || (n === minimax.n && en0 < minimax.en0 - 1e-12))
          minimax = candidate;
      }
    }
  }
  const describe = (d: Candidate | null) =>
    d === null ? null : simonOperatingCharacteristics(d, p0, p1);
  return { optimal: describe(optimal), minimax: describe(minimax) };
}

/** P(X1 > r1 and X1 + X2 > r) = Σ_{x1 = r1+1}^{n1} P(X1 = x1) · P(X2 ≥ r − x1 + 1). */
function rejectionProbability(
  pmf1: Float64Array,
  tail2: Float64Array,
  r1: number,
  r: number,
): number {
  const n1 = pmf1.length - 1;
  const n2 = tail2.length - 2;
  let s = 0;
  for (let x1 = r1 + 1; x1 <= n1; x1++) {
    const need = r - x1 + 1;
    const t = need <= 0 ? 1 : need > n2 ? 0 : (tail2[need] as number);
    s += (pmf1[x1] as number) * t;
  }
  return s;
}

function cdf(pmf: Float64Array, upTo: number): number {
  let s = 0;
  for (let x = 0; x <= upTo && x < pmf.length; x++) s += pmf[x] as number;
  return s;
}

function checkInput(input: SimonDesignInput, nmax: number): void {
  const unit = (v: number) => v > 0 && v < 1;
  if (!unit(input.p0))
    throw invalid('p0', 'open-unit-interval', 'p0 must be strictly between 0 and 1');
  if (!unit(input.p1))
    throw invalid('p1', 'open-unit-interval', 'p1 must be strictly between 0 and 1');
  if (!(input.p1 > input.p0)) throw invalid('p1', 'greater-than-p0', 'p1 must be greater than p0');
  if (!unit(input.alpha))
    throw invalid('alpha', 'open-unit-interval', 'alpha must be strictly between 0 and 1');
  if (!unit(input.beta))
    throw invalid('beta', 'open-unit-interval', 'beta must be strictly between 0 and 1');
  if (!Number.isInteger(nmax) || nmax < 2 || nmax > MAX_NMAX)
    throw invalid('nmax', 'integer-2-to-1000', `nmax must be an integer from 2 to ${MAX_NMAX}`);
}
