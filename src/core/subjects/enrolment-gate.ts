/**
 * Whether a subject may be enrolled now (issue 5): only with a signed, not withdrawn informed
 * consent, only when the eligibility checklist says eligible, and only while the phase II design
 * keeps enrolment open (Simon two-stage: not during the stage-1 hold, not after a stop). The
 * first failing condition is the refusal, with its rule and reasons.
 */
import type { Reason } from '../shared/reason.ts';
import { reasonTexts } from '../shared/reason.ts';
import type { SimonDecision } from '../stats/simon-decision.ts';
import type { EligibilityEvaluation } from './eligibility-evaluation.ts';
import { enrolmentReason } from './enrolment-reasons.ts';

/** `message` is English (the problem's `detail`); `reasons` are coded for any language. */
export type EnrolmentGate =
  | { kind: 'allowed'; reasons: Reason[] }
  | { kind: 'refused'; rule: string; message: string; reasons: Reason[] };

export interface EnrolmentGateInput {
  /** Main informed consent: signed on, withdrawn on (null when never). */
  consent: { signedDate: string; withdrawnDate: string | null } | null;
  eligibility: EligibilityEvaluation;
  design: SimonDecision;
}

/**
 * @example enrolmentGate({ consent: null, eligibility, design }).kind // 'refused' (enrolment-requires-consent)
 */
export function enrolmentGate(input: EnrolmentGateInput): EnrolmentGate {
  const { consent, eligibility, design } = input;
  if (!consent || consent.withdrawnDate !== null)
    return {
      kind: 'refused',
      rule: 'enrolment-requires-consent',
      message: consent
        ? `informed consent was withdrawn on ${consent.withdrawnDate}: the subject cannot be enrolled`
        : 'no signed informed consent: the subject cannot be enrolled',
      reasons: [enrolmentReason('enrolment.consent-first')],
    };
  const d = eligibility.decision;
  if (d.kind !== 'eligible') {
    const which = d.kind === 'not-eligible' ? [...d.failed, ...d.missing] : d.missing;
    return {
      kind: 'refused',
      rule: 'enrolment-requires-eligibility',
      message: `not eligible on ${eligibility.checkDate} (${d.kind}: ${which.join(', ')}): ${reasonTexts(d.reasons).join(' | ')}`,
      reasons: d.reasons,
    };
  }
  if (!design.enrolmentOpen)
    return {
      kind: 'refused',
      rule:
        design.kind === 'stage-1-hold' || design.kind === 'awaiting-final-evaluations'
          ? 'phase2-design-hold'
          : 'phase2-design-stop',
      message: `enrolment is closed by the phase II design: ${design.sentence}`,
      reasons: design.reasons,
    };
  return {
    kind: 'allowed',
    reasons: [
      ...d.reasons,
      enrolmentReason('enrolment.design-open', { sentence: design.sentence }),
    ],
  };
}
