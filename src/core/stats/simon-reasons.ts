/**
 * The phase II design's reasons (Simon 1989 two-stage; decision in `simon-decision.ts`) as
 * English templates, so a screen can give them in the reader's language
 * (`web/i18n/reasons.design.zh-CN.ts`) while reports keep the English.
 */
import { reasonFactory } from '../shared/reason.ts';

export const DESIGN_REASONS = {
  'design.stage-1-rule':
    'Simon two-stage {r1}/{n1}, {r}/{n}: stop after stage 1 if responses ≤ {r1} of {n1}',
  'design.final-rule': 'reject H0 if responses > {r} of {n}',
  'design.stage-1-futile-at-best':
    'even if every remaining stage-1 subject responded there would be at most {bestCase} ≤ {r1}',
  'design.stage-1-futile': '{responses} ≤ {r1}',
  'design.stage-1-needs-more': 'stage 1 needs more than {r1} responses; {toEnrol} still to enrol',
  'design.stage-1-pending':
    'stage 1 is fully enrolled; the interim decision depends on {pending} subject(s) not yet evaluated',
  'design.stage-1-passed': 'stage 1 passed: {responses} > {r1} responses',
  'design.h0-rejected': '{responses} > {r}: the result cannot change',
  'design.h0-rejected-enrolling':
    '{responses} > {r}: the result cannot change; enrolment may complete to {n} as planned',
  'design.final-futile-at-best':
    'even if every remaining subject responded there would be at most {bestCase} ≤ {r}',
  'design.final-futile': '{responses} ≤ {r}',
  'design.still-to-enrol': '{toEnrol} still to enrol',
  'design.final-pending': 'the decision depends on {pending} subject(s) not yet evaluated',
  'design.beyond-n':
    "{count} response-evaluable subject(s) beyond the design's {n} are not part of the decision",
} as const;

export const designReason = reasonFactory(DESIGN_REASONS);
