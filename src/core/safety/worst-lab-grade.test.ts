import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import { worstLabGrades } from './worst-lab-grade.ts';

const cycles = [
  { cycle: 1, start: '2026-01-01' },
  { cycle: 2, start: '2026-01-29' },
  { cycle: 3, start: '2026-02-26' },
];

describe('worst lab grade per subject and cycle', () => {
  const w = worstLabGrades(cycles, [
    { test: 'ALT', date: '2025-12-20', grade: 3 }, // pre-treatment
    { test: 'ALT', date: '2026-01-01', grade: 1 }, // first day of cycle 1
    { test: 'ALT', date: '2026-01-28', grade: 2 }, // last day of cycle 1
    { test: 'ALT', date: '2026-01-29', grade: 0 }, // first day of cycle 2
    { test: 'ALT', date: '2026-02-10', grade: 2 }, // tie with cycle 1: first occurrence kept
    { test: 'NEUT', date: '2026-03-30', grade: 4 }, // open last cycle
    { test: 'NEUT', date: '2026-02-01', grade: null },
    { test: 'PLAT', date: '2026-02-02', grade: null },
  ]);

  it('assigns results to half-open cycles [start, next start)', () => {
    expect(w.byCycle.map((c) => [c.cycle, c.end, c.worst])).toEqual([
      [1, '2026-01-28', 2],
      [2, '2026-02-25', 2],
      [3, null, 4],
    ]);
  });

  it('takes the worst on-treatment grade per test, first occurrence on ties', () => {
    const alt = w.byTest.find((c) => c.test === 'ALT');
    expect(alt).toMatchObject({ worstGrade: 2, date: '2026-01-28', graded: 4, notGradable: 0 });
    expect(w.worst).toBe(4);
  });

  it('keeps pre-treatment results apart', () => {
    expect(w.preTreatment).toMatchObject([{ test: 'ALT', worstGrade: 3, date: '2025-12-20' }]);
    expect(reasonTexts(w.reasons).join(' ')).toMatch(/1 pre-treatment result/);
  });

  it('not gradable results neither raise nor hide a grade; all-null gives null with a reason', () => {
    const neut = w.byTest.find((c) => c.test === 'NEUT');
    expect(neut).toMatchObject({ worstGrade: 4, graded: 1, notGradable: 1 });
    const plat = w.byTest.find((c) => c.test === 'PLAT');
    expect(plat).toMatchObject({ worstGrade: null, date: null });
    expect(plat?.reason.text).toMatch(/not gradable/);
    expect(w.byCycle[1]?.byTest.find((c) => c.test === 'PLAT')?.worstGrade).toBeNull();
  });

  it('rejects cycles out of order', () => {
    expect(() =>
      worstLabGrades(
        [
          { cycle: 1, start: '2026-02-01' },
          { cycle: 2, start: '2026-01-01' },
        ],
        [],
      ),
    ).toThrow(/increasing/);
  });
});
