/**
 * Decimal numbers kept as the text a person wrote (lab values, reference ranges), compared
 * exactly through the exact-ratio arithmetic of the safety core.
 */
import { compare, ratio } from '../safety/exact-ratio.ts';

/** @example isDecimalText('41.50') // true; isDecimalText('4e1') // false */
export function isDecimalText(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text.trim());
}

/** @example compareDecimals('80.0', '80') // 0 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  return compare(ratio(a), ratio(b));
}
