/**
 * Date rules for the disposition dates that the subject events do not carry (SDTM DS/SS): last
 * date known alive, lost to follow-up, end of study. Death, withdrawal and new anticancer therapy
 * are checked by `date-consistency.ts` with the other events; these add what only the
 * disposition knows. Same severities: impossible → refuse, doubtful → query.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { DateIssue } from './date-issue.ts';

export interface DispositionDates {
  asOf: IsoDate;
  enrollmentDate?: IsoDate | undefined;
  deathDate?: IsoDate | undefined;
  lastKnownAliveDate?: IsoDate | undefined;
  lostToFollowUpDate?: IsoDate | undefined;
  endOfStudyDate?: IsoDate | undefined;
}

/**
 * @example checkDispositionDates({ asOf: '2026-06-01', deathDate: '2026-03-01', lastKnownAliveDate: '2026-04-01' })
 * // [{ severity: 'refuse', path: 'lastKnownAliveDate', rule: 'alive-after-death', … }]
 */
export function checkDispositionDates(d: DispositionDates): DateIssue[] {
  const issues: DateIssue[] = [];
  const fields = [
    ['lastKnownAliveDate', 'last date known alive', d.lastKnownAliveDate],
    ['lostToFollowUpDate', 'lost to follow-up', d.lostToFollowUpDate],
    ['endOfStudyDate', 'end of study', d.endOfStudyDate],
  ] as const;
  for (const [path, what, date] of fields) {
    if (!date) continue;
    if (compareDates(date, d.asOf) > 0)
      issues.push({
        severity: 'refuse',
        path,
        rule: 'date-in-future',
        message: `${what} on ${date} is after today (${d.asOf})`,
        params: { date, today: d.asOf },
      });
    if (d.enrollmentDate && compareDates(date, d.enrollmentDate) < 0)
      issues.push({
        severity: 'refuse',
        path,
        rule: `${path === 'lastKnownAliveDate' ? 'alive' : path === 'lostToFollowUpDate' ? 'lost-to-follow-up' : 'end-of-study'}-before-enrolment`,
        message: `${what} on ${date} is before enrolment on ${d.enrollmentDate}`,
      });
  }
  if (d.deathDate && d.lastKnownAliveDate && compareDates(d.lastKnownAliveDate, d.deathDate) > 0)
    issues.push({
      severity: 'refuse',
      path: 'lastKnownAliveDate',
      rule: 'alive-after-death',
      message: `known alive on ${d.lastKnownAliveDate}, after death on ${d.deathDate}`,
    });
  if (d.deathDate && d.lostToFollowUpDate)
    issues.push({
      severity: 'query',
      path: 'lostToFollowUpDate',
      rule: 'lost-to-follow-up-and-died',
      message: `lost to follow-up on ${d.lostToFollowUpDate} and died on ${d.deathDate}: confirm which is the disposition`,
      params: { lost: d.lostToFollowUpDate, death: d.deathDate },
    });
  if (
    d.lostToFollowUpDate &&
    d.lastKnownAliveDate &&
    compareDates(d.lastKnownAliveDate, d.lostToFollowUpDate) > 0
  )
    issues.push({
      severity: 'query',
      path: 'lastKnownAliveDate',
      rule: 'alive-after-lost-to-follow-up',
      message: `known alive on ${d.lastKnownAliveDate}, after being lost to follow-up on ${d.lostToFollowUpDate}`,
      params: { alive: d.lastKnownAliveDate, lost: d.lostToFollowUpDate },
    });
  return issues;
}
