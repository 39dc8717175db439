/**
 * ISO 8601 `--DTC` text from the store's server instants: UTC to the second, written
 * `YYYY-MM-DDTHH:MM:SS` (SDTMIG 3.4 §4.4.2; every server time is UTC, as define.xml states).
 * Calendar dates need no conversion.
 */

/** @example dtcOfInstant('2026-11-25T09:05:03.123Z') // '2026-11-25T09:05:03' */
export function dtcOfInstant(instant: string | null | undefined): string | null {
  return instant ? instant.slice(0, 19) : null;
}
