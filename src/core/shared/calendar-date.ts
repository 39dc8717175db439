/**
 * Calendar dates (`YYYY-MM-DD`) as clinical data uses them: no time, no time zone.
 *
 * Arithmetic goes through a day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar) computed with integer maths only, so results never drift with the server's TZ.
 * SDTM study day: day 1 is the reference date, the day before is -1; there is no day 0
 * (SDTMIG 3.4 §4.4.4).
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2025-02-29 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  let y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  y -= mo <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayNumber}. */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** @example addDays('2024-02-28', 1) // '2024-02-29' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Signed whole days from `from` to `to` (`to` − `from`). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * SDTM study day of `date` relative to `reference` (day 1). No day 0.
 * @example studyDay('2025-01-01', '2024-12-31') // -1
 */
export function studyDay(reference: IsoDate, date: IsoDate): number {
  const diff = daysBetween(reference, date);
  return diff >= 0 ? diff + 1 : diff;
}

/** The date that is study day `day` relative to `reference`. Day 0 does not exist. */
export function dateOfStudyDay(reference: IsoDate, day: number): IsoDate {
  if (day === 0) throw new RangeError('study day 0 does not exist (SDTMIG §4.4.4)');
  return addDays(reference, day > 0 ? day - 1 : day);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
