/**
 * Date rules for the subject records that the subject events do not carry (other consents, MEN1
 * report dates, drug returns, missed doses…): nothing is dated after today, a return comes on or
 * after its dispensing and returns no more tablets than were dispensed. Same severities as
 * `date-consistency.ts`.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { DateIssue } from './date-issue.ts';

export interface DatedField {
  path: string;
  what: string;
  date: IsoDate;
}

/**
 * @example futureDateIssues('2026-03-02', [{ path: 'x', what: 'consent', date: '2026-03-03' }])[0].rule // 'date-in-future'
 */
export function futureDateIssues(asOf: IsoDate, fields: readonly DatedField[]): DateIssue[] {
  return fields
    .filter((f) => compareDates(f.date, asOf) > 0)
    .map((f) => ({
      severity: 'refuse' as const,
      path: f.path,
      rule: 'date-in-future',
      message: `${f.what} on ${f.date} is after today (${asOf})`,
      params: { date: f.date, today: asOf },
    }));
}

export interface DrugReturnFacts {
  path: string;
  dispensedDate: IsoDate;
  tabletsDispensed: number;
  returnDate: IsoDate;
  tabletsReturned: number;
}

/**
 * @example drugReturnIssues([{ path: 'r', dispensedDate: '2026-01-05', tabletsDispensed: 56, returnDate: '2026-01-04', tabletsReturned: 0 }])[0].rule
 * // 'return-before-dispensing'
 */
export function drugReturnIssues(returns: readonly DrugReturnFacts[]): DateIssue[] {
  const out: DateIssue[] = [];
  for (const r of returns) {
    if (compareDates(r.returnDate, r.dispensedDate) < 0)
      out.push({
        severity: 'refuse',
        path: `${r.path}.returnDate`,
        rule: 'return-before-dispensing',
        message: `return on ${r.returnDate} is before the dispensing on ${r.dispensedDate}`,
      });
    if (r.tabletsReturned > r.tabletsDispensed)
      out.push({
        severity: 'refuse',
        path: `${r.path}.tabletsReturned`,
        rule: 'returned-more-than-dispensed',
        message: `${r.tabletsReturned} tablets returned but ${r.tabletsDispensed} dispensed`,
      });
  }
  return out;
}
