import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compare,
  div,
  formatRatio,
  ge,
  gt,
  mul,
  plainRatio,
  ratio,
  toNumber,
} from './exact-ratio.ts';

describe('exact ratios', () => {
  it('reads the decimal that was written, not the binary double', () => {
    expect(ratio(0.1)).toEqual({ num: 1n, den: 10n });
    expect(ratio('17.1')).toEqual({ num: 171n, den: 10n });
    expect(ratio(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(ratio(1.5e21)).toEqual({ num: 1500000000000000000000n, den: 1n });
    expect(ratio(-2.5)).toEqual({ num: -25n, den: 10n });
    expect(() => ratio(Number.NaN)).toThrow(/finite/);
    expect(() => ratio('1,5')).toThrow(/decimal/);
  });

  it('compares exactly where floating point fails', () => {
    // 3 * 0.1 === 0.30000000000000004 in floating point
    expect(3 * 0.1 > 0.3).toBe(true);
    expect(compare(mul(ratio(3), ratio(0.1)), ratio(0.3))).toBe(0);
    // 1.2 / 0.4 === 2.9999999999999996 in floating point
    expect(1.2 / 0.4 < 3).toBe(true);
    expect(compare(div(ratio(1.2), ratio(0.4)), ratio(3))).toBe(0);
    expect(gt(ratio(0.30000000000000004), mul(ratio(3), ratio(0.1)))).toBe(true);
    expect(ge(ratio(0.3), mul(ratio(3), ratio(0.1)))).toBe(true);
  });

  it('agrees with integer comparison on integers', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        expect(compare(ratio(a), ratio(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('divides by negatives and refuses zero', () => {
    expect(compare(div(ratio(1), ratio(-2)), ratio(-0.5))).toBe(0);
    expect(() => div(ratio(1), ratio(0))).toThrow(/zero/);
  });

  it('formats for people', () => {
    expect(formatRatio(div(ratio(130), ratio(40)), 2)).toBe('3.25');
    expect(formatRatio(div(ratio(1), ratio(3)), 2)).toBe('0.33');
    expect(formatRatio(div(ratio(2), ratio(3)), 2)).toBe('0.67');
    expect(formatRatio(ratio(-0.125), 2)).toBe('-0.13');
    expect(formatRatio(ratio(0.005), 2)).toBe('0.01');
    expect(plainRatio(ratio('2.50'))).toBe('2.5');
    expect(plainRatio(mul(ratio(2), ratio('17.1')))).toBe('34.2');
    expect(plainRatio(div(ratio(1), ratio(3)))).toBe('0.3333');
    expect(toNumber(ratio('88.4'))).toBe(88.4);
  });
});
