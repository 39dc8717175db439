/**
 * A subject's timeline: every dated record in date order with its study day (SDTM: day 1 =
 * first dose, no day 0), so the coordinator reads the history at a glance. Pure ordering; the
 * store supplies the entries.
 */
import { compareDates, type IsoDate, studyDay } from '../shared/calendar-date.ts';

export interface TimelineEntry {
  date: IsoDate;
  /** What happened: consent, visit, dispensing, dose-change, death… */
  kind: string;
  /** One line for people. */
  label: string;
  /** The stored record it comes from. */
  recordId?: string;
}

export interface TimelineItem extends TimelineEntry {
  /** Null before enrolment is known. */
  studyDay: number | null;
}

/**
 * @example subjectTimeline([{ date: '2026-01-05', kind: 'enrolment', label: 'enrolled' }], '2026-01-05')[0].studyDay // 1
 */
export function subjectTimeline(
  entries: readonly TimelineEntry[],
  enrollmentDate: IsoDate | null,
): TimelineItem[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareDates(a.e.date, b.e.date) || a.i - b.i)
    .map(({ e }) => ({ ...e, studyDay: enrollmentDate ? studyDay(enrollmentDate, e.date) : null }));
}
