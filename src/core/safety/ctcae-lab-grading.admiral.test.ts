/**
 * Public reference vectors: the CTCAE v5.0 cases of the admiral R package's tests for
 * `derive_var_atoxgr_dir()` (pharmaverse/admiral, tests/testthat/test-derive_var_atoxgr.R,
 * tests 6a, 12a, 14a, 16a, 18a, 26a, 30a, 40a, 44a, 46a, 50a; criteria from
 * data-raw/adlb_grading/ncictcaev5.json). Columns: AVAL (value), ANRLO (LLN), ANRHI (ULN),
 * BASE (baseline), expected grade (NA → null). admiral marks the baseline abnormal with
 * BNRIND = "HIGH"; here the same follows from baseline > ULN, which is how those rows are built
 * (ANRHI = BASE − 1). Rows that test admiral's column plumbing (missing AVAL, missing unit,
 * unknown term) have no counterpart here: value and unit are required inputs. One row differs on
 * purpose (GGT 2.0 × abnormal baseline, see Test 30a below).
 */
import { describe, expect, it } from 'vitest';
import { gradeLabResult } from './ctcae-lab-grading.ts';
import type { LabTestCode } from './lab-test-codes.ts';

type Row = [value: number, limit: number | null, expected: number | null];

function run(
  test: LabTestCode,
  unit: string,
  side: 'uln' | 'lln',
  rows: Row[],
  baseline?: (uln: number) => number,
) {
  for (const [value, limit, expected] of rows) {
    const input =
      side === 'uln'
        ? {
            test,
            value,
            unit,
            uln: limit,
            baseline: baseline && limit !== null ? baseline(limit) : null,
          }
        : { test, value, unit, lln: limit };
    expect({ value, limit, grade: gradeLabResult(input).grade }).toEqual({
      value,
      limit,
      grade: expected,
    });
  }
}

// ALT/AST, baseline normal (BASE = ANRHI = 40)
const aminoNormal: Row[] = [
  [801, 40, 4],
  [800, 40, 3],
  [201, 40, 3],
  [200, 40, 2],
  [121, 40, 2],
  [120, 40, 1],
  [41, 40, 1],
  [40, 40, 0],
  [100, null, null],
];
// ALT/AST, baseline abnormal (BASE = 40, ANRHI = 39)
const aminoAbnormal: Row[] = [
  [801, 39, 4],
  [800, 39, 3],
  [201, 39, 3],
  [200, 39, 2],
  [121, 39, 2],
  [120, 39, 1],
  [60, 39, 1],
  [59, 39, 0],
];

describe('admiral CTCAE v5.0 vectors', () => {
  it('Test 12a: alanine aminotransferase increased', () => {
    run('ALT', 'U/L', 'uln', aminoNormal, (uln) => uln);
    run('ALT', 'U/L', 'uln', aminoAbnormal, () => 40);
  });
  it('Test 16a: aspartate aminotransferase increased', () => {
    run('AST', 'U/L', 'uln', aminoNormal, (uln) => uln);
    run('AST', 'U/L', 'uln', aminoAbnormal, () => 40);
  });
  it('Test 14a: alkaline phosphatase increased', () => {
    const normal: Row[] = [
      [801, 40, 4],
      [800, 40, 3],
      [201, 40, 3],
      [200, 40, 2],
      [101, 40, 2],
      [100, 40, 1],
      [41, 40, 1],
      [40, 40, 0],
      [100, null, null],
    ];
    const abnormal: Row[] = [
      [801, 39, 4],
      [800, 39, 3],
      [201, 39, 3],
      [200, 39, 2],
      [101, 39, 2],
      [100, 39, 1],
      [80, 39, 1],
      [79, 39, 0],
    ];
    run('ALP', 'U/L', 'uln', normal, (uln) => uln);
    run('ALP', 'U/L', 'uln', abnormal, () => 40);
  });
  it('Test 30a: GGT increased', () => {
    const normal: Row[] = [
      [801, 40, 4],
      [800, 40, 3],
      [201, 40, 3],
      [200, 40, 2],
      [101, 40, 2],
      [100, 40, 1],
      [41, 40, 1],
      [40, 40, 0],
      [100, null, null],
    ];
    const abnormal: Row[] = [
      [801, 39, 4],
      [800, 39, 3],
      [201, 39, 3],
      [200, 39, 2],
      [101, 39, 2],
      [100, 39, 1],
      [81, 39, 1],
      [79, 39, 0],
    ];
    run('GGT', 'U/L', 'uln', normal, (uln) => uln);
    run('GGT', 'U/L', 'uln', abnormal, () => 40);
    // Deliberate deviation: admiral expects [80, 39, 0] because its GGT code reads grade 1 as
    // "> 2 × BASE", while its ALP code (same CTCAE wording "2.0 - 2.5 x baseline") reads
    // ">= 2 × BASE". CTCAE v5.0 and CLINICAL-RULES.md write GGT exactly like ALP, so 80 =
    // 2.0 × baseline 40 is grade 1 here, as it is for ALP in admiral's own Test 14a.
    run('GGT', 'U/L', 'uln', [[80, 39, 1]], () => 40);
  });
  it('Test 18a: blood bilirubin increased (baseline normal, then BASE 40 with ANRHI 39)', () => {
    const rows = (uln: number): Row[] => [
      [401, uln, 4],
      [400, uln, 3],
      [121, uln, 3],
      [120, uln, 2],
      [61, uln, 2],
      [60, uln, 1],
      [41, uln, 1],
      [40, uln, 0],
    ];
    run('BILI', 'µmol/L', 'uln', rows(40), (uln) => uln);
    run('BILI', 'µmol/L', 'uln', rows(39), () => 40);
    run('BILI', 'µmol/L', 'uln', [[100, null, null]]);
  });
  it('Test 26a: creatinine increased', () => {
    const rows: Array<[number, number, number | null, number | null]> = [
      [241, 241, 40, 4],
      [240, 230, 40, 3],
      [121, 120, 40, 3],
      [120, 119, 40, 2],
      [61, 60, 40, 2],
      [60, 60, 40, 1],
      [41, 41, 40, 1],
      [40, 40, 40, 0],
      [42, 6, 40, 3],
      [42, 13.9, 40, 3],
      [42, 14, 40, 2],
      [42.1, 28, 40, 2],
      [42, 42, null, null],
    ];
    for (const [value, baseline, uln, expected] of rows) {
      const grade = gradeLabResult({ test: 'CREAT', value, unit: 'µmol/L', uln, baseline }).grade;
      expect({ value, baseline, uln, grade }).toEqual({ value, baseline, uln, grade: expected });
    }
  });
  it('Test 44a: neutrophil count decreased', () => {
    run('NEUT', '10^9/L', 'lln', [
      [0.49, 2, 4],
      [0.5, 2, 3],
      [0.99, 2, 3],
      [1, 2, 2],
      [1.49, 2, 2],
      [1.5, 2, 1],
      [1.9, 2, 1],
      [2, 2, 0],
      [0.49, null, 4],
      [0.5, null, 3],
      [0.99, null, 3],
      [1, null, 2],
      [1.49, null, 2],
      [1.5, null, null],
      [1.9, null, null],
      [2, null, null],
    ]);
  });
  it('Test 44b: neutrophils in 10^3/µL give the same grades', () => {
    run('NEUT', '10^3/uL', 'lln', [
      [0.49, 2, 4],
      [1.5, 2, 1],
      [2, 2, 0],
    ]);
  });
  it('Test 46a: platelet count decreased', () => {
    run('PLAT', '10^9/L', 'lln', [
      [24, 100, 4],
      [25, 100, 3],
      [49, 100, 3],
      [50, 100, 2],
      [74, 100, 2],
      [75, 100, 1],
      [99, 100, 1],
      [100, 100, 0],
      [24, null, 4],
      [25, null, 3],
      [49, null, 3],
      [50, null, 2],
      [74, null, 2],
      [75, null, null],
      [99, null, null],
      [100, null, null],
    ]);
  });
  it('Test 50a: white blood cell decreased', () => {
    run('WBC', '10^9/L', 'lln', [
      [0.9, 5, 4],
      [1, 5, 3],
      [1.9, 5, 3],
      [2, 5, 2],
      [2.9, 5, 2],
      [3, 5, 1],
      [4.9, 5, 1],
      [5, 5, 0],
      [0.9, null, 4],
      [1, null, 3],
      [1.9, null, 3],
      [2, null, 2],
      [2.9, null, 2],
      [3, null, null],
    ]);
  });
  it('Test 40a: lymphocyte count decreased', () => {
    run('LYMPH', '10^9/L', 'lln', [
      [0.19, 140, 4],
      [0.2, 140, 3],
      [0.49, 140, 3],
      [0.5, 140, 2],
      [0.79, 140, 2],
      [0.8, 140, 1],
      [1.09, 1.1, 1],
      [1.1, 1.1, 0],
      [0.19, null, 4],
      [0.2, null, 3],
      [0.49, null, 3],
      [0.5, null, 2],
      [0.79, null, 2],
      [0.8, null, null],
      [1.09, null, null],
      [1.1, null, null],
    ]);
  });
  it('Test 6a: anemia (g/L)', () => {
    run('HGB', 'g/L', 'lln', [
      [79, 140, 3],
      [80, 140, 2],
      [99, 140, 2],
      [100, 140, 1],
      [139, 140, 1],
      [140, 140, 0],
      [140, null, null],
      [139, null, null],
      [100, null, null],
      [99, null, 2],
      [79, null, 3],
    ]);
  });
  it('Test 6b: anemia in g/dL (the g/L rows divided by 10)', () => {
    run('HGB', 'g/dL', 'lln', [
      [7.9, 14, 3],
      [8, 14, 2],
      [9.9, 14, 2],
      [10, 14, 1],
      [13.9, 14, 1],
      [14, 14, 0],
      [9.9, null, 2],
    ]);
  });
});
