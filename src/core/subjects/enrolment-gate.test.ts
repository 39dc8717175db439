import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { type ResponseOutcome, simonDecision } from '../stats/simon-decision.ts';
import { evaluateEligibility } from './eligibility-evaluation.ts';
import { enrolmentGate } from './enrolment-gate.ts';
import { interimOutcome } from './interim-outcome.ts';
import { eligibleEvidence } from './testing/eligible-evidence.ts';

const study = defaultStudy();
const design = { r1: 0, n1: 10, r: 3, n: 29 };
const evidence = eligibleEvidence;
const consent = { signedDate: '2025-12-10', withdrawnDate: null };
const open = simonDecision(design, []);

describe('enrolment gate', () => {
  it('allows an eligible, consented subject while the design enrols', () => {
    expect(
      enrolmentGate({ consent, eligibility: evaluateEligibility(study, evidence()), design: open })
        .kind,
    ).toBe('allowed');
  });
  it('refuses without consent or after its withdrawal, before looking at anything else', () => {
    const g = enrolmentGate({
      consent: null,
      eligibility: evaluateEligibility(study, evidence()),
      design: open,
    });
    expect(g).toMatchObject({ kind: 'refused', rule: 'enrolment-requires-consent' });
    const w = enrolmentGate({
      consent: { ...consent, withdrawnDate: '2025-12-20' },
      eligibility: evaluateEligibility(study, evidence()),
      design: open,
    });
    expect(w).toMatchObject({ kind: 'refused', rule: 'enrolment-requires-consent' });
  });
  it('refuses a not-eligible or incomplete checklist, naming the criteria', () => {
    const alt = enrolmentGate({
      consent,
      eligibility: evaluateEligibility(study, evidence({ baselineAlt: { value: 80.1, uln: 40 } })),
      design: open,
    });
    expect(alt).toMatchObject({ kind: 'refused', rule: 'enrolment-requires-eligibility' });
    expect(alt.kind === 'refused' && alt.message).toMatch(/not-eligible: inc-alt/);
    const edge = enrolmentGate({
      consent,
      eligibility: evaluateEligibility(study, evidence({ baselineAlt: { value: 80, uln: 40 } })),
      design: open,
    });
    expect(edge.kind).toBe('allowed');
    const none = enrolmentGate({
      consent,
      eligibility: evaluateEligibility(study, evidence({ men1Results: [] })),
      design: open,
    });
    expect(none.kind === 'refused' && none.message).toMatch(/incomplete: inc-men1/);
  });
  it('refuses during the stage-1 hold and after a futility stop', () => {
    const e = evaluateEligibility(study, evidence());
    const hold = enrolmentGate({
      consent,
      eligibility: e,
      design: simonDecision(design, Array<ResponseOutcome>(10).fill('pending')),
    });
    expect(hold).toMatchObject({ kind: 'refused', rule: 'phase2-design-hold' });
    const stop = enrolmentGate({
      consent,
      eligibility: e,
      design: simonDecision(design, Array<ResponseOutcome>(10).fill('no-response')),
    });
    expect(stop).toMatchObject({ kind: 'refused', rule: 'phase2-design-stop' });
    const go = simonDecision(design, ['response', ...Array<ResponseOutcome>(9).fill('pending')]);
    expect(enrolmentGate({ consent, eligibility: e, design: go }).kind).toBe('allowed');
  });
});

describe('interim outcome from the records', () => {
  const f = (o: Partial<Parameters<typeof interimOutcome>[0]>) =>
    interimOutcome({
      treatmentEnded: false,
      postBaselineEvaluations: 0,
      confirmedBor: null,
      unconfirmedBor: null,
      ...o,
    });
  it('is a response once the confirmed BOR is CR or PR', () => {
    expect(f({ confirmedBor: 'PR', postBaselineEvaluations: 2 })).toBe('response');
    expect(f({ confirmedBor: 'CR', treatmentEnded: true })).toBe('response');
  });
  it('is pending before any evaluation, and while a CR/PR awaits confirmation on treatment', () => {
    expect(f({})).toBe('pending');
    expect(f({ postBaselineEvaluations: 1, confirmedBor: 'SD', unconfirmedBor: 'PR' })).toBe(
      'pending',
    );
  });
  it('is no response once evaluated (a post-baseline scan or the end of treatment) without a response', () => {
    expect(f({ postBaselineEvaluations: 1, confirmedBor: 'SD', unconfirmedBor: 'SD' })).toBe(
      'no-response',
    );
    expect(f({ treatmentEnded: true })).toBe('no-response');
    expect(f({ treatmentEnded: true, unconfirmedBor: 'PR', confirmedBor: 'SD' })).toBe(
      'no-response',
    );
  });
});
