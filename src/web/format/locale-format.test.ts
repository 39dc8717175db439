import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatInstant,
  formatMonth,
  formatNumber,
  formatPercent,
} from './locale-format.ts';

describe('locale formatting', () => {
  it('formats a calendar date in each language without shifting the day', () => {
    expect(formatCalendarDate('2026-11-25', 'en')).toBe('Nov 25, 2026');
    expect(formatCalendarDate('2026-11-25', 'zh-CN')).toBe('2026年11月25日');
    expect(formatCalendarDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
  });

  it('shows a value that is not an ISO date as given', () => {
    expect(formatCalendarDate('2026-11', 'en')).toBe('2026-11');
    expect(formatInstant('yesterday', 'en')).toBe('yesterday');
  });

  it('formats an instant in the given time zone', () => {
    expect(formatInstant('2026-11-25T08:30:00Z', 'en', 'UTC')).toBe('Nov 25, 2026, 8:30 AM');
    expect(formatInstant('2026-11-25T23:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe(
      '2026年11月26日 07:30',
    );
  });

  it('formats proportions and plain numbers', () => {
    expect(formatPercent(0.05, 'en')).toBe('5%');
    expect(formatPercent(0.8, 'zh-CN')).toBe('80%');
    expect(formatNumber(30.4375, 'en')).toBe('30.4375');
    expect(formatNumber(36, 'zh-CN')).toBe('36');
  });

  it('formats a month on a time axis in UTC (the first of the month stays in its month)', () => {
    const march = new Date('2026-03-01T00:00:00Z');
    expect(formatMonth(march, 'en')).toBe('Mar 2026');
    expect(formatMonth(march, 'zh-CN')).toBe('2026年3月');
  });
});
