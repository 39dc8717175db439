/**
 * Test helper: a subject record enrolled on 2026-01-01 (day 1), treated from day 1, with
 * measurable disease and a baseline scan; `day(n)` gives the date of study day n.
 */
import { addDays, type IsoDate } from '../shared/calendar-date.ts';
import type { SubjectRecord } from './subject-record.schema.ts';

export const ENROLMENT: IsoDate = '2026-01-01';

/** Date of study day n (day 1 = enrolment). */
export const day = (n: number): IsoDate => addDays(ENROLMENT, n - 1);

export function testSubject(overrides: Partial<SubjectRecord> = {}): SubjectRecord {
  return {
    id: 'S1',
    enrolmentDate: ENROLMENT,
    treatmentStartDate: ENROLMENT,
    treatmentEndDate: null,
    measurableDiseaseAtBaseline: true,
    baselineAssessmentDate: '2025-12-20',
    assessments: [],
    deathDate: null,
    lastKnownAliveDate: null,
    newAnticancerTherapyDate: null,
    ...overrides,
  };
}
