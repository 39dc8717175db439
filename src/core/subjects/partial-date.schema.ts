/**
 * Partial dates as SDTM allows them for medical history, prior therapies and birth dates
 * (ISO 8601 reduced precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`). The bounds come from
 * `partialDateBounds` (safety core); here only the zod schema and the order of two partial dates.
 */
import { z } from 'zod';
import { partialDateBounds } from '../safety/medication-period-overlap.ts';
import { compareDates } from '../shared/calendar-date.ts';

function isPartialDate(text: string): boolean {
  try {
    partialDateBounds(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * @example partialDateSchema.parse('2019-07') // '2019-07'; '2019-13' fails
 */
export const partialDateSchema = z.string().refine(isPartialDate, {
  message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  params: { rule: 'partial-date' },
});

/**
 * True when `end` may be on or after `start` under some reading of the two partial dates
 * (an end of "2019" is compatible with a start of "2019-07").
 * @example mayBeInOrder('2019-07', '2019') // true
 * @example mayBeInOrder('2019-07', '2018-12') // false
 */
export function mayBeInOrder(start: string, end: string): boolean {
  return compareDates(partialDateBounds(start).earliest, partialDateBounds(end).latest) <= 0;
}

/** True when the date is complete (`YYYY-MM-DD`), so ages and study days can be counted from it. */
export function isCompleteDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isPartialDate(text);
}
