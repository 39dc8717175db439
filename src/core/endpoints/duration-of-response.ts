/**
 * Duration of response (CLINICAL-RULES.md): for confirmed responders only, from the first date
 * of the confirmed CR/PR (the first of the confirming pair) to PD or death — the PFS event — with
 * PFS's censoring (same date, same reason code). Days count both ends.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { PfsReason } from './pfs-derivation.ts';
import { durationDays, type TimeToEvent } from './time-to-event.ts';

/**
 * null for a non-responder, or when PFS ended before the response (cannot happen with
 * consistent data: the response is an adequate assessment).
 *
 * @example deriveDurationOfResponse('2026-02-26', pfs /* PD on 2026-06-18 *\/, 30.4375) // { days: 113, event: true, … }
 */
export function deriveDurationOfResponse(
  responseDate: IsoDate | null,
  pfs: TimeToEvent<PfsReason | 'after-horizon'>,
  daysPerMonth: number,
): TimeToEvent<PfsReason | 'after-horizon'> | null {
  if (responseDate === null || compareDates(pfs.date, responseDate) < 0) return null;
  const days = durationDays(responseDate, pfs.date);
  return {
    days,
    months: days / daysPerMonth,
    event: pfs.event,
    reason: pfs.reason,
    date: pfs.date,
    reasons: [`from the confirmed response on ${responseDate}`, ...pfs.reasons],
  };
}
