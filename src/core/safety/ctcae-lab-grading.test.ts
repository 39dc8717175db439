/**
 * CTCAE v5.0 boundaries, each at, just above and just below (CLINICAL-RULES.md "Safety"):
 * "A–B" = above A up to and including B for increases, below A down to B for decreases.
 * Expected grades are written out from the published table, not read from the engine's data.
 */
import { describe, expect, it } from 'vitest';
import { gradeLabResult, type LabResultInput } from './ctcae-lab-grading.ts';
import type { LabTestCode } from './lab-test-codes.ts';
import { UnknownUnitError } from './lab-unit-conversion.ts';

const g = (r: LabResultInput) => gradeLabResult(r).grade;

/** [value, expected grade] rows for a ULN of 100 (so value = percent of ULN). */
type Rows = Array<[number, number]>;

function checkUln(test: LabTestCode, rows: Rows, baseline?: number) {
  for (const [value, grade] of rows) {
    expect({ value, grade: g({ test, value, unit: 'U/L', uln: 100, baseline }) }).toEqual({
      value,
      grade,
    });
  }
}

describe('CTCAE v5.0 increases against ULN (baseline normal)', () => {
  // >ULN–3.0 | >3.0–5.0 | >5.0–20.0 | >20.0 × ULN
  const aminotransferase: Rows = [
    [99.99, 0],
    [100, 0],
    [100.01, 1],
    [299.99, 1],
    [300, 1],
    [300.01, 2],
    [500, 2],
    [500.01, 3],
    [2000, 3],
    [2000.01, 4],
  ];
  it('ALT', () => checkUln('ALT', aminotransferase));
  it('AST', () => checkUln('AST', aminotransferase));
  // >ULN–2.5 | >2.5–5.0 | >5.0–20.0 | >20.0 × ULN
  const alpGgt: Rows = [
    [100, 0],
    [100.01, 1],
    [250, 1],
    [250.01, 2],
    [500, 2],
    [500.01, 3],
    [2000, 3],
    [2000.01, 4],
  ];
  it('ALP', () => checkUln('ALP', alpGgt));
  it('GGT', () => checkUln('GGT', alpGgt));
  it('baseline equal to ULN is normal: graded × ULN', () => {
    checkUln('ALT', aminotransferase, 100);
    checkUln('ALT', aminotransferase, 20);
  });

  it('bilirubin: >ULN–1.5 | >1.5–3.0 | >3.0–10.0 | >10.0 × ULN', () => {
    const rows: Array<[number, number]> = [
      [20, 0],
      [20.01, 1],
      [30, 1],
      [30.01, 2],
      [60, 2],
      [60.01, 3],
      [200, 3],
      [200.01, 4],
    ];
    for (const [value, grade] of rows) {
      expect([value, g({ test: 'BILI', value, unit: 'µmol/L', uln: 20 })]).toEqual([value, grade]);
    }
  });

  it('compares exactly where floating point would not: 3 × 1.2 mg/dL is 3.5999999999999996', () => {
    expect(3 * 1.2).toBe(3.5999999999999996);
    expect(g({ test: 'BILI', value: 3.6, unit: 'mg/dL', uln: 1.2 })).toBe(2);
    expect(g({ test: 'BILI', value: 3.61, unit: 'mg/dL', uln: 1.2 })).toBe(3);
    expect(g({ test: 'BILI', value: 1.8, unit: 'mg/dL', uln: 1.2 })).toBe(1); // 1.5 × 1.2
    expect(g({ test: 'BILI', value: 1.81, unit: 'mg/dL', uln: 1.2 })).toBe(2);
    // ALT 0.3 vs 3 × 0.1 (0.30000000000000004 in floating point): exactly 3 × ULN → grade 1
    expect(g({ test: 'ALT', value: 0.3, unit: 'U/L', uln: 0.1 })).toBe(1);
    expect(g({ test: 'ALT', value: 1.2, unit: 'U/L', uln: 0.4 })).toBe(1);
    expect(g({ test: 'ALT', value: 1.2000001, unit: 'U/L', uln: 0.4 })).toBe(2);
  });

  it('missing ULN: not gradable with the reason, never a guess', () => {
    for (const test of ['ALT', 'AST', 'ALP', 'GGT'] as const) {
      const r = gradeLabResult({ test, value: 900, unit: 'U/L', baseline: 20 });
      expect(r.grade).toBeNull();
      expect(r.reason).toMatch(/not gradable, ULN missing/);
    }
    expect(gradeLabResult({ test: 'BILI', value: 90, unit: 'µmol/L' }).grade).toBeNull();
  });
});

describe('CTCAE v5.0 increases against an abnormal baseline', () => {
  // baseline 200 > ULN 100: ALT/AST 1.5–3.0 | >3.0–5.0 | >5.0–20.0 | >20.0 × baseline
  it('ALT/AST: grade 1 starts at 1.5 × baseline inclusive', () => {
    const rows: Rows = [
      [150, 0], // above ULN but below 1.5 × baseline
      [299.99, 0],
      [300, 1],
      [600, 1],
      [600.01, 2],
      [1000, 2],
      [1000.01, 3],
      [4000, 3],
      [4000.01, 4],
    ];
    checkUln('ALT', rows, 200);
    checkUln('AST', rows, 200);
  });
  it('ALP/GGT: 2.0–2.5 | >2.5–5.0 | >5.0–20.0 | >20.0 × baseline', () => {
    const rows: Rows = [
      [399.99, 0],
      [400, 1],
      [500, 1],
      [500.01, 2],
      [1000, 2],
      [1000.01, 3],
      [4000, 3],
      [4000.01, 4],
    ];
    checkUln('ALP', rows, 200);
    checkUln('GGT', rows, 200);
  });
  it('bilirubin: >1.0–1.5 × baseline (exclusive at 1.0)', () => {
    const rows: Array<[number, number]> = [
      [30, 0],
      [30.01, 1],
      [45, 1],
      [45.01, 2],
      [90, 2],
      [90.01, 3],
      [300, 3],
      [300.01, 4],
    ];
    for (const [value, grade] of rows) {
      expect([value, g({ test: 'BILI', value, unit: 'µmol/L', uln: 20, baseline: 30 })]).toEqual([
        value,
        grade,
      ]);
    }
  });
  it('says which rule it used', () => {
    const r = gradeLabResult({ test: 'ALT', value: 300, unit: 'U/L', uln: 100, baseline: 200 });
    expect(r.basis).toBe('abnormal-baseline');
    expect(r.reason).toContain('baseline 200 > ULN 100: baseline abnormal, graded × baseline');
    expect(r.reason).toContain('1.5 × baseline');
    const n = gradeLabResult({ test: 'ALT', value: 300, unit: 'U/L', uln: 100 });
    expect(n.basis).toBe('uln');
    expect(n.reason).toContain('no baseline given');
  });
});

describe('CTCAE v5.0 creatinine', () => {
  it('against ULN: >ULN–1.5 | >1.5–3.0 | >3.0–6.0 | >6.0 × ULN', () => {
    const rows: Array<[number, number]> = [
      [100, 0],
      [100.01, 1],
      [150, 1],
      [150.01, 2],
      [300, 2],
      [300.01, 3],
      [600, 3],
      [600.01, 4],
    ];
    for (const [value, grade] of rows) {
      expect([value, g({ test: 'CREAT', value, unit: 'µmol/L', uln: 100 })]).toEqual([
        value,
        grade,
      ]);
    }
  });
  it('against baseline: >1.5–3.0 × baseline grade 2, >3.0 × baseline grade 3; the higher grade wins', () => {
    const b = (value: number) =>
      g({ test: 'CREAT', value, unit: 'µmol/L', uln: 100, baseline: 30 });
    expect(b(45)).toBe(0); // 1.5 × baseline, not above ULN
    expect(b(45.01)).toBe(2);
    expect(b(90)).toBe(2);
    expect(b(90.01)).toBe(3);
    expect(b(700)).toBe(4); // ULN rule gives 4, baseline only 3
  });
  it('mg/dL with the 88.4 factor', () => {
    expect(g({ test: 'CREAT', value: 1.5, unit: 'mg/dL', uln: 1 })).toBe(1);
    expect(g({ test: 'CREAT', value: 1.51, unit: 'mg/dL', uln: 1 })).toBe(2);
    expect(g({ test: 'CREAT', value: 6.01, unit: 'mg/dL', uln: 1 })).toBe(4);
  });
  it('no ULN: not gradable, the reason gives the baseline lower bound', () => {
    const r = gradeLabResult({ test: 'CREAT', value: 100, unit: 'µmol/L', baseline: 30 });
    expect(r.grade).toBeNull();
    expect(r.reason).toMatch(/ULN missing.*at least grade 3/);
  });
});

describe('CTCAE v5.0 decreases', () => {
  const dec = (test: LabTestCode, unit: string, lln: number | undefined, rows: Rows) => {
    for (const [value, grade] of rows) {
      expect([test, value, g({ test, value, unit, lln })]).toEqual([test, value, grade]);
    }
  };
  it('neutrophils: <LLN–1.5 | <1.5–1.0 | <1.0–0.5 | <0.5 × 10^9/L', () => {
    dec('NEUT', '10^9/L', 2, [
      [2, 0],
      [1.99, 1],
      [1.5, 1],
      [1.49, 2],
      [1, 2],
      [0.99, 3],
      [0.5, 3],
      [0.49, 4],
    ]);
  });
  it('platelets: <LLN–75 | <75–50 | <50–25 | <25', () => {
    dec('PLAT', '10^9/L', 150, [
      [150, 0],
      [149.9, 1],
      [75, 1],
      [74.9, 2],
      [50, 2],
      [49.9, 3],
      [25, 3],
      [24.9, 4],
    ]);
  });
  it('WBC: <LLN–3.0 | <3.0–2.0 | <2.0–1.0 | <1.0', () => {
    dec('WBC', '10^9/L', 4, [
      [4, 0],
      [3.99, 1],
      [3, 1],
      [2.99, 2],
      [2, 2],
      [1.99, 3],
      [1, 3],
      [0.99, 4],
    ]);
  });
  it('lymphocytes: <LLN–0.8 | <0.8–0.5 | <0.5–0.2 | <0.2', () => {
    dec('LYMPH', '10^9/L', 1.1, [
      [1.1, 0],
      [1.09, 1],
      [0.8, 1],
      [0.79, 2],
      [0.5, 2],
      [0.49, 3],
      [0.2, 3],
      [0.19, 4],
    ]);
  });
  it('haemoglobin: <LLN–100 | <100–80 | <80 g/L; never grade 4 from a value', () => {
    dec('HGB', 'g/L', 130, [
      [130, 0],
      [129, 1],
      [100, 1],
      [99.9, 2],
      [80, 2],
      [79.9, 3],
      [20, 3],
    ]);
    expect(gradeLabResult({ test: 'HGB', value: 20, unit: 'g/L' }).reason).toMatch(
      /grade 4 is defined by clinical consequences/,
    );
  });
  it('in other units: /mm³, 10^3/µL, g/dL', () => {
    dec('NEUT', '/mm^3', 2000, [
      [1500, 1],
      [1499, 2],
      [499, 4],
    ]);
    dec('PLAT', '10^3/µL', 150, [
      [75, 1],
      [74, 2],
    ]);
    dec('HGB', 'g/dL', 13, [
      [10, 1],
      [9.99, 2],
      [8, 2],
      [7.99, 3],
    ]);
    // 0.1 + 0.7 style trap: 7.99 g/dL × 10 must be 79.9, not 79.89999999999999
    expect(gradeLabResult({ test: 'HGB', value: 7.99, unit: 'g/dL' }).canonicalValue).toBe(79.9);
  });
  it('without LLN: absolute grades are certain, grade 0 vs 1 is not', () => {
    expect(g({ test: 'NEUT', value: 1.49, unit: '10^9/L' })).toBe(2);
    const r = gradeLabResult({ test: 'NEUT', value: 1.5, unit: '10^9/L' });
    expect(r.grade).toBeNull();
    expect(r.reason).toMatch(/not gradable, LLN missing/);
    expect(g({ test: 'HGB', value: 100, unit: 'g/L' })).toBeNull();
  });
});

describe('every grade records its version and term', () => {
  it('v5.0 on each result', () => {
    const r = gradeLabResult({ test: 'GGT', value: 10, unit: 'U/L', uln: 50 });
    expect(r).toMatchObject({ version: '5.0', term: 'GGT increased', grade: 0 });
    expect(r.reason).toContain('CTCAE v5.0');
  });
  it('rejects an unknown unit and impossible numbers', () => {
    expect(() => gradeLabResult({ test: 'ALT', value: 1, unit: 'mg/dL', uln: 40 })).toThrow(
      UnknownUnitError,
    );
    expect(() => gradeLabResult({ test: 'ALT', value: -1, unit: 'U/L', uln: 40 })).toThrow(
      RangeError,
    );
    expect(() => gradeLabResult({ test: 'ALT', value: 1, unit: 'U/L', uln: 0 })).toThrow(/uln/);
  });
});
