import { describe, expect, it } from 'vitest';
import { runCalc } from './calc-stats.helpers.ts';

describe('oncotrial calc binom-ci', () => {
  it('exact interval as R binom.test(2, 10); x > n exits 2 naming x', () => {
    const r = runCalc('binom-ci', { x: 2, n: 10 });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.estimate).toBe(0.2);
    expect(out.lower).toBeCloseTo(0.025210726326833, 13);
    expect(out.upper).toBeCloseTo(0.556095462307641, 13);
    const bad = runCalc('binom-ci', { x: 11, n: 10 });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: x: .*\[integer-0-to-n\]/);
  });
});
