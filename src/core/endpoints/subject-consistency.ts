/**
 * Checks of a subject record that a schema cannot express: dates in a possible order
 * (nothing before enrolment, no contact after death, treatment ending after it starts), one
 * assessment per date, unique subject ids. Every problem names its path so it can be fixed.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { ValidationIssue } from '../shared/domain-error.ts';
import type { SubjectRecord } from './subject-record.schema.ts';

/**
 * @example subjectIssues([{ id: 'A', enrolmentDate: '2026-01-10', deathDate: '2026-01-01', … }], 'subjects')
 * // [{ path: 'subjects.0.deathDate', rule: 'not-before-enrolment', … }]
 */
export function subjectIssues(subjects: readonly SubjectRecord[], path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  subjects.forEach((s, i) => {
    const at = `${path}.${i}`;
    const first = seen.get(s.id);
    if (first !== undefined)
      issues.push({
        path: `${at}.id`,
        rule: 'unique-id',
        message: `subject id ${s.id} is also subject ${first}`,
      });
    seen.set(s.id, i);
    const notBefore = (
      field: string,
      date: IsoDate | null | undefined,
      ref: IsoDate,
      refName: string,
    ) => {
      if (date && compareDates(date, ref) < 0)
        issues.push({
          path: `${at}.${field}`,
          rule: `not-before-${refName}`,
          message: `${date} is before ${refName.replace('-', ' ')} ${ref}`,
        });
    };
    const e = s.enrolmentDate;
    notBefore('treatmentStartDate', s.treatmentStartDate, e, 'enrolment');
    notBefore('deathDate', s.deathDate, e, 'enrolment');
    notBefore('lastKnownAliveDate', s.lastKnownAliveDate, e, 'enrolment');
    notBefore('newAnticancerTherapyDate', s.newAnticancerTherapyDate, e, 'enrolment');
    if (s.treatmentEndDate) {
      if (!s.treatmentStartDate)
        issues.push({
          path: `${at}.treatmentEndDate`,
          rule: 'needs-start',
          message: 'treatment end without a start',
        });
      else
        notBefore('treatmentEndDate', s.treatmentEndDate, s.treatmentStartDate, 'treatment-start');
    }
    if (s.deathDate && s.lastKnownAliveDate && compareDates(s.lastKnownAliveDate, s.deathDate) > 0)
      issues.push({
        path: `${at}.lastKnownAliveDate`,
        rule: 'not-after-death',
        message: `last known alive ${s.lastKnownAliveDate} is after death ${s.deathDate}`,
      });
    const dates = new Set<string>();
    s.assessments.forEach((a, j) => {
      notBefore(`assessments.${j}.date`, a.date, e, 'enrolment');
      if (s.deathDate && compareDates(a.date, s.deathDate) > 0)
        issues.push({
          path: `${at}.assessments.${j}.date`,
          rule: 'not-after-death',
          message: `${a.date} is after death ${s.deathDate}`,
        });
      if (dates.has(a.date))
        issues.push({
          path: `${at}.assessments.${j}.date`,
          rule: 'one-assessment-per-date',
          message: `two assessments on ${a.date}`,
        });
      dates.add(a.date);
    });
  });
  return issues;
}
