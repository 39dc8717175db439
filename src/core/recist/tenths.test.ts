import { describe, expect, it } from 'vitest';
import {
  isAtLeastPercentOf,
  isAtMostPercentOf,
  isTenthPrecise,
  percentChange,
  toTenths,
} from './tenths.ts';

describe('tenths of a millimetre', () => {
  it('floating point gets both RECIST boundary cases wrong; tenths get them right', () => {
    // The traps named in CLINICAL-RULES.md: these are why the engine compares integers.
    expect((23.1 - 33) / 33).not.toBe(-0.3);
    expect((49.8 - 41.5) / 41.5).not.toBe(0.2);
    expect(isAtMostPercentOf(toTenths(23.1), toTenths(33), 70)).toBe(true);
    expect(isAtLeastPercentOf(toTenths(49.8), toTenths(41.5), 120)).toBe(true);
  });

  it('one tenth off either boundary flips the answer', () => {
    expect(isAtMostPercentOf(232, 330, 70)).toBe(false);
    expect(isAtLeastPercentOf(497, 415, 120)).toBe(false);
  });

  it('accepts one decimal and refuses more', () => {
    expect(isTenthPrecise(23.1)).toBe(true);
    expect(isTenthPrecise(0.3)).toBe(true);
    expect(isTenthPrecise(23.15)).toBe(false);
    expect(isTenthPrecise(-1)).toBe(false);
  });

  it('rounds percent change half away from zero to one decimal; null from 0', () => {
    expect(percentChange(231, 330)).toBe(-30);
    expect(percentChange(170, 330)).toBe(-48.5); // −48.48… %
    expect(percentChange(1, 8)).toBe(-87.5);
    expect(percentChange(3, 2000)).toBe(-99.9); // −99.85 → −99.9, away from zero
    expect(percentChange(5, 0)).toBeNull();
    expect(Object.is(percentChange(330, 330), 0)).toBe(true);
  });
});
