/**
 * The enrolment gate's own findings (`enrolment-gate.ts`) as English templates; the gate also
 * passes on the eligibility checklist's (`eligibility.*`) and the phase II design's (`design.*`).
 */
import { reasonFactory } from '../shared/reason.ts';

export const ENROLMENT_REASONS = {
  // ICH E6(R3): informed consent before any study procedure
  'enrolment.consent-first': 'ICH E6(R3): no study procedure before informed consent',
  /** `{sentence}`: the design's English sentence (a screen says the decision from its kind). */
  'enrolment.design-open': 'phase II design: {sentence}',
} as const;

export const enrolmentReason = reasonFactory(ENROLMENT_REASONS);
