/**
 * What the schedule returns: each planned visit with its target date, window, study day, cycle
 * and status, and the reasons (the rule and the parameter that placed it, the event that made
 * it not applicable).
 */
import type { VisitKind } from '../protocol/study-definition.schema.ts';
import type { IsoDate } from '../shared/calendar-date.ts';

/** Why a visit is no longer needed: the event that ended this kind of visit. */
export type StopCause =
  | 'death'
  | 'consent-withdrawal'
  | 'lost-to-follow-up'
  | 'progression'
  | 'new-anticancer-therapy'
  | 'treatment-ended';

/**
 * The status of a planned visit as of a date (issue 5). `due` means its window is open today;
 * `missed` means the window closed with nothing done ("a scheduled assessment counts as missed
 * when no adequate assessment falls inside its window", CLINICAL-RULES.md).
 */
export type VisitStatus =
  | { kind: 'planned' }
  | { kind: 'due' }
  | { kind: 'done'; date: IsoDate; daysFromTarget: number }
  | { kind: 'done-out-of-window'; date: IsoDate; daysFromTarget: number }
  | { kind: 'missed' }
  | { kind: 'not-applicable'; cause: StopCause; since: IsoDate };

export type VisitStatusKind = VisitStatus['kind'];

export interface VisitWindow {
  earliest: IsoDate;
  latest: IsoDate;
  earliestStudyDay: number;
  latestStudyDay: number;
}

export interface PlannedVisit {
  /** Stable within one subject's schedule, e.g. `cycle-day-1/3`, `alt-weekly/2`. */
  key: string;
  kind: VisitKind;
  /** 1, 2, 3… within the series the visit belongs to. */
  sequence: number;
  /** Treatment cycle the target falls in, or null off treatment. */
  cycle: number | null;
  targetDate: IsoDate;
  studyDay: number;
  window: VisitWindow;
  status: VisitStatus;
  reasons: string[];
}

/** A visit done that no planned visit accounts for (an extra or unscheduled visit). */
export interface UnscheduledVisit {
  kind: VisitKind;
  date: IsoDate;
  studyDay: number;
  reasons: string[];
}

export interface VisitSchedule {
  enrollmentDate: IsoDate;
  asOf: IsoDate;
  studyDayAsOf: number;
  visits: PlannedVisit[];
  unscheduled: UnscheduledVisit[];
  /** The protocol parameters used and anything set aside (events after `asOf`). */
  reasons: string[];
}
