/**
 * "Today" at a site: the calendar date of the server's UTC instant in the site's IANA time zone.
 * Clinical dates are calendar dates; what counts as "in the future" is judged where the data
 * are entered (a Beijing coordinator at 07:00 local is already on the next day in UTC terms).
 */
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import type { Store } from '../open-store.ts';

/**
 * @example dateAt('2026-03-01T20:00:00Z', 'Asia/Shanghai') // '2026-03-02'
 */
export function dateAt(instant: string, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The wall-clock time at a site for a server instant, minute precision, as people there read it
 * on a tube label (a Beijing nurse who drew blood at 08:30 expects 08:30, not 00:30 UTC).
 * @example wallClockAt('2026-03-02T00:30:00Z', 'Asia/Shanghai') // '2026-03-02 08:30'
 */
export function wallClockAt(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** "Today" at each site for the store's current instant (UTC for an unknown site). */
export async function siteTodayLookup(store: Store): Promise<(siteId: string) => IsoDate> {
  const rows = await store.db.selectFrom('sites').select(['id', 'timezone']).execute();
  const now = store.now();
  const tz = new Map(rows.map((r) => [r.id, r.timezone]));
  return (siteId) => dateAt(now, tz.get(siteId) ?? 'UTC');
}
