/**
 * Swimmer plot data: one lane per enrolled subject, a bar for the time on treatment (to the
 * data cut while still on treatment, with an "ongoing" arrow), marks for the first response,
 * progression and death, and the bar coloured by the confirmed best overall response. Lanes are
 * sorted longest first. Days are study days (enrolment = day 1).
 */
import type { BorResponse } from '../../core/recist/response-codes.ts';
import { studyDay } from '../../core/shared/calendar-date.ts';
import type { TumourCourse } from '../api/analysis.resource.ts';

export type SwimmerEventKind = 'response' | 'progression' | 'death';

export interface SwimmerLane {
  subjectId: string;
  label: string;
  bor: BorResponse;
  /** Last day on treatment, or the data cut's study day while ongoing. */
  endDay: number;
  ongoing: boolean;
}

export interface SwimmerEvent {
  label: string;
  kind: SwimmerEventKind;
  day: number;
}

export interface SwimmerData {
  lanes: SwimmerLane[];
  events: SwimmerEvent[];
}

/**
 * @example swimmerData([{ label: 'A', enrolmentDate: '2026-01-01', treatmentDays: null, ongoing: true, … }], '2026-01-31').lanes[0].endDay
 * // 31
 */
export function swimmerData(subjects: readonly TumourCourse[], asOf: string): SwimmerData {
  const lanes = subjects
    .map((s) => ({
      subjectId: s.subjectId,
      label: s.label,
      bor: s.bor,
      endDay: s.treatmentDays ?? Math.max(1, studyDay(s.enrolmentDate, asOf)),
      ongoing: s.ongoing,
    }))
    .sort((a, b) => b.endDay - a.endDay || a.label.localeCompare(b.label));
  const events: SwimmerEvent[] = [];
  for (const s of subjects) {
    if (s.responseDay !== null)
      events.push({ label: s.label, kind: 'response', day: s.responseDay });
    if (s.progressionDay !== null)
      events.push({ label: s.label, kind: 'progression', day: s.progressionDay });
    if (s.deathDay !== null) events.push({ label: s.label, kind: 'death', day: s.deathDay });
  }
  return { lanes, events };
}
