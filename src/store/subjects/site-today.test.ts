import { describe, expect, it } from 'vitest';
import { dateAt, wallClockAt } from './site-today.ts';

describe('site clock', () => {
  it('gives the calendar date at the site, across midnight UTC', () => {
    expect(dateAt('2026-03-01T20:00:00Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(dateAt('2026-03-01T15:59:59Z', 'Asia/Shanghai')).toBe('2026-03-01');
    expect(dateAt('2026-03-01T16:00:00Z', 'Asia/Shanghai')).toBe('2026-03-02');
  });

  it('gives the wall-clock minute at the site, 24-hour, including midnight and DST', () => {
    expect(wallClockAt('2026-03-02T00:30:00Z', 'Asia/Shanghai')).toBe('2026-03-02 08:30');
    expect(wallClockAt('2026-03-01T16:00:00Z', 'Asia/Shanghai')).toBe('2026-03-02 00:00');
    expect(wallClockAt('2026-03-02T07:00:00Z', 'UTC')).toBe('2026-03-02 07:00');
    // Europe/London moved to BST (UTC+1) at 01:00 UTC on 29 March 2026
    expect(wallClockAt('2026-03-29T00:59:00Z', 'Europe/London')).toBe('2026-03-29 00:59');
    expect(wallClockAt('2026-03-29T01:00:00Z', 'Europe/London')).toBe('2026-03-29 02:00');
  });
});
