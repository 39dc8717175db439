import { describe, expect, it } from 'vitest';
import { AT_RISK_MINUTES, saeClockDisplay } from './sae-clock-display.ts';

const due = '2026-11-26T08:00:00Z';
const unreported = { reported: false, status: 'pending' as const, dueAt: due, minutesRemaining: 0 };
const at = (iso: string) => Date.parse(iso);

describe('saeClockDisplay', () => {
  it('counts down an unreported SAE: pending, at risk in the last 6 h, overdue after due', () => {
    expect(saeClockDisplay(unreported, at('2026-11-25T08:00:00Z'))).toEqual({
      kind: 'pending',
      minutes: 1440,
    });
    expect(saeClockDisplay(unreported, at('2026-11-26T02:00:00Z'))).toEqual({
      kind: 'pending',
      minutes: AT_RISK_MINUTES,
    });
    expect(saeClockDisplay(unreported, at('2026-11-26T02:00:01Z'))).toEqual({
      kind: 'at-risk',
      minutes: 359,
    });
    // exactly at due is still on time (the core: reported at due is on time)
    expect(saeClockDisplay(unreported, at(due))).toEqual({ kind: 'at-risk', minutes: 0 });
    expect(saeClockDisplay(unreported, at('2026-11-26T08:00:01Z'))).toEqual({
      kind: 'overdue',
      minutes: 1,
    });
    expect(saeClockDisplay(unreported, at('2026-11-26T10:30:00Z'))).toEqual({
      kind: 'overdue',
      minutes: 150,
    });
  });

  it('takes a reported SAE as the server scored it, whatever the time now', () => {
    const now = at('2026-12-31T00:00:00Z');
    expect(
      saeClockDisplay({ reported: true, status: 'on-time', dueAt: due, minutesRemaining: 90 }, now),
    ).toEqual({ kind: 'reported-on-time', minutes: 90 });
    expect(
      saeClockDisplay(
        { reported: true, status: 'overdue', dueAt: due, minutesRemaining: -61 },
        now,
      ),
    ).toEqual({ kind: 'reported-late', minutes: 61 });
  });
});
