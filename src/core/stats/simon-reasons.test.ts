import { describe, expect, it } from 'vitest';
import { type ResponseOutcome, simonDecision } from './simon-decision.ts';

const design = { r1: 1, n1: 10, r: 5, n: 29 };
const no = (k: number): ResponseOutcome[] => Array(k).fill('no-response');
const yes = (k: number): ResponseOutcome[] => Array(k).fill('response');
const coded = (outcomes: ResponseOutcome[]) =>
  simonDecision(design, outcomes).reasons.map(({ code, params }) => ({ code, params }));
const rule1 = { code: 'design.stage-1-rule', params: { r1: 1, n1: 10, r: 5, n: 29 } };
const ruleFinal = { code: 'design.final-rule', params: { r: 5, n: 29 } };

describe('Simon decision reasons: codes and params (Simon 1989)', () => {
  it('exactly r1 = 1 response in n1 = 10: futile (≤ r1 stops)', () => {
    expect(coded([...no(9), ...yes(1)])).toEqual([
      rule1,
      { code: 'design.stage-1-futile', params: { responses: 1, r1: 1 } },
    ]);
  });

  it('r1 + 1 = 2 responses in 10: stage 1 passed, stage 2 enrols', () => {
    expect(coded([...no(8), ...yes(2)])).toEqual([
      rule1,
      ruleFinal,
      { code: 'design.stage-1-passed', params: { responses: 2, r1: 1 } },
      { code: 'design.still-to-enrol', params: { toEnrol: 19 } },
    ]);
  });

  it('futility certain before stage 1 ends names the best case', () => {
    expect(coded(no(9))).toEqual([
      rule1,
      { code: 'design.stage-1-futile-at-best', params: { bestCase: 1, r1: 1 } },
    ]);
  });

  it('the English text is the rule as before', () => {
    expect(simonDecision(design, [...no(9), ...yes(1)]).reasons.map((r) => r.text)).toEqual([
      'Simon two-stage 1/10, 5/29: stop after stage 1 if responses ≤ 1 of 10',
      '1 ≤ 1',
    ]);
  });
});
