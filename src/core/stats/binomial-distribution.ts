/**
 * Binomial probabilities for exact designs (Simon two-stage, predictive probability): the whole
 * probability mass function at once, from log-factorials, so that no term underflows early
 * and every entry has ~1e-14 relative accuracy for n in the thousands.
 */

/** log(k!) for k = 0..n. */
export function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) out[k] = (out[k - 1] as number) + Math.log(k);
  return out;
}

/**
 * P(X = x) for x = 0..n, X ~ Binomial(n, p). `logFact` (from {@link logFactorials}) must cover n.
 *
 * @example binomialPmf(2, 0.5) // Float64Array [0.25, 0.5, 0.25]
 */
export function binomialPmf(
  n: number,
  p: number,
  logFact: Float64Array = logFactorials(n),
): Float64Array {
  const out = new Float64Array(n + 1);
  if (p === 0) {
    out[0] = 1;
    return out;
  }
  if (p === 1) {
    out[n] = 1;
    return out;
  }
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const ln = logFact[n] as number;
  for (let x = 0; x <= n; x++)
    out[x] = Math.exp(
      ln - (logFact[x] as number) - (logFact[n - x] as number) + x * lp + (n - x) * lq,
    );
  return out;
}

/**
 * Upper tails P(X ≥ k) for k = 0..n + 1 (the last is 0), summed from the top so that small
 * tails keep their relative accuracy.
 *
 * @example binomialUpperTails(2, 0.5) // Float64Array [1, 0.75, 0.25, 0]
 */
export function binomialUpperTails(pmf: Float64Array): Float64Array {
  const n = pmf.length - 1;
  const out = new Float64Array(n + 2);
  for (let k = n; k >= 0; k--) out[k] = (out[k + 1] as number) + (pmf[k] as number);
  out[0] = 1; // exactly, rather than a sum that may round to 1 ± ε
  return out;
}
