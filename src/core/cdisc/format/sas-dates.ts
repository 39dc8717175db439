/**
 * SAS date and datetime numbers: days (dates) or seconds (datetimes) since 1960-01-01 — the
 * values numeric ADaM dates (`ADT`, `TRTSDT`) hold in a transport file (SAS Language Reference:
 * "SAS date value").
 */
import { dayNumber } from '../../shared/calendar-date.ts';

/** dayNumber('1960-01-01'): days from 1970-01-01 back to the SAS epoch. */
const SAS_EPOCH_DAY = -3653;

const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]00:00)?$/;

/**
 * @example sasDate('1960-01-01') // 0
 * @example sasDate('2026-11-25') // 24435
 */
export function sasDate(iso: string): number {
  return dayNumber(iso) - SAS_EPOCH_DAY;
}

/**
 * Seconds since 1960-01-01T00:00:00. Only UTC or zone-less times (SAS datetimes carry no zone).
 * @example sasDatetime('1960-01-02T00:00:01') // 86401
 */
export function sasDatetime(iso: string): number {
  const m = DATETIME.exec(iso);
  if (!m) throw new RangeError(`not a UTC date-time (YYYY-MM-DDTHH:MM[:SS]): ${iso}`);
  const [, date, hh, mm, ss, frac] = m;
  const seconds = Number(hh) * 3600 + Number(mm) * 60 + Number(ss ?? '0') + Number(frac ?? '0');
  return sasDate(date as string) * 86400 + seconds;
}
