/**
 * Phase III outlook, ORR: subjects to compare two response rates with the pooled-variance
 * normal approximation (Fleiss, Statistical Methods for Rates and Proportions, 1981, §3.2;
 * the formula of R's power.prop.test for 1:1 and of gsDesign::nBinomial with δ₀ = 0):
 *   n_C = [z_α·√(p̄q̄·(1 + 1/r)) + z_β·√(p_C q_C + p_E q_E / r)]² / (p_E − p_C)²,
 *   p̄ = (p_C + r·p_E)/(1 + r), n_E = r·n_C (r = experimental : control),
 * and, when asked, the continuity correction of Fleiss, Tytun & Ury (1980, Biometrics 36:343):
 *   n_C′ = n_C/4·[1 + √(1 + 2(r + 1)/(r·n_C·|p_E − p_C|))]².
 * Each arm is rounded up on its own.
 */
import { normalQuantile } from '../stats/normal-quantile.ts';
import { ceilCount } from './phase3-sample-size.ts';

export interface ResponseDesign {
  alpha: number;
  sides: 1 | 2;
  power: number;
  controlRate: number;
  experimentalRate: number;
  /** Experimental : control randomisation ratio (1 = 1:1). */
  allocationRatio: number;
  continuityCorrection: boolean;
}

export interface ResponseSampleSize {
  design: ResponseDesign;
  /** Control-arm size before the continuity correction (unrounded). */
  controlUncorrected: number;
  /** Control-arm size as used (corrected when asked), unrounded. */
  controlExact: number;
  control: number;
  experimental: number;
  total: number;
}

/**
 * @example responseSampleSize({ alpha: 0.05, sides: 2, power: 0.9, controlRate: 0.5,
 *   experimentalRate: 0.75, allocationRatio: 1, continuityCorrection: false }).control // 77
 */
export function responseSampleSize(d: ResponseDesign): ResponseSampleSize {
  const { controlRate: pc, experimentalRate: pe, allocationRatio: r } = d;
  if (!(pc > 0 && pc < 1 && pe > 0 && pe < 1)) throw new RangeError('rates must be in (0, 1)');
  if (pc === pe) throw new RangeError('the two response rates must differ');
  if (!(r > 0)) throw new RangeError('allocation ratio must be > 0');
  const za = normalQuantile(1 - d.alpha / d.sides);
  const zb = normalQuantile(d.power);
  const pbar = (pc + r * pe) / (1 + r);
  const delta = Math.abs(pe - pc);
  const n =
    (za * Math.sqrt(pbar * (1 - pbar) * (1 + 1 / r)) +
      zb * Math.sqrt(pc * (1 - pc) + (pe * (1 - pe)) / r)) **
      2 /
    delta ** 2;
  const nc = d.continuityCorrection
    ? (n / 4) * (1 + Math.sqrt(1 + (2 * (r + 1)) / (r * n * delta))) ** 2
    : n;
  const control = ceilCount(nc);
  const experimental = ceilCount(r * nc);
  return {
    design: d,
    controlUncorrected: n,
    controlExact: nc,
    control,
    experimental,
    total: control + experimental,
  };
}
