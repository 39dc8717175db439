import { describe, expect, it } from 'vitest';
import { parseInstant, saeReportingClock } from './sae-reporting-clock.ts';

const aware = '2026-11-25T08:30:00Z';

describe('SAE 24-hour reporting clock', () => {
  it('due exactly 24 h after awareness; reported at exactly 24 h is on time', () => {
    const c = saeReportingClock({ awarenessAt: aware, reportedAt: '2026-11-26T08:30:00Z' });
    expect(c).toMatchObject({
      status: 'on-time',
      reported: true,
      dueAt: '2026-11-26T08:30:00.000Z',
      minutesRemaining: 0,
    });
  });
  it('one millisecond late is overdue', () => {
    const c = saeReportingClock({ awarenessAt: aware, reportedAt: '2026-11-26T08:30:00.001Z' });
    expect(c.status).toBe('overdue');
    expect(c.minutesRemaining).toBe(-1);
  });
  it('pending until due, overdue after, minutes rounded down', () => {
    expect(saeReportingClock({ awarenessAt: aware, now: '2026-11-25T20:30:30Z' })).toMatchObject({
      status: 'pending',
      reported: false,
      minutesRemaining: 719, // 11 h 59.5 min left → 719 whole minutes
    });
    expect(saeReportingClock({ awarenessAt: aware, now: '2026-11-26T08:30:00Z' })).toMatchObject({
      status: 'pending',
      minutesRemaining: 0,
    });
    expect(saeReportingClock({ awarenessAt: aware, now: '2026-11-26T09:30:00Z' })).toMatchObject({
      status: 'overdue',
      minutesRemaining: -60,
    });
  });
  it('offsets are honoured: 16:30+08:00 is 08:30Z', () => {
    expect(parseInstant('2026-11-25T16:30:00+08:00')).toBe(parseInstant(aware));
    const c = saeReportingClock({
      awarenessAt: '2026-11-25T16:30:00+08:00',
      reportedAt: '2026-11-26T08:30:00Z',
    });
    expect(c.status).toBe('on-time');
  });
  it('crosses month and year ends and leap days in UTC', () => {
    expect(
      saeReportingClock({ awarenessAt: '2028-02-28T23:00:00Z', now: '2028-02-29T00:00:00Z' }).dueAt,
    ).toBe('2028-02-29T23:00:00.000Z');
    expect(
      saeReportingClock({ awarenessAt: '2026-12-31T12:00:00Z', now: '2026-12-31T12:00:00Z' }).dueAt,
    ).toBe('2027-01-01T12:00:00.000Z');
  });
  it('rejects instants without an offset, impossible times, and reports before awareness', () => {
    expect(() => saeReportingClock({ awarenessAt: '2026-11-25T08:30:00', now: aware })).toThrow(
      /offset/,
    );
    expect(() => saeReportingClock({ awarenessAt: '2026-02-30T08:30:00Z', now: aware })).toThrow();
    expect(() => saeReportingClock({ awarenessAt: '2026-11-25T24:00:00Z', now: aware })).toThrow(
      /no such time/,
    );
    expect(() =>
      saeReportingClock({ awarenessAt: aware, reportedAt: '2026-11-25T08:29:59Z' }),
    ).toThrow(/before/);
    expect(() => saeReportingClock({ awarenessAt: aware })).toThrow(/now/);
  });
});
