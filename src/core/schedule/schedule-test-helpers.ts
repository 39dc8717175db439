/**
 * Test helpers for the schedule: build events from a partial object and read a schedule as
 * rows. Test-only (imported by `*.test.ts`).
 */
import { defaultStudy } from '../protocol/study-definition.ts';
import type { IsoDate } from '../shared/calendar-date.ts';
import { type SubjectEventsInput, subjectEventsSchema } from '../subjects/subject-events.schema.ts';
import type { PlannedVisit, VisitSchedule } from './planned-visit.ts';
import { planVisitSchedule } from './visit-schedule.ts';

export const study = defaultStudy();

export function schedule(
  enrollmentDate: IsoDate,
  asOf: IsoDate,
  events: SubjectEventsInput = {},
): VisitSchedule {
  return planVisitSchedule(study, enrollmentDate, asOf, subjectEventsSchema.parse(events));
}

/** [key, target, study day, earliest, latest] */
export type Row = [string, IsoDate, number, IsoDate, IsoDate];

export const rows = (s: VisitSchedule): Row[] =>
  s.visits
    .map((v): Row => [v.key, v.targetDate, v.studyDay, v.window.earliest, v.window.latest])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

export const sortRows = (r: Row[]): Row[] => [...r].sort((a, b) => (a[0] < b[0] ? -1 : 1));

export function visit(s: VisitSchedule, key: string): PlannedVisit {
  const v = s.visits.find((x) => x.key === key);
  if (!v) throw new Error(`no visit ${key} in ${s.visits.map((x) => x.key).join(', ')}`);
  return v;
}

export const statusOf = (s: VisitSchedule, key: string) => visit(s, key).status.kind;

export const keysOf = (s: VisitSchedule, prefix: string) =>
  s.visits.filter((v) => v.key.startsWith(prefix)).map((v) => v.key);
