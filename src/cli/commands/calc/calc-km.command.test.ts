import { describe, expect, it } from 'vitest';
import { runCalc } from './calc-stats.helpers.ts';

describe('oncotrial calc km', () => {
  it('prints the survfit summary of aml: steps, median 27 (18, 45), landmark, at-risk; null for NA', () => {
    const r = runCalc('km', {
      time: [
        9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45,
      ],
      status: [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
      landmarks: [30, 200],
      riskTimes: [0, 30],
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      n: 23,
      events: 18,
      median: { estimate: 27, lower: 18, upper: 45 },
    });
    expect(out.steps).toHaveLength(18);
    expect(Object.keys(out.steps[0])).toEqual([
      'time',
      'nRisk',
      'nEvent',
      'nCensor',
      'survival',
      'stdErr',
      'lower',
      'upper',
    ]);
    expect(out.landmarks[1]).toEqual({
      time: 200,
      survival: null,
      stdErr: null,
      lower: null,
      upper: null,
    });
    expect(out.atRisk).toEqual([
      { time: 0, nRisk: 23 },
      { time: 30, nRisk: 9 },
    ]);
  });

  it('bad input: one error naming the path and the rule, nothing on stdout, exit 2', () => {
    const r = runCalc('km', { time: [1, 2], status: [1, 2] });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/status\.1.*\[invalid_value\]/);
  });
});
