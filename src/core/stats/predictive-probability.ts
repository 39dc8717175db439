/**
 * Bayesian predictive probability monitoring for single-arm phase II trials (Lee JJ, Liu DD.
 * A predictive probability design for phase II cancer clinical trials. Clin Trials
 * 2008;5:93–106).
 *
 * With a Beta(a, b) prior on the response rate p and x responses in n patients, the m = nmax − n
 * future responses Y follow a beta-binomial law. The trial "succeeds" at nmax if
 * P(p > p0 | x + Y responses in nmax) > θT. The predictive probability is
 * PP = Σ_y P(Y = y | x) · 1[P(p > p0 | x + y) > θT]. Stop for futility when PP < θL, for
 * efficacy when PP > θU.
 */
import { invalid } from '../shared/domain-error.ts';
import { logFactorials } from './binomial-distribution.ts';
import { incompleteBeta } from './incomplete-beta.ts';
import { logBeta } from './log-gamma.ts';

export interface PredictiveProbabilityInput {
  x: number;
  n: number;
  nmax: number;
  priorA: number;
  priorB: number;
  p0: number;
  thetaT: number;
}

/** Posterior P(p > p0) with a Beta(a, b) prior after x responses in n. */
export function posteriorProbabilityAbove(
  p0: number,
  a: number,
  b: number,
  x: number,
  n: number,
): number {
  return incompleteBeta(p0, a + x, b + n - x).upper;
}

/**
 * Predictive probability of success at the final analysis.
 *
 * @example
 * // Lee & Liu 2008, §2 example: 16 responses in 23, nmax 40, Beta(0.6, 0.4), p0 0.6, θT 0.9
 * predictiveProbability({ x: 16, n: 23, nmax: 40, priorA: 0.6, priorB: 0.4, p0: 0.6, thetaT: 0.9 })
 * // 0.5655… (the paper reports 0.5656)
 */
export function predictiveProbability(input: PredictiveProbabilityInput): number {
  checkInput(input);
  const { x, n, nmax, priorA: a, priorB: b, p0, thetaT } = input;
  const m = nmax - n;
  const lf = logFactorials(m);
  const a1 = a + x;
  const b1 = b + n - x;
  const lbPost = logBeta(a1, b1);
  let pp = 0;
  for (let y = 0; y <= m; y++) {
    if (posteriorProbabilityAbove(p0, a, b, x + y, nmax) <= thetaT) continue;
    // beta-binomial: C(m, y) B(a1 + y, b1 + m − y) / B(a1, b1)
    const logP =
      (lf[m] as number) -
      (lf[y] as number) -
      (lf[m - y] as number) +
      logBeta(a1 + y, b1 + m - y) -
      lbPost;
    pp += Math.exp(logP);
  }
  return Math.min(pp, 1);
}

export interface PredictiveBoundary {
  /** Patients evaluated at this look. */
  n: number;
  /** Stop for futility if responses ≤ this (PP < θL); null if no count stops. */
  futilityAtMost: number | null;
  /** Stop for efficacy if responses ≥ this (PP > θU); null if no count stops. */
  efficacyAtLeast: number | null;
}

/**
 * Stopping boundaries at each look n = firstLook..nmax (Lee & Liu 2008, Table 2 layout).
 *
 * @example
 * predictiveBoundaries({ nmax: 40, priorA: 0.6, priorB: 0.4, p0: 0.6, thetaT: 0.9, thetaL: 0.001, thetaU: 1 })
 */
export function predictiveBoundaries(input: {
  nmax: number;
  priorA: number;
  priorB: number;
  p0: number;
  thetaT: number;
  thetaL: number;
  thetaU?: number;
  firstLook?: number;
}): PredictiveBoundary[] {
  const thetaU = input.thetaU ?? 1;
  const first = input.firstLook ?? 1;
  if (!(input.thetaL >= 0 && input.thetaL <= 1))
    throw invalid('thetaL', 'unit-interval', 'thetaL must be between 0 and 1');
  if (!(thetaU >= 0 && thetaU <= 1))
    throw invalid('thetaU', 'unit-interval', 'thetaU must be between 0 and 1');
  if (!Number.isInteger(first) || first < 1 || first > input.nmax)
    throw invalid('firstLook', 'integer-1-to-nmax', 'firstLook must be an integer from 1 to nmax');
  const out: PredictiveBoundary[] = [];
  for (let n = first; n <= input.nmax; n++) {
    let futilityAtMost: number | null = null;
    let efficacyAtLeast: number | null = null;
    for (let x = 0; x <= n; x++) {
      const pp = predictiveProbability({ ...input, x, n });
      if (pp < input.thetaL) futilityAtMost = x;
      if (efficacyAtLeast === null && pp > thetaU) efficacyAtLeast = x;
    }
    out.push({ n, futilityAtMost, efficacyAtLeast });
  }
  return out;
}

function checkInput(i: PredictiveProbabilityInput): void {
  if (!Number.isInteger(i.nmax) || i.nmax < 1)
    throw invalid('nmax', 'integer-min-1', 'nmax must be an integer ≥ 1');
  if (!Number.isInteger(i.n) || i.n < 0 || i.n > i.nmax)
    throw invalid('n', 'integer-0-to-nmax', 'n must be an integer between 0 and nmax');
  if (!Number.isInteger(i.x) || i.x < 0 || i.x > i.n)
    throw invalid('x', 'integer-0-to-n', 'x must be an integer between 0 and n');
  if (!(i.priorA > 0)) throw invalid('priorA', 'positive', 'priorA must be > 0');
  if (!(i.priorB > 0)) throw invalid('priorB', 'positive', 'priorB must be > 0');
  if (!(i.p0 > 0 && i.p0 < 1))
    throw invalid('p0', 'open-unit-interval', 'p0 must be strictly between 0 and 1');
  if (!(i.thetaT > 0 && i.thetaT < 1))
    throw invalid('thetaT', 'open-unit-interval', 'thetaT must be strictly between 0 and 1');
}
