/**
 * Quantile of the Beta(a, b) distribution (R's `qbeta`): the x with I_x(a, b) = p.
 *
 * Newton's method on the CDF inside a bracket that every evaluation tightens; a Newton step
 * that would leave the bracket becomes a bisection, so it always converges. The equation is
 * solved in the tail that p lies in (lower tail for p ≤ ½, upper tail otherwise), which keeps
 * relative accuracy for quantiles near 0 and near 1 alike. Verified against R to 1e-10.
 */
import { betaDensity, incompleteBeta } from './incomplete-beta.ts';
import { logBeta } from './log-gamma.ts';

const MAX_ITERATIONS = 400;

/**
 * x such that P(X ≤ x) = p for X ~ Beta(a, b).
 *
 * @example betaQuantile(0.025, 1, 10) // 0.0025285785444617803 (R: qbeta(0.025, 1, 10))
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const useLower = p <= 0.5;
  const target = useLower ? p : 1 - p;
  // f(x) increases with x in both cases: lower tail − p, or (1 − p) − upper tail
  const f = (x: number): number => {
    const t = incompleteBeta(x, a, b);
    return useLower ? t.lower - target : target - t.upper;
  };

  let lo = 0;
  let hi = 1;
  let x = initialGuess(useLower, target, a, b);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) lo = x;
    else hi = x;
    const density = betaDensity(x, a, b);
    let next = density > 0 ? x - fx / density : Number.NaN;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    if (Math.abs(next - x) <= 1e-15 * next || hi - lo <= 1e-16 * hi) return next;
    x = next;
  }
  return x;
}

/**
 * Start near the answer: the tail expansions I_x(a, b) ≈ x^a / (a B(a, b)) for small x and
 * 1 − I_x(a, b) ≈ (1 − x)^b / (b B(a, b)) for x near 1; the mean if they fall outside (0, 1).
 */
function initialGuess(useLower: boolean, target: number, a: number, b: number): number {
  const lb = logBeta(a, b);
  const guess = useLower
    ? Math.exp((Math.log(target) + Math.log(a) + lb) / a)
    : 1 - Math.exp((Math.log(target) + Math.log(b) + lb) / b);
  return guess > 0 && guess < 1 ? guess : a / (a + b);
}
