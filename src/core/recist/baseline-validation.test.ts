/**
 * Baseline problems (RECIST 1.1 §3.1.1, §4.2) are reported with the rule, and the subject is
 * still scored as recorded.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSubject } from './evaluate-subject.ts';
import {
  BASELINE,
  ENROL,
  m,
  nodeTarget,
  nonTarget,
  subject,
  target,
} from './test-subject-builder.ts';

function rules(lesions: Parameters<typeof subject>[0], extra = {}) {
  return evaluateSubject(subject(lesions, [], extra)).baseline.problems.map((p) => p.rule);
}

describe('baseline validation', () => {
  it('a clean baseline has no problems', () => {
    expect(rules([target('T1', 10), nodeTarget('L1', 15), nonTarget('NT1')])).toEqual([]);
  });

  it('measurability: non-nodal ≥ 10 mm, or ≥ 2 × slice when slice > 5 mm; target node ≥ 15 mm', () => {
    expect(rules([target('T1', 9.9)])).toEqual(['recist-target-measurable']);
    expect(rules([{ ...target('T1', 13.9), sliceThicknessMm: 7 }])).toEqual([
      'recist-target-measurable',
    ]);
    expect(rules([{ ...target('T1', 14), sliceThicknessMm: 7 }])).toEqual([]);
    expect(rules([{ ...target('T1', 10), sliceThicknessMm: 5 }])).toEqual([]);
    expect(rules([nodeTarget('L1', 14.9)])).toEqual(['recist-target-node-measurable']);
  });

  it('a node under 10 mm is normal, not a lesion', () => {
    const problems = evaluateSubject(
      subject([target('T1', 20), { ...nonTarget('L9', true), diameterMm: 9 }], []),
    ).baseline.problems;
    expect(
      problems.map(({ reason, ...p }) => ({ ...p, code: reason.code, message: reason.text })),
    ).toEqual([
      {
        path: 'assessments.0.lesions.1',
        rule: 'recist-node-normal',
        code: 'recist.node-normal',
        message: 'node L9 short axis 9.0 mm < 10 mm is normal, not a lesion (RECIST 1.1 §3.1.1)',
      },
    ]);
  });

  it('at most 5 targets, at most 2 per organ, all lymph nodes one organ', () => {
    expect(
      rules([
        target('T1', 20, 'liver'),
        target('T2', 20, 'liver'),
        target('T3', 20, 'Liver'),
        nodeTarget('L1', 20),
        { ...nodeTarget('L2', 20), organ: 'neck' },
        { ...nodeTarget('L3', 20), organ: 'groin' },
      ]),
    ).toEqual(['recist-max-5-targets', 'recist-max-2-per-organ', 'recist-max-2-per-organ']);
  });

  it('baseline at most 28 days before treatment start, not after it', () => {
    expect(ENROL).toBe('2026-01-10');
    const at = (date: string) =>
      evaluateSubject({
        enrollmentDate: ENROL,
        assessments: [{ date, lesions: [target('T1', 20)] }],
      }).baseline.problems.map((p) => p.rule);
    expect(at('2025-12-13')).toEqual([]); // 28 days before
    expect(at('2025-12-12')).toEqual(['recist-baseline-window']); // 29 days
    expect(at(ENROL)).toEqual([]);
    expect(at('2026-01-11')).toEqual(['recist-baseline-window']);
    expect(BASELINE < ENROL).toBe(true);
  });

  it('a subject with problems is still scored and flagged', () => {
    const r = evaluateSubject(subject([target('T1', 8)], [[m('T1', 5)]]));
    expect(r.timepoints[0]?.target).toBe('PR');
    expect(r.flags).toContain('baseline-problems');
  });
});
