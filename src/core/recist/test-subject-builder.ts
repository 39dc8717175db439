/**
 * Test support: terse builders for RECIST subjects, so each test shows only the numbers that
 * matter. Used by the *.test.ts files beside it and by the benchmark's generator.
 */
import { addDays, type IsoDate } from '../shared/calendar-date.ts';
import type { LesionRecord, RecistSubjectInput } from './recist-input.schema.ts';

export const ENROL: IsoDate = '2026-01-10';
export const BASELINE: IsoDate = '2026-01-05';

/** A non-nodal target at baseline. */
export function target(id: string, diameterMm: number, organ = `organ-${id}`): LesionRecord {
  return { id, kind: 'target', organ, nodal: false, diameterMm };
}

/** A nodal target at baseline (short axis). */
export function nodeTarget(id: string, diameterMm: number): LesionRecord {
  return { id, kind: 'target', organ: 'lymph node', nodal: true, diameterMm };
}

export function nonTarget(id: string, nodal = false): LesionRecord {
  return { id, kind: 'non-target', organ: `organ-${id}`, nodal };
}

/**
 * A subject with the given baseline lesions and follow-ups on study days 57, 113, 169, …
 * (every 56 days), unless a follow-up names its own day.
 */
export function subject(
  baseline: LesionRecord[],
  followUps: Array<LesionRecord[] | { day: number; lesions: LesionRecord[] }>,
  extra: Partial<RecistSubjectInput> = {},
): RecistSubjectInput {
  return {
    enrollmentDate: ENROL,
    assessments: [
      { date: BASELINE, lesions: baseline },
      ...followUps.map((f, i) =>
        Array.isArray(f)
          ? { date: addDays(ENROL, 56 * (i + 1)), lesions: f }
          : { date: addDays(ENROL, f.day - 1), lesions: f.lesions },
      ),
    ],
    ...extra,
  };
}

/** Date of study day `day` (day 1 = enrolment). */
export function day(d: number): IsoDate {
  return addDays(ENROL, d - 1);
}

export const m = (id: string, diameterMm: number): LesionRecord => ({ id, diameterMm });
export const s = (id: string, status: LesionRecord['status']): LesionRecord => ({ id, status });
