/**
 * What the screen says about a serious AE's 24 h reporting clock (ICH E2A: report to the
 * sponsor within 24 h of the site's awareness; the server's clock is
 * core/safety/sae-reporting-clock.ts). Reported: on time or late, as the server decided.
 * Not reported: counted down from the due instant against the browser clock while the screen
 * stays open — `overdue` past due, `at-risk` in the last quarter of the window (under 6 h
 * left: a display threshold to prompt the report, not a regulatory rule), else `pending`.
 */
import type { AdverseEvent } from '../../api/safety.resource.ts';

export const AT_RISK_MINUTES = 6 * 60;

export type SaeClockDisplay =
  | { kind: 'reported-on-time'; minutes: number }
  | { kind: 'reported-late'; minutes: number }
  | { kind: 'overdue'; minutes: number }
  | { kind: 'at-risk'; minutes: number }
  | { kind: 'pending'; minutes: number };

/**
 * @param minutes in the answer: whole minutes left before due (pending, at-risk), or late
 *   (overdue, reported-late), or spare at the report (reported-on-time); never negative
 * @example saeClockDisplay({ reported: false, status: 'pending', dueAt: '2026-11-26T08:00:00Z',
 *   minutesRemaining: 0 }, Date.parse('2026-11-26T03:00:00Z')) // { kind: 'at-risk', minutes: 300 }
 */
export function saeClockDisplay(
  clock: Pick<
    NonNullable<AdverseEvent['saeClock']>,
    'reported' | 'status' | 'dueAt' | 'minutesRemaining'
  >,
  nowMs: number,
): SaeClockDisplay {
  if (clock.reported)
    return clock.status === 'on-time'
      ? { kind: 'reported-on-time', minutes: Math.max(0, clock.minutesRemaining) }
      : { kind: 'reported-late', minutes: Math.max(0, -clock.minutesRemaining) };
  const left = Date.parse(clock.dueAt) - nowMs;
  // rounded down while time is left (never overstating it), up once late (1 s late is 1 min)
  if (left < 0) return { kind: 'overdue', minutes: Math.ceil(-left / 60_000) };
  const minutes = Math.floor(left / 60_000);
  return minutes < AT_RISK_MINUTES ? { kind: 'at-risk', minutes } : { kind: 'pending', minutes };
}
