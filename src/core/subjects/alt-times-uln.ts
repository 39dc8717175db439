/**
 * ALT against a multiple of the upper limit of normal, exactly. "ALT > 2 × ULN" decides
 * eligibility (leflunomide label: baseline ALT > 2 × ULN is ineligible, 2 × ULN itself is
 * eligible) and triggers weekly liver tests. Thresholds are protocol parameters and may be
 * decimals (1.5, 2.3…), where binary floating point misplaces the boundary (2.3 × 3 is
 * 6.8999999999999995 in doubles), so values are compared as exact decimal fractions.
 */
import { div, formatRatio, gt, mul, ratio } from '../safety/exact-ratio.ts';

/**
 * True when `value` > `times` × `uln`, compared at the decimals written.
 * @example altAboveTimesUln(80, 40, 2) // false (exactly 2 × ULN is not above)
 * @example altAboveTimesUln(80.1, 40, 2) // true
 */
export function altAboveTimesUln(value: number, uln: number, times: number): boolean {
  return gt(ratio(value), mul(ratio(times), ratio(uln)));
}

/**
 * The result as a multiple of ULN, two decimals, for reasons shown to people.
 * @example altTimesUlnText(81, 40) // '2.03'
 */
export function altTimesUlnText(value: number, uln: number): string {
  return formatRatio(div(ratio(value), ratio(uln)), 2);
}

/**
 * The result as a multiple of ULN, for reasons shown to people.
 * @example describeAlt(81, 40) // 'ALT 81 = 2.03 × ULN (ULN 40)'
 */
export function describeAlt(value: number, uln: number): string {
  return `ALT ${value} = ${altTimesUlnText(value, uln)} × ULN (ULN ${uln})`;
}
