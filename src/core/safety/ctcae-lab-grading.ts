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

import type { Reason } from '../shared/reason.ts';
import { type CtcaeReasonCode, ctcaeReason, ctcaeReasonOf } from './ctcae-reasons.ts';
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
  /** The English of `reasons` in one sentence (for the CLI, exports and reports). */
  reason: string;
  /** Why this grade (or why none), the CTCAE version and term last. */
  reasons: Reason[];
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
  const term = ctcaeReason(`ctcae.term-${input.test}`, { version: CTCAE_VERSION });
  const reasons = [...r.reasons, term];
  return {
    test: input.test,
    term: info.term,
    version: CTCAE_VERSION,
    grade: r.grade,
    basis: r.basis,
    canonicalValue: Number(plainRatio(value)),
    canonicalUnit: cu,
    reason: reasons.map((x) => x.text).join('; '),
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
  reasons: Reason[];
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

/**
 * The band a limit opens, up to the next grade's limit ("A–B" = above A up to and including B,
 * CTCAE v5.0): `top` ">20 × R", `mid` ">3–5 × R", `from-ref` ">R–1.5 × R" (factor 1), `ref` ">R".
 */
interface Band {
  shape: 'top' | 'ref' | 'mid' | 'from-ref';
  op: '>' | '≥';
  lower: string;
  upper: string;
}

function bandOf(limits: readonly UpperLimit[], l: UpperLimit): Band {
  const i = limits.indexOf(l);
  const upper = i > 0 ? limits[i - 1] : undefined;
  const op = l.op === '>' ? '>' : '≥';
  const one = l.factor === '1';
  if (upper) return { shape: one ? 'from-ref' : 'mid', op, lower: l.factor, upper: upper.factor };
  return { shape: one ? 'ref' : 'top', op, lower: l.factor, upper: '' };
}

/** "> 3–5 × ULN" style text of a band against ULN (ULN is written so in every language). */
function ulnBandText(b: Band): string {
  switch (b.shape) {
    case 'top':
      return `${b.op}${b.lower} × ULN`;
    case 'ref':
      return `${b.op}ULN`;
    case 'mid':
      return `${b.op}${b.lower}–${b.upper} × ULN`;
    case 'from-ref':
      return `${b.op}ULN–${b.upper} × ULN`;
  }
}

const SHAPE_SUFFIX = { top: '-top', ref: '-ref', mid: '', 'from-ref': '-from-ref' } as const;

/** A reason about a band against the baseline: one code per band shape. */
function baselineBand(
  prefix: 'ctcae.baseline-band' | 'ctcae.creat-no-uln-floor' | 'ctcae.creat-baseline-higher',
  b: Band,
  params: Record<string, string | number>,
): Reason {
  const code = `${prefix}${SHAPE_SUFFIX[b.shape]}` as CtcaeReasonCode;
  return ctcaeReasonOf(code, { ...params, op: b.op, lower: b.lower, upper: b.upper });
}

/** Value / reference and the reference, as the reasons show them. */
function timesOf(x: Ctx, ref: Ratio) {
  return { shown: x.shown, times: plainRatio(div(x.value, ref)), ref: plainRatio(ref), unit: x.cu };
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
      reasons: [ctcaeReason('ctcae.relative-no-uln', { shown: x.shown })],
    };
  }
  const abnormal = x.baseline !== null && gt(x.baseline, x.uln);
  const ref = abnormal ? (x.baseline as Ratio) : x.uln;
  const limits = abnormal ? vsAbnormalBaseline : vsUln;
  const reasons: Reason[] = [];
  if (abnormal) {
    reasons.push(
      ctcaeReason('ctcae.baseline-abnormal', {
        baseline: plainRatio(x.baseline as Ratio),
        uln: plainRatio(x.uln),
      }),
    );
  } else if (x.baseline === null) {
    reasons.push(ctcaeReason('ctcae.no-baseline-uln-rules'));
  }
  const times = timesOf(x, ref);
  const basis = abnormal ? 'abnormal-baseline' : 'uln';
  const hit = firstPassed(limits, x.value, ref);
  if (!hit) {
    const lowest = limits[limits.length - 1] as UpperLimit;
    const one = lowest.factor === '1';
    const atOrAbove = lowest.op === '>=' ? '-at-or-above' : '-above';
    if (abnormal) {
      const code = `ctcae.baseline-not${atOrAbove}${one ? '-ref' : ''}` as CtcaeReasonCode;
      reasons.unshift(ctcaeReasonOf(code, { ...times, lower: lowest.factor }));
    } else {
      const edge = one ? 'ULN' : `${lowest.factor} × ULN`;
      const code = `ctcae.uln-not${atOrAbove}` as CtcaeReasonCode;
      reasons.unshift(ctcaeReasonOf(code, { ...times, edge }));
    }
    return { grade: 0, basis, reasons };
  }
  const b = bandOf(limits, hit);
  reasons.unshift(
    abnormal
      ? baselineBand('ctcae.baseline-band', b, { ...times, grade: hit.grade })
      : ctcaeReason('ctcae.uln-band', { ...times, band: ulnBandText(b), grade: hit.grade }),
  );
  return { grade: hit.grade, basis, reasons };
}

function gradeCreatinine(
  vsUln: readonly UpperLimit[],
  vsBaseline: readonly UpperLimit[],
  x: Ctx,
): Partial {
  const byBaseline =
    x.baseline && x.baseline.num > 0n ? firstPassed(vsBaseline, x.value, x.baseline) : null;
  const blParams = (l: UpperLimit) => ({ ...timesOf(x, x.baseline as Ratio), grade: l.grade });
  if (!x.uln) {
    return {
      grade: null,
      basis: null,
      reasons: [
        byBaseline
          ? baselineBand('ctcae.creat-no-uln-floor', bandOf(vsBaseline, byBaseline), {
              ...blParams(byBaseline),
              shown: x.shown,
            })
          : ctcaeReason('ctcae.creat-no-uln', { shown: x.shown }),
      ],
    };
  }
  const byUln = firstPassed(vsUln, x.value, x.uln);
  const ulnGrade = byUln?.grade ?? 0;
  const times = timesOf(x, x.uln);
  const reasons = [
    byUln
      ? ctcaeReason('ctcae.uln-band', {
          ...times,
          band: ulnBandText(bandOf(vsUln, byUln)),
          grade: byUln.grade,
        })
      : ctcaeReason('ctcae.uln-not-above', { ...times, edge: 'ULN' }),
  ];
  if (byBaseline && byBaseline.grade > ulnGrade) {
    reasons.push(
      baselineBand(
        'ctcae.creat-baseline-higher',
        bandOf(vsBaseline, byBaseline),
        blParams(byBaseline),
      ),
    );
    return { grade: byBaseline.grade, basis: 'baseline', reasons };
  }
  if (x.baseline === null) reasons.push(ctcaeReason('ctcae.creat-no-baseline'));
  return { grade: ulnGrade, basis: 'uln', reasons };
}

function gradeAbsoluteDecrease(
  limits: readonly { grade: 2 | 3 | 4; below: string }[],
  maxLabGrade: 3 | 4,
  x: Ctx,
): Partial {
  const reasons: Reason[] = [];
  if (maxLabGrade === 3) reasons.push(ctcaeReason('ctcae.grade4-clinical'));
  const shown = x.shown;
  for (let i = 0; i < limits.length; i++) {
    const l = limits[i] as (typeof limits)[number];
    if (lt(x.value, ratio(l.below))) {
      const lowerEnd = limits[i - 1];
      reasons.unshift(
        lowerEnd
          ? ctcaeReason('ctcae.absolute-band', {
              shown,
              below: l.below,
              lowerEnd: lowerEnd.below,
              unit: x.cu,
              grade: l.grade,
            })
          : ctcaeReason('ctcae.absolute-band-top', {
              shown,
              below: l.below,
              unit: x.cu,
              grade: l.grade,
            }),
      );
      return { grade: l.grade, basis: 'absolute', reasons };
    }
  }
  const g2 = limits[limits.length - 1] as (typeof limits)[number];
  if (!x.lln) {
    reasons.unshift(ctcaeReason('ctcae.lln-missing', { shown, limit: g2.below, unit: x.cu }));
    return { grade: null, basis: null, reasons };
  }
  if (lt(x.value, x.lln)) {
    reasons.unshift(
      ctcaeReason('ctcae.below-lln', {
        shown,
        lln: plainRatio(x.lln),
        limit: g2.below,
        unit: x.cu,
      }),
    );
    return { grade: 1, basis: 'lln', reasons };
  }
  reasons.unshift(
    ctcaeReason('ctcae.not-below-lln', { shown, lln: plainRatio(x.lln), unit: x.cu }),
  );
  return { grade: 0, basis: 'lln', reasons };
}
