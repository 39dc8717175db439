/**
 * Enrolment over time: the cumulative number of subjects enrolled at each site, and in the
 * whole study, as steps from each enrolment date to the data cut.
 */
import { compareDates } from '../../core/shared/calendar-date.ts';

export interface EnrolmentPoint {
  /** Site code, or null for the study total. */
  siteCode: string | null;
  date: string;
  cumulative: number;
}

function steps(siteCode: string | null, dates: readonly string[], asOf: string): EnrolmentPoint[] {
  const sorted = [...dates].sort(compareDates);
  const points = sorted.map((date, i) => ({ siteCode, date, cumulative: i + 1 }));
  const last = points.at(-1);
  // a site with no enrolment yet draws no line; the others run flat to the data cut
  if (last && compareDates(last.date, asOf) < 0)
    points.push({ siteCode, date: asOf, cumulative: last.cumulative });
  return points;
}

/**
 * @example enrolmentData([{ siteCode: 'A', dates: ['2026-02-01', '2026-01-01'], … }], '2026-03-01')
 * // total: 1 on 01-01, 2 on 02-01, 2 on 03-01; site A the same
 */
export interface SiteDates {
  siteCode: string;
  dates: readonly string[];
}

export function enrolmentData(
  sites: readonly SiteDates[],
  asOf: string,
): { bySite: EnrolmentPoint[]; total: EnrolmentPoint[] } {
  return {
    bySite: sites.flatMap((s) => steps(s.siteCode, s.dates, asOf)),
    total: steps(
      null,
      sites.flatMap((s) => s.dates),
      asOf,
    ),
  };
}

/** ISO date → a JavaScript Date at UTC midnight, for time scales (dates never shift by zone). */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
