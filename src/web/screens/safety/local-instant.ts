/**
 * The instant APIs want (ISO 8601 with the offset, e.g. `2026-11-25T08:30:00+08:00`) from a
 * `datetime-local` input's value read in the browser's time zone, and back.
 */

function pad(n: number): string {
  return String(Math.trunc(Math.abs(n))).padStart(2, '0');
}

/**
 * @param offsetMinutes minutes east of UTC at that local time (the opposite sign of
 *   `Date#getTimezoneOffset`); defaults to the browser's offset at that local time.
 * @example withOffset('2026-11-25T08:30', 480) // '2026-11-25T08:30:00+08:00'
 * @example withOffset('', 0) // null
 */
export function withOffset(local: string, offsetMinutes?: number): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const offset = offsetMinutes ?? -new Date(local).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/**
 * The value a `datetime-local` input shows for an instant, in the browser's time zone.
 * @example localInputValue(new Date(2026, 10, 25, 8, 30)) // '2026-11-25T08:30'
 */
export function localInputValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
