/**
 * SDTM `--DY`: the study day of an ISO 8601 `--DTC` relative to `RFSTDTC` (SDTMIG 3.4 §4.4.4):
 * day 1 is the reference date, the day before it is −1, there is no day 0. Only complete
 * dates have a study day; a partial date (`2026-03`) or a missing one gives null.
 */
import { isIsoDate, studyDay } from '../../shared/calendar-date.ts';

/** The date part of a complete ISO 8601 date or date-time, or null when partial. */
export function completeDate(dtc: string | null | undefined): string | null {
  if (!dtc) return null;
  const date = dtc.slice(0, 10);
  return isIsoDate(date) ? date : null;
}

/**
 * @example sdtmStudyDay('2026-01-05', '2026-01-05') // 1
 * @example sdtmStudyDay('2026-01-05', '2026-01-04') // -1
 * @example sdtmStudyDay('2026-01-05', '2026-01') // null (partial date)
 */
export function sdtmStudyDay(
  rfstdtc: string | null | undefined,
  dtc: string | null | undefined,
): number | null {
  const ref = completeDate(rfstdtc);
  const date = completeDate(dtc);
  return ref === null || date === null ? null : studyDay(ref, date);
}
