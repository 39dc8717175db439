/**
 * Worst CTCAE lab grade per subject and per treatment cycle (issue 6).
 *
 * A result belongs to the cycle whose start date is on or before its date and whose next cycle
 * has not started (cycles are half-open [start, next start)); the last cycle is open-ended.
 * Results dated before the first cycle are pre-treatment (baseline) and are reported apart,
 * not counted in the on-treatment worst grade — a baseline abnormality is not a toxicity.
 * Not-gradable results (grade null) never lower or raise a worst grade; they are counted, and
 * a test whose results are all not gradable has worst grade null with that reason.
 * Ties: the earliest date of the worst grade is kept (first occurrence).
 */
import { addDays, compareDates, type IsoDate, isIsoDate } from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { ctcaeReason } from './ctcae-reasons.ts';
import type { LabGradeValue } from './ctcae-v5-criteria.ts';
import { LAB_TESTS, type LabTestCode } from './lab-test-codes.ts';

export interface GradedLabRecord {
  test: LabTestCode;
  date: IsoDate;
  grade: LabGradeValue | null;
}

export interface CycleStart {
  cycle: number;
  start: IsoDate;
}

export interface WorstGradeCell {
  test: LabTestCode;
  term: string;
  worstGrade: LabGradeValue | null;
  /** First date the worst grade was seen. */
  date: IsoDate | null;
  graded: number;
  notGradable: number;
  reason: Reason;
}

export interface CycleWorst {
  cycle: number;
  start: IsoDate;
  /** Day before the next cycle starts; null for the last (open) cycle. */
  end: IsoDate | null;
  byTest: WorstGradeCell[];
  worst: LabGradeValue | null;
}

export interface WorstGrades {
  /** On treatment, over all cycles. */
  byTest: WorstGradeCell[];
  worst: LabGradeValue | null;
  byCycle: CycleWorst[];
  preTreatment: WorstGradeCell[];
  reasons: Reason[];
}

/**
 * @example
 * worstLabGrades([{ cycle: 1, start: '2026-01-01' }, { cycle: 2, start: '2026-01-29' }],
 *   [{ test: 'ALT', date: '2026-01-15', grade: 2 }, { test: 'ALT', date: '2026-02-01', grade: 1 }])
 *   // worst 2; cycle 1 worst 2, cycle 2 worst 1
 * @throws DomainError when cycles are not strictly increasing or dates are invalid
 */
export function worstLabGrades(
  cycles: readonly CycleStart[],
  results: readonly GradedLabRecord[],
): WorstGrades {
  if (cycles.length === 0)
    throw invalid('cycles', 'required', 'at least one cycle start is needed');
  cycles.forEach((c, i) => {
    if (!isIsoDate(c.start))
      throw invalid(`cycles.${i}.start`, 'iso-date', `not a date: ${c.start}`);
    const prev = cycles[i - 1];
    if (prev && (compareDates(prev.start, c.start) >= 0 || prev.cycle >= c.cycle)) {
      throw invalid(
        `cycles.${i}`,
        'ascending',
        'cycles must be in increasing order of number and date',
      );
    }
  });
  results.forEach((r, i) => {
    if (!isIsoDate(r.date)) throw invalid(`results.${i}.date`, 'iso-date', `not a date: ${r.date}`);
  });

  const first = cycles[0] as CycleStart;
  const pre = results.filter((r) => compareDates(r.date, first.start) < 0);
  const onTreatment = results.filter((r) => compareDates(r.date, first.start) >= 0);
  const byCycle: CycleWorst[] = cycles.map((c, i) => {
    const next = cycles[i + 1];
    const inCycle = onTreatment.filter(
      (r) => compareDates(r.date, c.start) >= 0 && (!next || compareDates(r.date, next.start) < 0),
    );
    const cells = cellsByTest(inCycle);
    return {
      cycle: c.cycle,
      start: c.start,
      end: next ? addDays(next.start, -1) : null,
      byTest: cells,
      worst: maxGrade(cells),
    };
  });
  const byTest = cellsByTest(onTreatment);
  const reasons = [
    ctcaeReason('ctcae.on-treatment-results', {
      count: onTreatment.length,
      cycle: first.cycle,
      start: first.start,
    }),
  ];
  if (pre.length > 0) reasons.push(ctcaeReason('ctcae.pre-treatment-apart', { count: pre.length }));
  return { byTest, worst: maxGrade(byTest), byCycle, preTreatment: cellsByTest(pre), reasons };
}

function maxGrade(cells: readonly WorstGradeCell[]): LabGradeValue | null {
  let worst: LabGradeValue | null = null;
  for (const c of cells)
    if (c.worstGrade !== null && (worst === null || c.worstGrade > worst)) worst = c.worstGrade;
  return worst;
}

function cellsByTest(records: readonly GradedLabRecord[]): WorstGradeCell[] {
  const tests = [...new Set(records.map((r) => r.test))].sort();
  return tests.map((test) => {
    const rs = records.filter((r) => r.test === test).sort((a, b) => compareDates(a.date, b.date));
    let worst: GradedLabRecord | null = null;
    for (const r of rs)
      if (r.grade !== null && (worst === null || r.grade > (worst.grade as number))) worst = r;
    const graded = rs.filter((r) => r.grade !== null).length;
    const notGradable = rs.length - graded;
    const term = LAB_TESTS[test].term;
    const found = worst ? { grade: worst.grade ?? '', date: worst.date, graded } : null;
    const reason = !found
      ? ctcaeReason('ctcae.all-not-gradable', { count: notGradable })
      : notGradable > 0
        ? ctcaeReason('ctcae.worst-grade-some-not-gradable', { ...found, notGradable })
        : ctcaeReason('ctcae.worst-grade', found);
    return {
      test,
      term,
      worstGrade: worst ? worst.grade : null,
      date: worst ? worst.date : null,
      graded,
      notGradable,
      reason,
    };
  });
}
