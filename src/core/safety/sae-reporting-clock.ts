/**
 * Serious adverse event reporting clock (ICH E2A / GCP: a SAE is reported to the sponsor within
 * 24 hours of the site becoming aware of it; issue 6).
 *
 * due = awareness + 24 h exactly. Reported at or before `due` → `on-time` (so exactly 24 h
 * is on time); reported after → `overdue`; not reported yet → `pending` while `now` ≤ due,
 * `overdue` after. `minutesRemaining` = whole minutes from the reference instant (the report,
 * or `now` when unreported) to `due`, rounded down — never overstating the time left; negative
 * when late. Instants are ISO 8601 with an explicit offset (`Z` or ±hh:mm), compared in UTC
 * milliseconds; `now` is passed in (the core reads no clock).
 */
import { isIsoDate } from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { safetyReason } from './safety-reasons.ts';

export const SAE_REPORTING_HOURS = 24;
const HOUR_MS = 3_600_000;

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO 8601 instant with an explicit offset.
 * @example parseInstant('2026-11-25T08:00:00+08:00') // Date.UTC(2026, 10, 25, 0)
 */
export function parseInstant(s: string, path = 'instant'): number {
  const m = INSTANT.exec(s);
  if (!m || !isIsoDate(m[1] as string)) {
    throw invalid(
      path,
      'iso-instant',
      `not an ISO 8601 instant with offset (e.g. 2026-11-25T08:30:00Z): ${s}`,
    );
  }
  const [y, mo, d] = (m[1] as string).split('-').map(Number) as [number, number, number];
  const h = Number(m[2]);
  const mi = Number(m[3]);
  const sec = Number(m[4] ?? '0');
  const ms = Number((m[5] ?? '0').padEnd(3, '0').slice(0, 3));
  if (h > 23 || mi > 59 || sec > 59) throw invalid(path, 'iso-instant', `no such time: ${s}`);
  let offset = 0;
  const z = m[6] as string;
  if (z !== 'Z') {
    const oh = Number(z.slice(1, 3));
    const om = Number(z.slice(4, 6));
    if (oh > 18 || om > 59) throw invalid(path, 'iso-instant', `no such offset: ${z}`);
    offset = (z[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset;
}

export interface SaeClockInput {
  /** When the site became aware of the SAE. */
  awarenessAt: string;
  /** When it was reported to the sponsor; null/absent when not yet reported. */
  reportedAt?: string | null;
  /** The current instant, passed in; needed when not yet reported. */
  now?: string | null;
}

export interface SaeClock {
  status: 'on-time' | 'overdue' | 'pending';
  reported: boolean;
  /** awareness + 24 h, in UTC (`…Z`). */
  dueAt: string;
  minutesRemaining: number;
  rule: string;
  reasons: Reason[];
}

/**
 * @example saeReportingClock({ awarenessAt: '2026-11-25T08:00:00Z', reportedAt: '2026-11-26T08:00:00Z' }).status
 *   // 'on-time' (exactly 24 h)
 */
export function saeReportingClock(input: SaeClockInput): SaeClock {
  const aware = parseInstant(input.awarenessAt, 'awarenessAt');
  const due = aware + SAE_REPORTING_HOURS * HOUR_MS;
  const dueAt = new Date(due).toISOString();
  const rule = `SAE reported within ${SAE_REPORTING_HOURS} h of awareness (ICH E2A)`;
  if (input.reportedAt) {
    const rep = parseInstant(input.reportedAt, 'reportedAt');
    if (rep < aware)
      throw invalid('reportedAt', 'after-awareness', 'reported before the site was aware');
    const minutesRemaining = Math.floor((due - rep) / 60_000);
    const onTime = rep <= due;
    return {
      status: onTime ? 'on-time' : 'overdue',
      reported: true,
      dueAt,
      minutesRemaining,
      rule,
      reasons: [
        onTime
          ? safetyReason('safety.sae-on-time', { reportedAt: input.reportedAt, dueAt })
          : safetyReason('safety.sae-late', {
              reportedAt: input.reportedAt,
              dueAt,
              minutes: Math.ceil((rep - due) / 60_000),
            }),
      ],
    };
  }
  if (!input.now)
    throw invalid('now', 'required', 'now is needed when the SAE is not reported yet');
  const now = parseInstant(input.now, 'now');
  const minutesRemaining = Math.floor((due - now) / 60_000);
  const pending = now <= due;
  return {
    status: pending ? 'pending' : 'overdue',
    reported: false,
    dueAt,
    minutesRemaining,
    rule,
    reasons: [
      pending
        ? safetyReason('safety.sae-pending', { dueAt, minutes: minutesRemaining })
        : safetyReason('safety.sae-past-due', { dueAt }),
    ],
  };
}
