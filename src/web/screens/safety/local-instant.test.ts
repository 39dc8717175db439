import { describe, expect, it } from 'vitest';
import {
  localInputValue,
  localInputValueIn,
  withOffset,
  withZone,
  zoneOffsetMinutes,
} from './local-instant.ts';

describe('withOffset', () => {
  it('adds the offset east and west of UTC, with half hours', () => {
    expect(withOffset('2026-11-25T08:30', 480)).toBe('2026-11-25T08:30:00+08:00');
    expect(withOffset('2026-11-25T08:30:15', -300)).toBe('2026-11-25T08:30:15-05:00');
    expect(withOffset('2026-11-25T08:30', 330)).toBe('2026-11-25T08:30:00+05:30');
    expect(withOffset('2026-11-25T08:30', -570)).toBe('2026-11-25T08:30:00-09:30');
    expect(withOffset('2026-11-25T08:30', 0)).toBe('2026-11-25T08:30:00+00:00');
  });

  it('answers null for an empty or partial value', () => {
    expect(withOffset('')).toBeNull();
    expect(withOffset('2026-11-25')).toBeNull();
  });

  it('round-trips through Date in the local zone', () => {
    const d = new Date(2026, 10, 25, 8, 30);
    const s = withOffset(localInputValue(d));
    expect(s).not.toBeNull();
    expect(Date.parse(s as string)).toBe(d.getTime());
  });
});

describe('site time zones', () => {
  it('reads wall-clock time in the site zone, whatever the browser zone', () => {
    expect(withZone('2026-11-25T08:30', 'Asia/Shanghai')).toBe('2026-11-25T08:30:00+08:00');
    expect(withZone('2026-11-25T08:30', 'UTC')).toBe('2026-11-25T08:30:00+00:00');
    expect(withZone('2026-11-25T08:30', 'Asia/Kolkata')).toBe('2026-11-25T08:30:00+05:30');
    expect(withZone('', 'Asia/Shanghai')).toBeNull();
  });

  it('takes the daylight-saving offset in force at that wall time', () => {
    // New York: EDT (−4 h) in July, EST (−5 h) in November; DST ends 2026-11-01 02:00 EDT
    expect(withZone('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
    expect(withZone('2026-11-25T09:00', 'America/New_York')).toBe('2026-11-25T09:00:00-05:00');
    expect(withZone('2026-11-01T00:30', 'America/New_York')).toBe('2026-11-01T00:30:00-04:00');
    expect(withZone('2026-11-01T03:30', 'America/New_York')).toBe('2026-11-01T03:30:00-05:00');
  });

  it('shows an instant as the site wall clock, and round-trips', () => {
    expect(localInputValueIn('2026-11-25T00:30:00Z', 'Asia/Shanghai')).toBe('2026-11-25T08:30');
    expect(localInputValueIn('2026-11-25T18:30:00Z', 'Asia/Shanghai')).toBe('2026-11-26T02:30');
    expect(localInputValueIn('2026-07-01T13:00:00Z', 'America/New_York')).toBe('2026-07-01T09:00');
    const s = withZone('2026-11-26T02:30', 'Asia/Shanghai') as string;
    expect(Date.parse(s)).toBe(Date.parse('2026-11-25T18:30:00Z'));
    expect(zoneOffsetMinutes('Asia/Shanghai', Date.parse(s))).toBe(480);
  });
});
