/**
 * The CTCAE v5.0 grading's reasons as codes and parameters (what a translation is built from),
 * at the exact grade boundaries ("A–B" = above A up to and including B).
 */
import { describe, expect, it } from 'vitest';
import { gradeLabResult } from './ctcae-lab-grading.ts';
import { CTCAE_REASONS } from './ctcae-reasons.ts';
import { worstLabGrades } from './worst-lab-grade.ts';

const first = (input: Parameters<typeof gradeLabResult>[0]) => {
  const { code, params } = gradeLabResult(input).reasons[0] ?? { code: '', params: {} };
  return { code, params };
};

describe('CTCAE grading reasons: codes and parameters', () => {
  it('ALT exactly 3 × ULN is still grade 1 (>ULN–3 × ULN); just above is grade 2', () => {
    expect(first({ test: 'ALT', value: 120, unit: 'U/L', uln: 40 })).toEqual({
      code: 'ctcae.uln-band',
      params: {
        shown: 'ALT 120 U/L',
        times: '3',
        ref: '40',
        unit: 'U/L',
        band: '>ULN–3 × ULN',
        grade: 1,
      },
    });
    expect(first({ test: 'ALT', value: 120.4, unit: 'U/L', uln: 40 }).params).toMatchObject({
      times: '3.01',
      band: '>3–5 × ULN',
      grade: 2,
    });
  });

  it('exactly ULN is grade 0 (not above ULN); above 20 × ULN is grade 4 (top band)', () => {
    expect(first({ test: 'ALT', value: 40, unit: 'U/L', uln: 40 })).toEqual({
      code: 'ctcae.uln-not-above',
      params: { shown: 'ALT 40 U/L', times: '1', ref: '40', unit: 'U/L', edge: 'ULN' },
    });
    expect(first({ test: 'ALT', value: 801, unit: 'U/L', uln: 40 }).params).toMatchObject({
      band: '>20 × ULN',
      grade: 4,
    });
  });

  it('abnormal baseline: ALT exactly 1.5 × baseline is grade 1 (≥1.5–3 × baseline), below is 0', () => {
    const g = gradeLabResult({ test: 'ALT', value: 300, unit: 'U/L', uln: 100, baseline: 200 });
    expect(g.reasons.map((r) => r.code)).toEqual([
      'ctcae.baseline-band',
      'ctcae.baseline-abnormal',
      'ctcae.term-ALT',
    ]);
    expect(g.reasons[0]?.params).toEqual({
      shown: 'ALT 300 U/L',
      times: '1.5',
      ref: '200',
      unit: 'U/L',
      op: '≥',
      lower: '1.5',
      upper: '3',
      grade: 1,
    });
    expect(g.reasons[1]?.params).toEqual({ baseline: '200', uln: '100' });
    expect(first({ test: 'ALT', value: 299, unit: 'U/L', uln: 100, baseline: 200 })).toMatchObject({
      code: 'ctcae.baseline-not-at-or-above',
      params: { lower: '1.5' },
    });
  });

  it('bilirubin with abnormal baseline: grade 1 band starts at the baseline itself', () => {
    expect(first({ test: 'BILI', value: 31, unit: 'µmol/L', uln: 20, baseline: 30 })).toMatchObject(
      {
        code: 'ctcae.baseline-band-from-ref',
        params: { op: '>', upper: '1.5', grade: 1 },
      },
    );
    expect(first({ test: 'BILI', value: 30, unit: 'µmol/L', uln: 20, baseline: 30 }).code).toBe(
      'ctcae.baseline-not-above-ref',
    );
  });

  it('creatinine: the baseline grade used when higher; without ULN the baseline floor is said', () => {
    const g = gradeLabResult({ test: 'CREAT', value: 91, unit: 'µmol/L', uln: 100, baseline: 30 });
    expect(g.reasons.map((r) => r.code)).toEqual([
      'ctcae.uln-not-above',
      'ctcae.creat-baseline-higher-top',
      'ctcae.term-CREAT',
    ]);
    expect(g.reasons[1]?.params).toMatchObject({ op: '>', lower: '3', grade: 3 });
    expect(first({ test: 'CREAT', value: 91, unit: 'µmol/L', baseline: 30 })).toMatchObject({
      code: 'ctcae.creat-no-uln-floor-top',
      params: { shown: 'CREAT 91 µmol/L', grade: 3, lower: '3' },
    });
  });

  it('absolute limits: platelets exactly 75 is not grade 2; without LLN not gradable', () => {
    expect(first({ test: 'PLAT', value: 74.9, unit: '10^9/L', lln: 150 })).toEqual({
      code: 'ctcae.absolute-band',
      params: { shown: 'PLAT 74.9 10^9/L', below: '75', lowerEnd: '50', unit: '10^9/L', grade: 2 },
    });
    expect(first({ test: 'PLAT', value: 75, unit: '10^9/L', lln: 150 })).toEqual({
      code: 'ctcae.below-lln',
      params: { shown: 'PLAT 75 10^9/L', lln: '150', limit: '75', unit: '10^9/L' },
    });
    expect(first({ test: 'PLAT', value: 75, unit: '10^9/L' }).code).toBe('ctcae.lln-missing');
    expect(first({ test: 'HGB', value: 20, unit: 'g/L' }).code).toBe('ctcae.absolute-band-top');
  });

  it('a converted unit is shown in both units; the version is a parameter of the term', () => {
    const g = gradeLabResult({ test: 'BILI', value: 3.6, unit: 'mg/dL', uln: 1.2 });
    expect(g.reasons[0]?.params.shown).toMatch(/^BILI 3\.6 mg\/dL = [\d.]+ µmol\/L$/);
    expect(g.reasons.at(-1)).toEqual({
      code: 'ctcae.term-BILI',
      params: { version: '5.0' },
      text: 'CTCAE v5.0 "Blood bilirubin increased"',
    });
  });

  it('every reason code the grading gives is in the catalogue', () => {
    const g = gradeLabResult({ test: 'NEUT', value: 0.4, unit: '10^9/L' });
    for (const r of g.reasons) expect(Object.keys(CTCAE_REASONS)).toContain(r.code);
  });
});

describe('worst grade reasons: codes and parameters', () => {
  it('counts, cycle and dates as parameters', () => {
    const w = worstLabGrades(
      [{ cycle: 1, start: '2026-01-01' }],
      [
        { test: 'ALT', date: '2025-12-30', grade: 1 },
        { test: 'ALT', date: '2026-01-10', grade: 2 },
        { test: 'ALT', date: '2026-01-12', grade: null },
        { test: 'PLAT', date: '2026-01-12', grade: null },
      ],
    );
    expect(w.reasons.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'ctcae.on-treatment-results', params: { count: 3, cycle: 1, start: '2026-01-01' } },
      { code: 'ctcae.pre-treatment-apart', params: { count: 1 } },
    ]);
    const [alt, plat] = w.byTest;
    expect(alt?.reason).toMatchObject({
      code: 'ctcae.worst-grade-some-not-gradable',
      params: { grade: 2, date: '2026-01-10', graded: 1, notGradable: 1 },
    });
    expect(plat?.reason).toMatchObject({ code: 'ctcae.all-not-gradable', params: { count: 1 } });
  });
});
