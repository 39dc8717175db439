import { describe, expect, it } from 'vitest';
import { betaQuantile } from './beta-quantile.ts';
import { binomialCi } from './binomial-ci.ts';
import reference from './fixtures/binom-r-reference.json' with { type: 'json' };
import { incompleteBeta } from './incomplete-beta.ts';
import { normalQuantile } from './normal-quantile.ts';

/** |a − e| ≤ tol · max(|e|, tiny): relative accuracy, as qbeta's own precision is relative. */
function expectRelative(actual: number | null, expected: number, tol: number, where: string) {
  expect(actual, where).not.toBeNull();
  const err = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), 1e-300);
  expect(err, `${where}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(tol);
}

describe('binomialCi against R binom.test / prop.test (scripts/r-reference/binom-reference.R)', () => {
  for (const c of reference.binom) {
    it(`x = ${c.x}, n = ${c.n}, level ${c.confLevel}`, () => {
      const cp = binomialCi(c.x, c.n, c.confLevel);
      expect(cp.estimate).toBe(c.estimate);
      expectRelative(cp.lower, c.clopperPearson.lower, 1e-10, 'exact lower');
      expectRelative(cp.upper, c.clopperPearson.upper, 1e-10, 'exact upper');
      const w = binomialCi(c.x, c.n, c.confLevel, 'wilson');
      expectRelative(w.lower, c.wilson.lower, 1e-12, 'wilson lower');
      expectRelative(w.upper, c.wilson.upper, 1e-12, 'wilson upper');
    });
  }

  it('x = 0 gives lower 0 and x = n gives upper 1 exactly', () => {
    expect(binomialCi(0, 25).lower).toBe(0);
    expect(binomialCi(25, 25).upper).toBe(1);
    // the one-sided tail is α/2: (1 − upper)^n = 0.025 at x = 0
    expect((1 - (binomialCi(0, 25).upper as number)) ** 25).toBeCloseTo(0.025, 14);
  });

  it('n = 0 has no estimate (R: NaN)', () => {
    expect(binomialCi(0, 0)).toEqual({ estimate: null, lower: null, upper: null });
  });

  it('rejects x > n, fractional n and levels outside (0, 1), naming the input', () => {
    expect(() => binomialCi(3, 2)).toThrow(/x.*integer-0-to-n/);
    expect(() => binomialCi(1, 2.5)).toThrow(/n.*integer-min-0/);
    expect(() => binomialCi(1, 2, 1)).toThrow(/confLevel/);
  });
});

describe('betaQuantile and incompleteBeta against R qbeta / pbeta', () => {
  it('qbeta over a grid of p, a, b (a, b from 0.1 to 250 000) to 1e-10 relative', () => {
    for (const r of reference.qbeta) {
      const where = `qbeta(${r.p}, ${r.a}, ${r.b})`;
      expectRelative(betaQuantile(r.p, r.a, r.b), r.q, 1e-10, where);
    }
  });

  it('pbeta(0.3, a, b), both tails, to 1e-10 relative (tails as small as 1e-300 keep their digits)', () => {
    for (const r of reference.qbeta) {
      const t = incompleteBeta(0.3, r.a, r.b);
      if (r.cdf > 1e-290) expectRelative(t.lower, r.cdf, 1e-10, `pbeta(0.3, ${r.a}, ${r.b})`);
      if (r.upper > 1e-290)
        expectRelative(t.upper, r.upper, 1e-10, `upper pbeta(0.3, ${r.a}, ${r.b})`);
    }
  });

  it('qbeta edges: 0 at p = 0, 1 at p = 1, NaN for bad shapes', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(0.5, 0, 3)).toBeNaN();
    expect(betaQuantile(0.5, 1, 1)).toBeCloseTo(0.5, 15);
  });
});

describe('normalQuantile (AS 241) against R qnorm', () => {
  it('matches to 1e-15 relative from 1e-300 to 1 − 1e-12', () => {
    for (const r of reference.qnorm) {
      if (r.z === 0) expect(normalQuantile(r.p)).toBe(0);
      else expectRelative(normalQuantile(r.p), r.z, 1e-15, `qnorm(${r.p})`);
    }
  });

  it('is ±∞ at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
