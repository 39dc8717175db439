/**
 * Leflunomide ALT rules (CLINICAL-RULES.md "Safety"; leflunomide SmPC §4.2/§4.4):
 * - ALT >2–3 × ULN ("A–B" = above A up to and including B): consider reducing to 10 mg daily
 *   and test weekly. Exactly 2 × ULN triggers nothing; exactly 3 × ULN is still a reduction.
 * - ALT >3 × ULN: interrupt, wash-out (cholestyramine 8 g three times daily for 11 days, or
 *   activated charcoal), test liver weekly until normal.
 * - Eligibility: baseline ALT >2 × ULN → not eligible (exactly 2 × ULN is eligible).
 */
import { isIsoDate } from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { gt, plainRatio, ratio } from './exact-ratio.ts';
import { type DatedLabResult, timesUln } from './lab-times-uln.ts';
import { LIVER_RULES, type LiverAlert } from './liver-alert.ts';
import { safetyReason } from './safety-reasons.ts';

function checkAlt(r: DatedLabResult, path: string): void {
  if (r.test !== 'ALT')
    throw invalid(`${path}.test`, 'alt-only', `expected an ALT result, got ${r.test}`);
  if (!isIsoDate(r.date)) throw invalid(`${path}.date`, 'iso-date', `not a date: ${r.date}`);
}

/**
 * The action an on-treatment ALT result calls for, or null when none (≤ 2 × ULN) or when ULN
 * is missing (then nothing can be said; the grading engine reports "not gradable").
 * @example altActionFor({ test: 'ALT', date: '2026-03-01', value: 121, unit: 'U/L', uln: 40 })?.kind
 *   // 'alt-interrupt-washout'
 */
export function altActionFor(r: DatedLabResult, path = 'alt'): LiverAlert | null {
  checkAlt(r, path);
  const x = timesUln(r);
  if (x === null) return null;
  const shown = {
    value: r.value,
    unit: r.unit,
    date: r.date,
    times: plainRatio(x),
    uln: r.uln ?? '',
  };
  if (gt(x, ratio(3))) {
    return {
      kind: 'alt-interrupt-washout',
      key: `alt-interrupt:${r.date}`,
      severity: 'critical',
      rule: LIVER_RULES.altInterrupt,
      reasons: [safetyReason('safety.alt-interrupt', shown)],
      date: r.date,
      altTimesUln: plainRatio(x),
      recommendation:
        'interrupt leflunomide; start wash-out with cholestyramine 8 g three times daily for 11 days, or activated charcoal; test liver weekly until normal',
    };
  }
  if (gt(x, ratio(2))) {
    return {
      kind: 'alt-dose-reduction',
      key: `alt-reduction:${r.date}`,
      severity: 'warning',
      rule: LIVER_RULES.altReduction,
      reasons: [safetyReason('safety.alt-reduction', shown)],
      date: r.date,
      altTimesUln: plainRatio(x),
      recommendation: 'consider reducing leflunomide to 10 mg once daily; test ALT weekly',
    };
  }
  return null;
}

export type BaselineAltEligibility =
  | { kind: 'eligible'; reasons: Reason[] }
  | { kind: 'not-eligible'; alert: LiverAlert; reasons: Reason[] }
  | { kind: 'unknown'; reasons: Reason[] };

/**
 * Baseline ALT eligibility: > 2 × ULN is not eligible.
 * @example baselineAltEligibility({ test: 'ALT', date: '2026-01-01', value: 80, unit: 'U/L', uln: 40 }).kind
 *   // 'eligible' (exactly 2 × ULN)
 */
export function baselineAltEligibility(r: DatedLabResult | null): BaselineAltEligibility {
  if (r === null)
    return { kind: 'unknown', reasons: [safetyReason('safety.baseline-alt-missing')] };
  checkAlt(r, 'baseline');
  const x = timesUln(r);
  if (x === null)
    return {
      kind: 'unknown',
      reasons: [safetyReason('safety.baseline-alt-no-uln', { date: r.date })],
    };
  const shown = {
    value: r.value,
    unit: r.unit,
    date: r.date,
    times: plainRatio(x),
    uln: r.uln ?? '',
  };
  if (gt(x, ratio(2))) {
    const reasons = [safetyReason('safety.baseline-alt-not-eligible', shown)];
    return {
      kind: 'not-eligible',
      reasons,
      alert: {
        kind: 'baseline-alt-not-eligible',
        key: `baseline-alt:${r.date}`,
        severity: 'critical',
        rule: LIVER_RULES.baselineEligibility,
        reasons,
        date: r.date,
        altTimesUln: plainRatio(x),
      },
    };
  }
  // the template cites LIVER_RULES.baselineEligibility in its parentheses
  return { kind: 'eligible', reasons: [safetyReason('safety.baseline-alt-eligible', shown)] };
}
