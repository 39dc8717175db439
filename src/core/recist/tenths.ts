/**
 * Lengths as integer tenths of a millimetre, so that RECIST thresholds compare exactly.
 *
 * Why: in floating point (23.1 − 33) / 33 is −0.30000000000000004, not −0.30, and
 * (49.8 − 41.5) / 41.5 is 0.19999999999999998, not 0.20; both RECIST thresholds are inclusive
 * (CLINICAL-RULES.md, RECIST 1.1 §4.3.1), so a float comparison misclassifies exactly the
 * boundary cases. Measurements are recorded to 0.1 mm, so integers lose nothing.
 */

/** A length in tenths of a millimetre (an integer). */
export type Tenths = number;

/** True when `mm` is a non-negative finite number with at most one decimal. */
export function isTenthPrecise(mm: number): boolean {
  if (!Number.isFinite(mm) || mm < 0) return false;
  const scaled = mm * 10;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * Millimetres to integer tenths.
 * @example toTenths(23.1) // 231
 */
export function toTenths(mm: number): Tenths {
  return Math.round(mm * 10);
}

/**
 * Tenths back to millimetres (for output).
 * @example toMm(231) // 23.1
 */
export function toMm(t: Tenths): number {
  return t / 10;
}

/**
 * A length as people read it in a reason.
 * @example formatMm(700) // '70.0 mm'
 */
export function formatMm(t: Tenths): string {
  return `${formatTenths(t)} mm`;
}

/**
 * A length's number as a reason parameter (the unit is in the template), one decimal.
 * @example formatTenths(231) // '23.1'
 */
export function formatTenths(t: Tenths): string {
  // Integer formatting: exact, and several times faster than toFixed on this hot path.
  const a = Math.abs(t);
  return `${t < 0 ? '-' : ''}${Math.floor(a / 10)}.${a % 10}`;
}

/**
 * `value ≤ pct % of reference`, exactly, for integer `pct`.
 * @example isAtMostPercentOf(231, 330, 70) // true (23.1 mm is exactly 70 % of 33 mm)
 */
export function isAtMostPercentOf(value: Tenths, reference: Tenths, pct: number): boolean {
  return value * 100 <= reference * pct;
}

/**
 * `value ≥ pct % of reference`, exactly, for integer `pct`.
 * @example isAtLeastPercentOf(498, 415, 120) // true (49.8 mm is exactly 120 % of 41.5 mm)
 */
export function isAtLeastPercentOf(value: Tenths, reference: Tenths, pct: number): boolean {
  return value * 100 >= reference * pct;
}

/**
 * Percent change from `reference` to `value`, rounded half away from zero to one decimal;
 * null when the reference is 0 (no percentage of nothing).
 * @example percentChange(231, 330) // -30
 */
export function percentChange(value: Tenths, reference: Tenths): number | null {
  if (reference === 0) return null;
  const perMille = ((value - reference) * 1000) / reference;
  const rounded = Math.sign(perMille) * Math.round(Math.abs(perMille));
  return rounded / 10 || 0;
}
