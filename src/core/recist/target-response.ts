/**
 * Target-lesion response at one assessment (RECIST 1.1 §4.3.1), compared in integer tenths:
 * - CR: every non-nodal target gone and every target node < 10 mm short axis;
 * - PD: sum ≥ 120 % of the nadir (smallest sum so far, baseline included) and ≥ 5 mm above it,
 *   or a target reappearing after a complete response (RECIST FAQ; "after a true CR any
 *   disease is PD");
 * - PR: sum ≤ 70 % of the baseline sum;
 * - SD otherwise; NE when a target was not assessed, unless the measured ones already prove PD
 *   (the missing ones can only add to the sum).
 *
 * CR is tested before PD: nodes under 10 mm are normal, so their growth within the normal
 * range is not progression.
 */
import type { Reason } from '../shared/reason.ts';
import { recistReason } from './recist-reason.ts';
import type { RecistRules } from './recist-rules.ts';
import type { TargetResponse } from './response-codes.ts';
import type { TargetMeasurement } from './sum-of-diameters.ts';
import { formatTenths, isAtLeastPercentOf, isAtMostPercentOf, type Tenths } from './tenths.ts';

/** RECIST 1.1 §4.3.1: PR at −30 %, PD at +20 % and +5 mm absolute. */
export const PR_AT_MOST_PCT = 70;
export const PD_AT_LEAST_PCT = 120;
export const PD_MIN_INCREASE: Tenths = 50;

export interface TargetResponseInput {
  measurement: TargetMeasurement;
  baselineTenths: Tenths;
  nadirTenths: Tenths;
  /** An earlier assessment had overall CR: reappearance of a target is PD. */
  afterCompleteResponse: boolean;
  /** An earlier assessment had target PR or CR (for `continuingPartialResponse`). */
  afterPartialResponse: boolean;
  rules: RecistRules;
}

export interface TargetResult {
  response: TargetResponse;
  reasons: Reason[];
}

/** Is `sum` progression against `nadir` (both rules of RECIST 1.1 §4.3.1)? */
export function isProgression(sum: Tenths, nadir: Tenths): boolean {
  return isAtLeastPercentOf(sum, nadir, PD_AT_LEAST_PCT) && sum - nadir >= PD_MIN_INCREASE;
}

/**
 * Classifies the targets at one assessment.
 *
 * @example
 * classifyTargetResponse({ measurement: { sumTenths: 231, missing: [], nonNodalPresent: ['T1'], abnormalNodes: [], notes: [] },
 *   baselineTenths: 330, nadirTenths: 330, afterCompleteResponse: false, afterPartialResponse: false, rules })
 * // → { response: 'PR', reasons: [{ code: 'recist.target-pr', params: { sum: '23.1', baseline: '33.0' },
//      text: 'sum 23.1 mm ≤ 70 % of baseline 33.0 mm → PR (RECIST 1.1 §4.3.1)' }] }
 */
export function classifyTargetResponse(input: TargetResponseInput): TargetResult {
  const { measurement: m, baselineTenths: base, nadirTenths: nadir } = input;
  const reasons = [...m.notes];
  const done = (response: TargetResponse, why: Reason): TargetResult => {
    reasons.push(why);
    return { response, reasons };
  };
  const reappeared = input.afterCompleteResponse ? m.nonNodalPresent : [];
  if (reappeared.length > 0)
    return done(
      'PD',
      recistReason('recist.target-reappeared-after-cr', { ids: reappeared.join(', ') }),
    );
  const sum = formatTenths(m.sumTenths);
  const pd = { sum, nadir: formatTenths(nadir), increase: formatTenths(m.sumTenths - nadir) };
  if (m.missing.length > 0) {
    const ids = m.missing.join(', ');
    if (isProgression(m.sumTenths, nadir))
      return done('PD', recistReason('recist.target-missing-pd', { ids, ...pd }));
    return done('NE', recistReason('recist.target-missing-ne', { ids, sum }));
  }
  if (m.nonNodalPresent.length === 0 && m.abnormalNodes.length === 0)
    return done('CR', recistReason('recist.target-cr', { sum }));
  if (isProgression(m.sumTenths, nadir)) return done('PD', recistReason('recist.target-pd', pd));
  const baseline = formatTenths(base);
  if (isAtMostPercentOf(m.sumTenths, base, PR_AT_MOST_PCT))
    return done('PR', recistReason('recist.target-pr', { sum, baseline }));
  const notPr = { sum, baseline, nadir: pd.nadir };
  // EORTC RECIST FAQ: a response no longer at −30 % but not PD stays PR when the protocol says so.
  if (input.afterPartialResponse && input.rules.continuingPartialResponse)
    return done('PR', recistReason('recist.target-continuing-pr', notPr));
  if (input.afterPartialResponse)
    return done('SD', recistReason('recist.target-sd-after-response', notPr));
  return done('SD', recistReason('recist.target-sd', notPr));
}
