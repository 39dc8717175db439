/**
 * SDTM `VISITNUM` and `VISIT` for the protocol's visits (SDTMIG 3.4 §4.4.5): one number per
 * planned visit, in the order they happen in a series, the same numbers in TV and in every
 * findings domain. Series are banded so that repeats never collide: screening 1, cycle day 1
 * 100 + n, tumour evaluation 200 + n, liver monitoring 300 + n, end of treatment 400,
 * post-treatment imaging 500 + n, survival contact 600 + n, end of study 900. Unplanned visits
 * take the previous planned number plus a decimal (SDTMIG: "unscheduled visits … VISITNUM
 * with a decimal").
 */
import type { VisitKind } from '../../protocol/study-definition.schema.ts';

const BANDS: Record<VisitKind, { base: number; repeats: boolean; label: string }> = {
  screening: { base: 1, repeats: false, label: 'SCREENING' },
  'cycle-day-1': { base: 100, repeats: true, label: 'CYCLE {n} DAY 1' },
  'tumour-evaluation': { base: 200, repeats: true, label: 'TUMOUR EVALUATION {n}' },
  'liver-monitoring': { base: 300, repeats: true, label: 'LIVER MONITORING {n}' },
  'end-of-treatment': { base: 400, repeats: false, label: 'END OF TREATMENT' },
  'post-treatment-imaging': { base: 500, repeats: true, label: 'POST-TREATMENT IMAGING {n}' },
  'survival-contact': { base: 600, repeats: true, label: 'SURVIVAL FOLLOW-UP {n}' },
  'end-of-study': { base: 900, repeats: false, label: 'END OF STUDY' },
};

/**
 * @example visitNumber('cycle-day-1', 3) // 103
 * @example visitNumber('screening', 1) // 1
 */
export function visitNumber(kind: VisitKind, sequence: number): number {
  const band = BANDS[kind];
  if (!band.repeats) return band.base;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99)
    throw new RangeError(`visit sequence must be 1–99: ${sequence}`);
  return band.base + sequence;
}

/** @example visitLabel('cycle-day-1', 3) // 'CYCLE 3 DAY 1' */
export function visitLabel(kind: VisitKind, sequence: number): string {
  return BANDS[kind].label.replace('{n}', String(sequence));
}

/**
 * An unplanned visit after planned visit `previous`: previous + 0.01 × k (k = 1, 2, …).
 * @example unscheduledVisitNumber(103, 1) // 103.01
 */
export function unscheduledVisitNumber(previous: number, k: number): number {
  return Math.round((previous + k / 100) * 100) / 100;
}
