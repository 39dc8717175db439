/**
 * Confidence intervals for a binomial proportion x / n, as base R computes them:
 * - `clopper-pearson` (default): the exact interval of `binom.test` — beta quantiles
 *   qbeta(α/2, x, n − x + 1) and qbeta(1 − α/2, x + 1, n − x), with 0 at x = 0 and 1 at x = n;
 * - `wilson`: the score interval of `prop.test(x, n, correct = FALSE)`.
 *
 * Clopper CJ, Pearson ES. Biometrika 1934;26:404–413. Wilson EB. JASA 1927;22:209–212.
 */
import { invalid } from '../shared/domain-error.ts';
import { betaQuantile } from './beta-quantile.ts';
import { normalQuantile } from './normal-quantile.ts';

export type BinomialCiMethod = 'clopper-pearson' | 'wilson';

export interface BinomialCi {
  /** x / n; null when n = 0 (R gives NaN). */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Two-sided interval for x successes in n trials.
 *
 * @example binomialCi(2, 10) // { estimate: 0.2, lower: 0.025210726, upper: 0.556095462 }
 */
export function binomialCi(
  x: number,
  n: number,
  confLevel = 0.95,
  method: BinomialCiMethod = 'clopper-pearson',
): BinomialCi {
  if (!Number.isInteger(n) || n < 0)
    throw invalid('n', 'integer-min-0', 'n must be an integer ≥ 0');
  if (!Number.isInteger(x) || x < 0 || x > n)
    throw invalid('x', 'integer-0-to-n', 'x must be an integer between 0 and n');
  if (!(confLevel > 0 && confLevel < 1))
    throw invalid('confLevel', 'open-unit-interval', 'confLevel must be strictly between 0 and 1');
  if (n === 0) return { estimate: null, lower: null, upper: null };
  const estimate = x / n;
  switch (method) {
    case 'clopper-pearson': {
      const alpha = (1 - confLevel) / 2;
      return {
        estimate,
        lower: x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1),
        upper: x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x),
      };
    }
    case 'wilson': {
      // prop.test's formula (YATES = 0), including its exact 0 / 1 at the edges
      const z = normalQuantile((1 + confLevel) / 2);
      const z22n = (z * z) / (2 * n);
      const half = z * Math.sqrt((estimate * (1 - estimate)) / n + z22n / (2 * n));
      return {
        estimate,
        lower: estimate <= 0 ? 0 : (estimate + z22n - half) / (1 + 2 * z22n),
        upper: estimate >= 1 ? 1 : (estimate + z22n + half) / (1 + 2 * z22n),
      };
    }
    default: {
      const never: never = method;
      return never;
    }
  }
}
