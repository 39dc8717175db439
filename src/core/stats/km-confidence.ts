/**
 * Pointwise confidence limits of a Kaplan–Meier curve, exactly as R's `survfit_confint`
 * (survival 3.x) computes them from S and the standard error of log S:
 * - `log` (R's default): S·exp(±z·se), the upper limit capped at 1; undefined (NaN) where S = 0;
 * - `log-log`: exp(−exp(log(−log S) ∓ z·se / log S)); undefined where S = 0 or S = 1;
 * - `plain`: S ± z·se·S, clipped to [0, 1].
 * z = Φ⁻¹(1 − (1 − level)/2). NaN marks what R reports as NA/NaN.
 */
import { normalQuantile } from './normal-quantile.ts';

export const KM_CONF_TYPES = ['log', 'log-log', 'plain'] as const;
export type KmConfType = (typeof KM_CONF_TYPES)[number];

/**
 * Lower and upper limits for every point of a curve.
 *
 * @example
 * kmConfidenceBand(new Float64Array([0.8]), new Float64Array([0.2]), 'log', 0.95)
 * // lower ≈ [0.5405], upper = [1]  (0.8·e^{0.392} > 1 is capped)
 */
export function kmConfidenceBand(
  survival: Float64Array,
  seLog: Float64Array,
  confType: KmConfType,
  confLevel: number,
): { lower: Float64Array; upper: Float64Array } {
  const z = normalQuantile(1 - (1 - confLevel) / 2);
  const m = survival.length;
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  switch (confType) {
    case 'log':
      for (let i = 0; i < m; i++) {
        const p = survival[i] as number;
        const xx = p === 0 ? Number.NaN : p;
        const se2 = z * (seLog[i] as number);
        lower[i] = Math.exp(Math.log(xx) - se2);
        upper[i] = Math.min(Math.exp(Math.log(xx) + se2), 1); // NaN stays NaN
      }
      break;
    case 'log-log':
      for (let i = 0; i < m; i++) {
        const p = survival[i] as number;
        const xx = p === 0 || p === 1 ? Number.NaN : p;
        const se2 = (z * (seLog[i] as number)) / Math.log(xx);
        const ll = Math.log(-Math.log(xx));
        lower[i] = Math.exp(-Math.exp(ll - se2));
        upper[i] = Math.exp(-Math.exp(ll + se2));
      }
      break;
    case 'plain':
      for (let i = 0; i < m; i++) {
        const p = survival[i] as number;
        const se2 = (seLog[i] as number) * p * z; // Inf·0 = NaN where S = 0, as in R
        lower[i] = Math.max(p - se2, 0);
        upper[i] = Math.min(p + se2, 1);
      }
      break;
    default: {
      const never: never = confType;
      return never;
    }
  }
  return { lower, upper };
}
