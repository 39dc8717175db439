/**
 * One call for a subject's schedule as a script or the API wants it: the visit schedule, the
 * subject's derived status, and the date issues, with impossible dates refused. `date-in-future`
 * is not applied (the as-of date may replay the past, and later events are set aside), nor
 * `procedure-without-consent` (an input without a consent date is missing data, not a
 * contradiction); every other refusal throws one DomainError naming the paths and rules.
 */
import { defaultStudy } from '../protocol/study-definition.ts';
import { checkDateConsistency } from '../subjects/date-consistency.ts';
import { type DateIssue, refusalError } from '../subjects/date-issue.ts';
import { deriveSubjectStatus, type SubjectStatus } from '../subjects/subject-status.ts';
import type { VisitSchedule } from './planned-visit.ts';
import type { ScheduleInput } from './schedule-input.schema.ts';
import { planVisitSchedule } from './visit-schedule.ts';

export interface SubjectSchedule extends VisitSchedule {
  subjectStatus: SubjectStatus;
  /** Doubtful dates for a data query (severity 'query'). */
  queries: DateIssue[];
}

const NOT_APPLIED = new Set(['date-in-future', 'procedure-without-consent']);

/**
 * @example subjectSchedule({ enrollmentDate: '2025-03-03', asOf: '2025-04-01', events }).visits
 */
export function subjectSchedule(input: ScheduleInput): SubjectSchedule {
  const study = input.study ?? defaultStudy();
  const issues = checkDateConsistency({
    asOf: input.asOf,
    enrollmentDate: input.enrollmentDate,
    events: input.events,
  }).filter((i) => !NOT_APPLIED.has(i.rule));
  const refused = refusalError(issues);
  if (refused) throw refused;
  const schedule = planVisitSchedule(study, input.enrollmentDate, input.asOf, input.events);
  const subjectStatus = deriveSubjectStatus({
    study,
    enrollmentDate: input.enrollmentDate,
    asOf: input.asOf,
    events: input.events,
  });
  return {
    ...schedule,
    subjectStatus,
    queries: issues.filter((i) => i.severity === 'query'),
  };
}
