/**
 * CTCAE v5.0 grade of one lab result (CLINICAL-RULES.md "Safety").
 *
 * - All comparisons are exact (`exact-ratio.ts`): a value exactly on a boundary gets the grade
 *   the boundary belongs to ("A–B" = above A up to and including B).
 * - LLN, ULN and baseline are in the same unit as the value; everything is converted to the
 *   canonical unit first (`lab-unit-conversion.ts`); an unknown unit is an error.
 * - Baseline abnormal (baseline > ULN) switches ALT/AST/ALP/GGT/bilirubin to × baseline; no
 *   baseline given means the baseline-normal (× ULN) rules, as admiral does.
 * - "Not gradable" (grade `null`) with the reason when the limit the grade depends on is
 *   missing — never a guess. Absolute limits still grade without LLN (a neutrophil count of 0.4
 *   is grade 4 whatever the LLN) because the grade is then certain; only grade 0 vs 1 needs LLN.
 *   Creatinine without ULN is not gradable even when the baseline gives a lower bound, because
 *   grade 4 (> 6 × ULN) cannot be ruled out; the reason states the lower bound.
 * - The CTCAE version is recorded with every grade.
 */
import type { LabCriteria, LabGradeValue, UpperLimit } from './ctcae-v5-criteria.ts';
import { CTCAE_V5_LAB_CRITERIA, CTCAE_VERSION, type CtcaeVersion } from './ctcae-v5-criteria.ts';
import { div, ge, gt, lt, mul, plainRatio, type Ratio, ratio } from './exact-ratio.ts';
import { LAB_TESTS, type LabTestCode } from './lab-test-codes.ts';
import { lookupUnit, UnknownUnitError } from './lab-unit-conversion.ts';

export interface LabResultInput {
  test: LabTestCode;
  value: number;
  unit: string;
  /** Lower limit of normal, in `unit`. */
  lln?: number | null;
  /** Upper limit of normal, in `unit`. */
  uln?: number | null;
  /** The subject's baseline value of this test, in `unit`. */
  baseline?: number | null;
}

/** Which reference the grade was read against. */
export type GradeBasis = 'uln' | 'abnormal-baseline' | 'baseline' | 'absolute' | 'lln';

export interface LabGrade {
  test: LabTestCode;
  /** CTCAE term graded. */
  term: string;
  version: CtcaeVersion;
  /** 0–4, or `null` when not gradable. */
  grade: LabGradeValue | null;
  basis: GradeBasis | null;
  /** Value in the canonical unit, for display (the grade was computed exactly). */
  canonicalValue: number;
  canonicalUnit: string;
  /** One sentence: why this grade (or why none). */
  reason: string;
  reasons: string[];
}

/**
 * Grades one lab result by CTCAE v5.0.
 * @example gradeLabResult({ test: 'ALT', value: 121, unit: 'U/L', uln: 40 }).grade // 2
 * @example gradeLabResult({ test: 'NEUT', value: 1.6, unit: '10^9/L' }).grade // null (no LLN)
 * @throws UnknownUnitError when `unit` is not accepted for the test
 * @throws RangeError when a number is negative or ULN is zero
 */
export function gradeLabResult(input: LabResultInput): LabGrade {
  const info = LAB_TESTS[input.test];
  const unit = lookupUnit(input.test, input.unit);
  if (unit.kind === 'unknown') throw new UnknownUnitError(input.test, input.unit, unit.accepted);
  const conv = (x: number, what: string): Ratio => {
    if (!Number.isFinite(x) || x < 0) throw new RangeError(`${what} must be a number ≥ 0: ${x}`);
    return mul(ratio(x), unit.toCanonical);
  };
  const value = conv(input.value, 'value');
  const uln = input.uln == null ? null : conv(input.uln, 'uln');
  const lln = input.lln == null ? null : conv(input.lln, 'lln');
  const baseline = input.baseline == null ? null : conv(input.baseline, 'baseline');
  if (uln && uln.num === 0n) throw new RangeError('uln must be > 0');

  const cu = info.canonicalUnit;
  const shown =
    unit.label === cu
      ? `${input.test} ${plainRatio(value)} ${cu}`
      : `${input.test} ${input.value} ${unit.label} = ${plainRatio(value)} ${cu}`;
  const ctx: Ctx = { shown, cu, value, uln, lln, baseline };
  const criteria = CTCAE_V5_LAB_CRITERIA[input.test];
  const r = grade(criteria, ctx);
  const reasons = [...r.reasons, `CTCAE v${CTCAE_VERSION} "${info.term}"`];
  return {
    test: input.test,
    term: info.term,
    version: CTCAE_VERSION,
    grade: r.grade,
    basis: r.basis,
    canonicalValue: Number(plainRatio(value)),
    canonicalUnit: cu,
    reason: reasons.join('; '),
    reasons,
  };
}

interface Ctx {
  shown: string;
  cu: string;
  value: Ratio;
  uln: Ratio | null;
  lln: Ratio | null;
  baseline: Ratio | null;
}

interface Partial {
  grade: LabGradeValue | null;
  basis: GradeBasis | null;
  reasons: string[];
}

function grade(c: LabCriteria, x: Ctx): Partial {
  switch (c.kind) {
    case 'relative-increase':
      return gradeRelativeIncrease(c.vsUln, c.vsAbnormalBaseline, x);
    case 'creatinine':
      return gradeCreatinine(c.vsUln, c.vsBaseline, x);
    case 'absolute-decrease':
      return gradeAbsoluteDecrease(c.absolute, c.maxLabGrade, x);
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** The highest grade whose limit `value` passes, with the limit, or 0. */
function firstPassed(limits: readonly UpperLimit[], value: Ratio, ref: Ratio) {
  for (const l of limits) {
    const threshold = mul(ratio(l.factor), ref);
    if (l.op === '>' ? gt(value, threshold) : ge(value, threshold)) return l;
  }
  return null;
}

/** "> 3–5 × ULN" style text of the band a limit opens. */
function band(limits: readonly UpperLimit[], l: UpperLimit, refName: string): string {
  const i = limits.indexOf(l);
  const upper = i > 0 ? limits[i - 1] : undefined;
  const lower = l.factor === '1' ? refName : l.factor;
  const op = l.op === '>' ? '>' : '≥';
  return upper
    ? `${op}${lower}–${upper.factor} × ${refName}`
    : `${op}${l.factor === '1' ? refName : `${l.factor} × ${refName}`}`;
}

function gradeRelativeIncrease(
  vsUln: readonly UpperLimit[],
  vsAbnormalBaseline: readonly UpperLimit[],
  x: Ctx,
): Partial {
  if (!x.uln) {
    return {
      grade: null,
      basis: null,
      reasons: [`${x.shown}: not gradable, ULN missing (every grade is relative to ULN)`],
    };
  }
  const abnormal = x.baseline !== null && gt(x.baseline, x.uln);
  const ref = abnormal ? (x.baseline as Ratio) : x.uln;
  const refName = abnormal ? 'baseline' : 'ULN';
  const limits = abnormal ? vsAbnormalBaseline : vsUln;
  const reasons: string[] = [];
  if (abnormal) {
    reasons.push(
      `baseline ${plainRatio(x.baseline as Ratio)} > ULN ${plainRatio(x.uln)}: baseline abnormal, graded × baseline`,
    );
  } else if (x.baseline === null) {
    reasons.push('no baseline given: graded × ULN (baseline-normal rules)');
  }
  const times = `${plainRatio(div(x.value, ref))} × ${refName} (${plainRatio(ref)} ${x.cu})`;
  const hit = firstPassed(limits, x.value, ref);
  if (!hit) {
    const lowest = limits[limits.length - 1] as UpperLimit;
    const edge = lowest.factor === '1' ? refName : `${lowest.factor} × ${refName}`;
    reasons.unshift(
      `${x.shown} = ${times}: not ${lowest.op === '>' ? 'above' : 'at or above'} ${edge} → grade 0`,
    );
    return { grade: 0, basis: abnormal ? 'abnormal-baseline' : 'uln', reasons };
  }
  reasons.unshift(`${x.shown} = ${times}: ${band(limits, hit, refName)} → grade ${hit.grade}`);
  return { grade: hit.grade, basis: abnormal ? 'abnormal-baseline' : 'uln', reasons };
}

function gradeCreatinine(
  vsUln: readonly UpperLimit[],
  vsBaseline: readonly UpperLimit[],
  x: Ctx,
): Partial {
  const byBaseline =
    x.baseline && x.baseline.num > 0n ? firstPassed(vsBaseline, x.value, x.baseline) : null;
  const blText = (l: UpperLimit) =>
    `${plainRatio(div(x.value, x.baseline as Ratio))} × baseline (${plainRatio(x.baseline as Ratio)} ${x.cu}): ${band(vsBaseline, l, 'baseline')}`;
  if (!x.uln) {
    const lower = byBaseline
      ? `; by baseline at least grade ${byBaseline.grade} (${blText(byBaseline)})`
      : '';
    return {
      grade: null,
      basis: null,
      reasons: [
        `${x.shown}: not gradable, ULN missing (grades 1 and 4 are relative to ULN)${lower}`,
      ],
    };
  }
  const byUln = firstPassed(vsUln, x.value, x.uln);
  const ulnGrade = byUln?.grade ?? 0;
  const times = `${plainRatio(div(x.value, x.uln))} × ULN (${plainRatio(x.uln)} ${x.cu})`;
  const ulnText = byUln
    ? `${band(vsUln, byUln, 'ULN')} → grade ${byUln.grade}`
    : 'not above ULN → grade 0';
  const reasons = [`${x.shown} = ${times}: ${ulnText}`];
  if (byBaseline && byBaseline.grade > ulnGrade) {
    reasons.push(`${blText(byBaseline)} → grade ${byBaseline.grade} (higher, used)`);
    return { grade: byBaseline.grade, basis: 'baseline', reasons };
  }
  if (x.baseline === null) reasons.push('no baseline given: baseline-relative limits not applied');
  return { grade: ulnGrade, basis: 'uln', reasons };
}

function gradeAbsoluteDecrease(
  limits: readonly { grade: 2 | 3 | 4; below: string }[],
  maxLabGrade: 3 | 4,
  x: Ctx,
): Partial {
  const reasons: string[] = [];
  if (maxLabGrade === 3) {
    reasons.push('grade 4 is defined by clinical consequences, not by the value');
  }
  for (let i = 0; i < limits.length; i++) {
    const l = limits[i] as (typeof limits)[number];
    if (lt(x.value, ratio(l.below))) {
      const lowerEnd = limits[i - 1];
      const text = lowerEnd ? `<${l.below}–${lowerEnd.below} ${x.cu}` : `<${l.below} ${x.cu}`;
      reasons.unshift(`${x.shown}: ${text} → grade ${l.grade}`);
      return { grade: l.grade, basis: 'absolute', reasons };
    }
  }
  const g2 = limits[limits.length - 1] as (typeof limits)[number];
  if (!x.lln) {
    reasons.unshift(
      `${x.shown}: not gradable, LLN missing (value ≥ ${g2.below} ${x.cu}, so grade 0 or 1 depending on LLN)`,
    );
    return { grade: null, basis: null, reasons };
  }
  if (lt(x.value, x.lln)) {
    reasons.unshift(`${x.shown}: <LLN (${plainRatio(x.lln)})–${g2.below} ${x.cu} → grade 1`);
    return { grade: 1, basis: 'lln', reasons };
  }
  reasons.unshift(`${x.shown}: not below LLN (${plainRatio(x.lln)} ${x.cu}) → grade 0`);
  return { grade: 0, basis: 'lln', reasons };
}
