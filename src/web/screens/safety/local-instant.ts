/**
 * The instant APIs want (ISO 8601 with the offset, e.g. `2026-11-25T08:30:00+08:00`) from a
 * `datetime-local` input's value, and back: read in the browser's time zone, or in a site's
 * IANA time zone (a coordinator at a Beijing site types Beijing wall-clock time whatever zone
 * the computer is set to; the SAE 24 h clock and its due time are shown in that time too).
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

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Wall-clock parts of an instant in a time zone (Intl, no library). */
function wallClock(utcMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(utcMs);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    y: get('year'),
    mo: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
  };
}

/**
 * Minutes east of UTC in `timeZone` at a UTC instant.
 * @example zoneOffsetMinutes('Asia/Shanghai', Date.UTC(2026, 10, 25)) // 480
 */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const w = wallClock(utcMs, timeZone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The instant of a `datetime-local` value read as wall-clock time in `timeZone` (the offset in
 * force at that wall time; in a daylight-saving gap, the offset before the change); null for an
 * empty or partial value.
 * @example withZone('2026-11-25T08:30', 'Asia/Shanghai') // '2026-11-25T08:30:00+08:00'
 * @example withZone('2026-07-01T09:00', 'America/New_York') // '2026-07-01T09:00:00-04:00'
 */
export function withZone(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  // two passes: the offset at the guessed instant, then at the instant that offset gives
  const first = zoneOffsetMinutes(timeZone, asUtc);
  const offset = zoneOffsetMinutes(timeZone, asUtc - first * 60_000);
  return withOffset(local, offset);
}

/**
 * The value a `datetime-local` input shows for an instant in `timeZone`.
 * @example localInputValueIn('2026-11-25T00:30:00Z', 'Asia/Shanghai') // '2026-11-25T08:30'
 */
export function localInputValueIn(instant: string | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const w = wallClock(ms, timeZone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}
