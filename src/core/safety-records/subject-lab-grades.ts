/**
 * CTCAE v5.0 grades of a subject's stored lab results, and the worst grade per subject and per
 * cycle (issue 6), computed on read from the core (`gradeLabResult`, `worstLabGrades`).
 *
 * Choices, stated so they can be reviewed:
 * - Baseline of a test = its latest result dated on or before day 1 (enrolment = first dose);
 *   on-treatment results are graded against it (baseline-abnormal rules), pre-treatment ones
 *   by × ULN. A baseline in another unit is converted to the result's unit (exact ratio, then
 *   the nearest double).
 * - Cycles: cycle 1 starts on day 1; cycle n ≥ 2 starts on the first dispensing of cycle n when
 *   recorded (the real day 1 of the cycle), otherwise `cycleLengthDays` after the previous
 *   start. Cycles are generated up to the last result date. A dispensing date that does not
 *   move forward is ignored with a reason.
 * - A result the core cannot read (`stored-lab-results.ts`) is listed as not gradable.
 */
import { gradeLabResult, type LabGrade } from '../safety/ctcae-lab-grading.ts';
import { ctcaeReason } from '../safety/ctcae-reasons.ts';
import { CTCAE_VERSION } from '../safety/ctcae-v5-criteria.ts';
import { ratio, toNumber } from '../safety/exact-ratio.ts';
import { LAB_TESTS, type LabTestCode } from '../safety/lab-test-codes.ts';
import type { DatedLabResult } from '../safety/lab-times-uln.ts';
import { convertLabValue } from '../safety/lab-unit-conversion.ts';
import {
  type CycleStart,
  type GradedLabRecord,
  type WorstGrades,
  worstLabGrades,
} from '../safety/worst-lab-grade.ts';
import { addDays, compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { type Reason, reasonTexts } from '../shared/reason.ts';
import { readLabResults, type StoredLabResult } from './stored-lab-results.ts';

export interface GradedStoredResult {
  id: string;
  test: LabTestCode;
  term: string;
  date: IsoDate;
  value: string | null;
  unit: string | null;
  version: string;
  grade: LabGrade['grade'];
  basis: LabGrade['basis'];
  /** The baseline used (in the result's unit), or null. */
  baseline: { date: IsoDate; value: number } | null;
  /** The English of `reasons` in one sentence (reports, exports). */
  reason: string;
  /** Why this grade (or why not gradable). */
  reasons: Reason[];
}

export interface CycleStartWithSource extends CycleStart {
  source: 'day-1' | 'dispensing' | 'nominal';
}

export interface SubjectLabGrades {
  results: GradedStoredResult[];
  cycles: CycleStartWithSource[];
  /** Null before enrolment (no day 1). */
  worst: WorstGrades | null;
  reasons: Reason[];
}

export interface SubjectLabInput {
  enrollmentDate: IsoDate | null;
  dispensings: ReadonlyArray<{ cycle: number; date: IsoDate }>;
  labs: readonly StoredLabResult[];
  cycleLengthDays?: number;
}

/** The cycle starts, from day 1, dispensing dates and the nominal cycle length. */
export function cycleStarts(
  day1: IsoDate,
  dispensings: ReadonlyArray<{ cycle: number; date: IsoDate }>,
  lastDate: IsoDate,
  cycleLengthDays = 28,
): { cycles: CycleStartWithSource[]; reasons: Reason[] } {
  const firstDispensing = new Map<number, IsoDate>();
  for (const d of dispensings) {
    const prev = firstDispensing.get(d.cycle);
    if (!prev || compareDates(d.date, prev) < 0) firstDispensing.set(d.cycle, d.date);
  }
  const lastDispensed = Math.max(1, ...firstDispensing.keys());
  const cycles: CycleStartWithSource[] = [{ cycle: 1, start: day1, source: 'day-1' }];
  const reasons: Reason[] = [];
  for (let n = 2; n <= 1000; n++) {
    const prev = cycles[cycles.length - 1] as CycleStartWithSource;
    const nominal = addDays(prev.start, cycleLengthDays);
    const actual = firstDispensing.get(n);
    let start = nominal;
    let source: CycleStartWithSource['source'] = 'nominal';
    if (actual && compareDates(actual, prev.start) > 0) {
      start = actual;
      source = 'dispensing';
    } else if (actual) {
      reasons.push(
        ctcaeReason('ctcae.dispensing-not-after', {
          cycle: n,
          date: actual,
          previous: prev.cycle,
          previousStart: prev.start,
        }),
      );
    }
    if (n > lastDispensed && compareDates(start, lastDate) > 0) break;
    cycles.push({ cycle: n, start, source });
  }
  reasons.unshift(ctcaeReason('ctcae.cycle-starts', { day1, days: cycleLengthDays }));
  return { cycles, reasons };
}

/**
 * @example subjectLabGrades({ enrollmentDate: '2026-01-01', dispensings: [],
 *   labs: [{ id: 'a', test: 'ALT', date: '2026-01-15', value: '121', unit: 'U/L',
 *   referenceLow: '7', referenceHigh: '40' }] }).results[0].grade // 2
 */
export function subjectLabGrades(input: SubjectLabInput): SubjectLabGrades {
  const read = readLabResults(input.labs);
  const day1 = input.enrollmentDate;
  const usable = read.flatMap((r) => (r.kind === 'usable' ? [r] : []));
  const baselines = new Map<LabTestCode, DatedLabResult>();
  if (day1) {
    for (const r of usable) {
      if (compareDates(r.result.date, day1) > 0) continue;
      const b = baselines.get(r.result.test);
      if (!b || compareDates(r.result.date, b.date) >= 0) baselines.set(r.result.test, r.result);
    }
  }
  const stored = new Map(input.labs.map((l) => [l.id, l]));
  const results: GradedStoredResult[] = read.map((r) => {
    const s = stored.get(r.id) as StoredLabResult;
    const base = { id: r.id, date: s.date, value: s.value, unit: s.unit, version: CTCAE_VERSION };
    if (r.kind === 'unusable')
      return {
        ...base,
        test: r.test,
        term: LAB_TESTS[r.test].term,
        grade: null,
        basis: null,
        baseline: null,
        reason: r.reason.text,
        reasons: [r.reason],
      };
    const lab = r.result;
    const b = baselines.get(lab.test);
    const onTreatment = day1 !== null && compareDates(lab.date, day1) > 0;
    const baseline =
      onTreatment && b
        ? {
            date: b.date,
            value:
              b.unit === lab.unit
                ? b.value
                : toNumber(convertLabValue(lab.test, ratio(b.value), b.unit, lab.unit)),
          }
        : null;
    const g = gradeLabResult({
      test: lab.test,
      value: lab.value,
      unit: lab.unit,
      lln: lab.lln ?? null,
      uln: lab.uln ?? null,
      baseline: baseline?.value ?? null,
    });
    const reasons = baseline
      ? [...g.reasons, ctcaeReason('ctcae.baseline-from', { date: baseline.date })]
      : g.reasons;
    return {
      ...base,
      test: lab.test,
      term: g.term,
      grade: g.grade,
      basis: g.basis,
      baseline,
      reason: reasonTexts(reasons).join('; '),
      reasons,
    };
  });
  results.sort((a, b) => compareDates(a.date, b.date) || a.test.localeCompare(b.test));
  if (!day1)
    return {
      results,
      cycles: [],
      worst: null,
      reasons: [ctcaeReason('ctcae.not-enrolled')],
    };
  const lastDate = results.reduce((m, r) => (compareDates(r.date, m) > 0 ? r.date : m), day1);
  const { cycles, reasons } = cycleStarts(day1, input.dispensings, lastDate, input.cycleLengthDays);
  const graded: GradedLabRecord[] = results.map((r) => ({
    test: r.test,
    date: r.date,
    grade: r.grade,
  }));
  const worst = worstLabGrades(
    cycles.map(({ cycle, start }) => ({ cycle, start })),
    graded,
  );
  return { results, cycles, worst, reasons: [...reasons, ...worst.reasons] };
}
