import { describe, expect, it } from 'vitest';
import { runCalc } from './calc-stats.helpers.ts';

describe('oncotrial calc predprob', () => {
  it('Lee & Liu 2008 example → 0.5656; x > n exits 2', () => {
    const input = { x: 16, n: 23, nmax: 40, priorA: 0.6, priorB: 0.4, p0: 0.6, thetaT: 0.9 };
    const r = runCalc('predprob', input);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['predictiveProbability']);
    expect(out.predictiveProbability.toFixed(4)).toBe('0.5656');
    const bad = runCalc('predprob', { ...input, x: 24 });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/x: .*\[integer-0-to-n\]/);
  });
});
