import { describe, expect, it } from 'vitest';
import { localInputValue, withOffset } from './local-instant.ts';

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
