import { describe, expect, it } from 'vitest';
import { ageInYears } from './age-in-years.ts';

describe('age in completed years', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageInYears('2007-03-15', '2025-03-14')).toBe(17);
    expect(ageInYears('2007-03-15', '2025-03-15')).toBe(18);
    expect(ageInYears('2007-12-31', '2025-12-31')).toBe(18);
    expect(ageInYears('2008-01-01', '2025-12-31')).toBe(17);
  });

  it('29 February birthdays: 28 February is not yet, 1 March is (common years)', () => {
    expect(ageInYears('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageInYears('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageInYears('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('refuses a non-date', () => {
    expect(() => ageInYears('2007-02-30', '2025-01-01')).toThrow(RangeError);
  });
});
