/**
 * The zod schema of a calendar date (`YYYY-MM-DD`, a real day: 2025-02-29 is refused), for every
 * boundary that takes clinical dates. Dates stay strings end to end (see `calendar-date.ts`).
 */
import { z } from 'zod';
import { isIsoDate } from './calendar-date.ts';

/**
 * @example isoDateSchema.parse('2024-02-29') // '2024-02-29'; '2023-02-29' fails
 */
export const isoDateSchema = z.string().refine(isIsoDate, {
  message: 'must be a calendar date written YYYY-MM-DD',
  params: { rule: 'iso-date' },
});
