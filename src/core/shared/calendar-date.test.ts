import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfStudyDay,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  studyDay,
} from './calendar-date.ts';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
  });
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    fc.assert(
      fc.property(
        fc.integer({ min: -200000, max: 200000 }),
        (n) => dayNumber(fromDayNumber(n)) === n,
      ),
    );
  });
  it('adds days across month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('has no study day 0 (SDTMIG 4.4.4)', () => {
    expect(studyDay('2025-01-01', '2025-01-01')).toBe(1);
    expect(studyDay('2025-01-01', '2024-12-31')).toBe(-1);
    expect(dateOfStudyDay('2025-01-01', 57)).toBe('2025-02-26');
    expect(dateOfStudyDay('2025-01-01', -28)).toBe('2024-12-04');
    expect(() => dateOfStudyDay('2025-01-01', 0)).toThrow(/day 0/);
  });
});
