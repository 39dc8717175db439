import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import type { StoredLabResult } from './stored-lab-results.ts';
import { cycleStarts, subjectLabGrades } from './subject-lab-grades.ts';

let n = 0;
const r = (
  test: string,
  date: string,
  value: string | null,
  unit: string | null,
  referenceHigh: string | null = null,
  referenceLow: string | null = null,
): StoredLabResult => ({ id: `r${++n}`, test, date, value, unit, referenceLow, referenceHigh });

describe('cycleStarts', () => {
  it('cycle 1 on day 1, later cycles on dispensing, else nominal 28 days, up to the last result', () => {
    const c = cycleStarts('2026-01-05', [{ cycle: 2, date: '2026-02-04' }], '2026-04-01');
    expect(c.cycles).toEqual([
      { cycle: 1, start: '2026-01-05', source: 'day-1' },
      { cycle: 2, start: '2026-02-04', source: 'dispensing' },
      { cycle: 3, start: '2026-03-04', source: 'nominal' },
      { cycle: 4, start: '2026-04-01', source: 'nominal' },
    ]);
  });

  it('a dispensing that does not move forward is ignored with a reason', () => {
    const c = cycleStarts('2026-01-05', [{ cycle: 2, date: '2026-01-05' }], '2026-01-10');
    expect(c.cycles[1]).toEqual({ cycle: 2, start: '2026-02-02', source: 'nominal' });
    expect(reasonTexts(c.reasons).join(' ')).toMatch(
      /cycle 2 dispensing on 2026-01-05 is not after/,
    );
  });
});

describe('subjectLabGrades', () => {
  it('grades on-treatment results against the baseline (abnormal baseline → × baseline)', () => {
    const g = subjectLabGrades({
      enrollmentDate: '2026-01-05',
      dispensings: [],
      labs: [r('ALT', '2026-01-01', '50', 'U/L', '40'), r('ALT', '2026-01-20', '75', 'U/L', '40')],
    });
    const onTreatment = g.results.find((x) => x.date === '2026-01-20');
    // 75 = 1.5 × baseline 50 (baseline > ULN): grade 1 at the inclusive start
    expect(onTreatment).toMatchObject({
      grade: 1,
      basis: 'abnormal-baseline',
      baseline: { date: '2026-01-01', value: 50 },
    });
    // without the baseline it would be 1.875 × ULN → grade 1 too; with baseline 60: 75 < 90 → 0
    const g2 = subjectLabGrades({
      enrollmentDate: '2026-01-05',
      dispensings: [],
      labs: [r('ALT', '2026-01-01', '60', 'U/L', '40'), r('ALT', '2026-01-20', '75', 'U/L', '40')],
    });
    expect(g2.results.find((x) => x.date === '2026-01-20')?.grade).toBe(0);
  });

  it('converts a baseline recorded in another unit', () => {
    const g = subjectLabGrades({
      enrollmentDate: '2026-01-05',
      dispensings: [],
      labs: [
        r('BILI', '2026-01-02', '2', 'mg/dL', '1.2'), // 34.2 µmol/L, above ULN 20.52
        r('BILI', '2026-01-20', '68.4', 'umol/L', '21'), // exactly 2 × baseline
      ],
    });
    const x = g.results.find((y) => y.date === '2026-01-20');
    expect(x?.baseline?.value).toBeCloseTo(34.2, 10);
    expect(x).toMatchObject({ basis: 'abnormal-baseline', grade: 2 });
  });

  it('keeps unreadable results as not gradable with the reason; skips not-done and other tests', () => {
    const g = subjectLabGrades({
      enrollmentDate: '2026-01-05',
      dispensings: [],
      labs: [
        r('CREAT', '2026-01-20', '1.0', 'mg/L', '81'),
        r('PLAT', '2026-01-20', 'clumped', '10^9/L'),
        r('ALT', '2026-01-20', null, 'U/L', '40'),
        r('UREA', '2026-01-20', '5', 'mmol/L', '7.5'),
        r('HGB', '2026-01-20', '95', null),
      ],
    });
    expect(g.results.map((x) => [x.test, x.grade])).toEqual([
      ['CREAT', null],
      ['HGB', null],
      ['PLAT', null],
    ]);
    expect(g.results[0]?.reason).toMatch(/unknown unit "mg\/L"/);
    expect(g.results[1]?.reason).toMatch(/no unit/);
    expect(g.results[2]?.reason).toMatch(/not a number/);
    expect(g.worst?.byTest.every((c) => c.worstGrade === null)).toBe(true);
  });

  it('worst grade per cycle; pre-treatment apart; not enrolled → no worst grade', () => {
    const labs = [
      r('PLAT', '2026-01-01', '60', '10^9/L'),
      r('PLAT', '2026-01-20', '74', '10^9/L'),
      r('PLAT', '2026-02-10', '40', '10^9/L'),
    ];
    const g = subjectLabGrades({
      enrollmentDate: '2026-01-05',
      dispensings: [{ cycle: 2, date: '2026-02-03' }],
      labs,
    });
    expect(g.worst?.worst).toBe(3);
    expect(g.worst?.byCycle.map((c) => c.worst)).toEqual([2, 3]);
    expect(g.worst?.preTreatment[0]?.worstGrade).toBe(2);
    const none = subjectLabGrades({ enrollmentDate: null, dispensings: [], labs });
    expect(none.worst).toBeNull();
    expect(none.results.map((x) => x.grade)).toEqual([2, 2, 3]);
  });
});
