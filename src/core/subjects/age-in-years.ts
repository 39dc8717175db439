/**
 * Age in completed years on a date, by the calendar (no `Date`, no 365.25-day years). A birthday
 * is reached when the month and day are reached; someone born on 29 February turns a year older
 * on 1 March in common years (the month-day comparison), the convention of most civil codes.
 */
import { dayNumber, type IsoDate } from '../shared/calendar-date.ts';

/**
 * @example ageInYears('2007-03-15', '2025-03-15') // 18
 * @example ageInYears('2007-03-15', '2025-03-14') // 17
 * @example ageInYears('2008-02-29', '2026-02-28') // 17
 */
export function ageInYears(birthDate: IsoDate, onDate: IsoDate): number {
  // Validates both dates (throws on a non-date).
  dayNumber(birthDate);
  dayNumber(onDate);
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
