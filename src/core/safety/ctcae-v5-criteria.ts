/**
 * CTCAE v5.0 laboratory criteria for the tests this trial grades, as data
 * (CLINICAL-RULES.md "Safety"; NCI CTCAE v5.0, 27 Nov 2017; the same reading as the admiral R
 * package's `atoxgr_criteria_ctcv5` metadata, data-raw/adlb_grading/ncictcaev5.json).
 *
 * "A–B" means above A up to and including B for increases, below A down to and including B for
 * decreases. Each grade is therefore one one-sided limit, checked from grade 4 down; the first
 * limit the value passes is the grade. Factors are decimal strings so that they stay exact.
 *
 * Baseline: for ALT, AST, ALP, GGT and bilirubin CTCAE v5.0 grades against the baseline instead
 * of the ULN when the baseline was abnormal (above ULN). Grade 1 with an abnormal baseline is
 * inclusive at its lower end for ALT/AST (1.5 × BL) and ALP/GGT (2.0 × BL) — the table writes
 * "1.5–3.0", not ">1.5" — and exclusive for bilirubin (">1.0–1.5 × BL"). Creatinine grades 2
 * and 3 may be reached against either ULN or baseline (whichever gives the higher grade).
 * Grades must carry the version: CTCAE v6.0 changes several of these limits.
 */
import type { LabTestCode } from './lab-test-codes.ts';

export const CTCAE_VERSION = '5.0' as const;
export type CtcaeVersion = typeof CTCAE_VERSION;

export type LabGradeValue = 0 | 1 | 2 | 3 | 4;

/** Value must be above (`>`) or at least (`>=`) factor × reference. */
export interface UpperLimit {
  grade: 1 | 2 | 3 | 4;
  op: '>' | '>=';
  factor: string;
}

/** Value must be below `limit` (in the canonical unit). */
export interface AbsoluteLowerLimit {
  grade: 2 | 3 | 4;
  below: string;
}

export type LabCriteria =
  | {
      kind: 'relative-increase';
      /** Grades 4..1 against ULN when the baseline is normal or not given. */
      vsUln: readonly UpperLimit[];
      /** Grades 4..1 against the baseline when the baseline is above ULN. */
      vsAbnormalBaseline: readonly UpperLimit[];
    }
  | {
      kind: 'creatinine';
      vsUln: readonly UpperLimit[];
      /** Baseline-relative limits, applied whenever a baseline is given (grades 2 and 3). */
      vsBaseline: readonly UpperLimit[];
    }
  | {
      kind: 'absolute-decrease';
      /** Grades 4..2 (or 3..2) by absolute limits; grade 1 is "< LLN". */
      absolute: readonly AbsoluteLowerLimit[];
      /** Highest grade a value alone can give (anaemia grade 4 is clinical only). */
      maxLabGrade: 3 | 4;
    };

const up = (grade: UpperLimit['grade'], op: UpperLimit['op'], factor: string): UpperLimit => ({
  grade,
  op,
  factor,
});
const below = (grade: AbsoluteLowerLimit['grade'], limit: string): AbsoluteLowerLimit => ({
  grade,
  below: limit,
});

const AMINOTRANSFERASE: LabCriteria = {
  kind: 'relative-increase',
  vsUln: [up(4, '>', '20'), up(3, '>', '5'), up(2, '>', '3'), up(1, '>', '1')],
  vsAbnormalBaseline: [up(4, '>', '20'), up(3, '>', '5'), up(2, '>', '3'), up(1, '>=', '1.5')],
};

const ALP_GGT: LabCriteria = {
  kind: 'relative-increase',
  vsUln: [up(4, '>', '20'), up(3, '>', '5'), up(2, '>', '2.5'), up(1, '>', '1')],
  vsAbnormalBaseline: [up(4, '>', '20'), up(3, '>', '5'), up(2, '>', '2.5'), up(1, '>=', '2')],
};

export const CTCAE_V5_LAB_CRITERIA: Readonly<Record<LabTestCode, LabCriteria>> = {
  ALT: AMINOTRANSFERASE,
  AST: AMINOTRANSFERASE,
  ALP: ALP_GGT,
  GGT: ALP_GGT,
  BILI: {
    kind: 'relative-increase',
    vsUln: [up(4, '>', '10'), up(3, '>', '3'), up(2, '>', '1.5'), up(1, '>', '1')],
    vsAbnormalBaseline: [up(4, '>', '10'), up(3, '>', '3'), up(2, '>', '1.5'), up(1, '>', '1')],
  },
  CREAT: {
    kind: 'creatinine',
    vsUln: [up(4, '>', '6'), up(3, '>', '3'), up(2, '>', '1.5'), up(1, '>', '1')],
    vsBaseline: [up(3, '>', '3'), up(2, '>', '1.5')],
  },
  // 10^9/L
  NEUT: {
    kind: 'absolute-decrease',
    absolute: [below(4, '0.5'), below(3, '1.0'), below(2, '1.5')],
    maxLabGrade: 4,
  },
  PLAT: {
    kind: 'absolute-decrease',
    absolute: [below(4, '25'), below(3, '50'), below(2, '75')],
    maxLabGrade: 4,
  },
  WBC: {
    kind: 'absolute-decrease',
    absolute: [below(4, '1.0'), below(3, '2.0'), below(2, '3.0')],
    maxLabGrade: 4,
  },
  LYMPH: {
    kind: 'absolute-decrease',
    absolute: [below(4, '0.2'), below(3, '0.5'), below(2, '0.8')],
    maxLabGrade: 4,
  },
  // g/L; grade 4 anaemia is "life-threatening consequences; urgent intervention indicated"
  HGB: { kind: 'absolute-decrease', absolute: [below(3, '80'), below(2, '100')], maxLabGrade: 3 },
};
