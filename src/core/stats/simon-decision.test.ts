import { describe, expect, it } from 'vitest';
import { type ResponseOutcome, simonDecision } from './simon-decision.ts';

const design = { r1: 1, n1: 10, r: 5, n: 29 };
const no = (k: number): ResponseOutcome[] => Array(k).fill('no-response');
const yes = (k: number): ResponseOutcome[] => Array(k).fill('response');
const pending = (k: number): ResponseOutcome[] => Array(k).fill('pending');

describe('simonDecision (Simon 1989: stop if ≤ r1 of n1; reject H0 if > r of n)', () => {
  it('stage 1 complete with 2 responses in 10 (> r1 = 1): continue to stage 2', () => {
    const d = simonDecision(design, [...no(8), ...yes(2)]);
    expect(d.kind).toBe('stage-2-enrolling');
    expect(d.enrolmentOpen).toBe(true);
    expect(d.sentence).toBe('Stage 1: 2 responses in 10 — continue to stage 2');
  });

  it('stage 1 complete with exactly r1 = 1 response: stop for futility (threshold inclusive)', () => {
    const d = simonDecision(design, [...no(9), ...yes(1)]);
    expect(d).toMatchObject({ kind: 'stopped-for-futility', stage: 1, enrolmentOpen: false });
    expect(d.sentence).toBe('Stage 1: 1 response in 10 — stop for futility');
  });

  it('stage 1 still enrolling and undecided: keep enrolling', () => {
    const d = simonDecision(design, [...no(5), ...yes(1)]);
    expect(d).toMatchObject({ kind: 'stage-1-enrolling', enrolmentOpen: true });
    expect(d.stage1).toEqual({ enrolled: 6, evaluated: 6, responses: 1, pending: 0 });
  });

  it('stage 1 fully enrolled but not all evaluated: hold enrolment', () => {
    const d = simonDecision(design, [...no(7), ...yes(1), ...pending(2)]);
    expect(d).toMatchObject({ kind: 'stage-1-hold', enrolmentOpen: false });
    expect(d.sentence).toContain('hold enrolment');
  });

  it('stage 1 passed early (2 responses in the first 4): continue, no hold needed', () => {
    const d = simonDecision(design, [...yes(2), ...no(2)]);
    expect(d).toMatchObject({ kind: 'stage-2-enrolling', enrolmentOpen: true });
  });

  it('futility certain before stage 1 ends: 9 non-responders, 1 slot left, r1 = 1', () => {
    const d = simonDecision(design, no(9));
    expect(d).toMatchObject({ kind: 'stopped-for-futility', stage: 1 });
    expect(d.reasons.map((r) => r.text).join(' ')).toMatch(/at most 1 ≤ 1/);
  });

  it('pending stage-1 subjects with r1 = 0 and no responses yet: hold, not stop', () => {
    const d = simonDecision({ r1: 0, n1: 10, r: 3, n: 29 }, [...no(9), ...pending(1)]);
    expect(d.kind).toBe('stage-1-hold');
  });

  it('more than r responses: H0 rejected, enrolment may complete to n', () => {
    const d = simonDecision(design, [...no(8), ...yes(2), ...yes(4), ...no(2)]);
    expect(d).toMatchObject({ kind: 'h0-rejected', enrolmentOpen: true });
    expect(d.sentence).toBe('6 responses in 16 — H0 rejected (more than 5 of 29)');
    const full = simonDecision(design, [...no(8), ...yes(2), ...yes(4), ...no(15)]);
    expect(full).toMatchObject({ kind: 'h0-rejected', enrolmentOpen: false });
  });

  it('exactly r responses at the end: H0 not rejected', () => {
    const d = simonDecision(design, [...no(8), ...yes(2), ...yes(3), ...no(16)]);
    expect(d).toMatchObject({ kind: 'stopped-for-futility', stage: 2, enrolmentOpen: false });
  });

  it('all n enrolled, undecided, evaluations pending: awaiting final evaluations', () => {
    const d = simonDecision(design, [...no(8), ...yes(2), ...yes(2), ...no(15), ...pending(2)]);
    expect(d).toMatchObject({ kind: 'awaiting-final-evaluations', enrolmentOpen: false });
  });

  it('rejects more outcomes than n and inconsistent boundaries', () => {
    expect(() => simonDecision(design, no(30))).toThrow(/outcomes.*at-most-n/);
    expect(() => simonDecision({ r1: 10, n1: 10, r: 5, n: 29 }, [])).toThrow(/boundaries/);
  });
});
