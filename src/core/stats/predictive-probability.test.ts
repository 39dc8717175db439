import { describe, expect, it } from 'vitest';
import reference from './fixtures/phase2-r-reference.json' with { type: 'json' };
import { predictiveBoundaries, predictiveProbability } from './predictive-probability.ts';

describe('predictiveProbability (Lee & Liu 2008)', () => {
  it('reproduces the paper’s example: 16 of 23, nmax 40, Beta(0.6, 0.4), p0 0.6, θT 0.9 → 0.5656', () => {
    const pp = predictiveProbability({
      x: 16,
      n: 23,
      nmax: 40,
      priorA: 0.6,
      priorB: 0.4,
      p0: 0.6,
      thetaT: 0.9,
    });
    expect(pp.toFixed(4)).toBe('0.5656');
  });

  for (const c of reference.predictive) {
    it(`matches R for x ${c.x}, n ${c.n}, nmax ${c.nmax}, Beta(${c.priorA}, ${c.priorB}), p0 ${c.p0}, θT ${c.thetaT}`, () => {
      expect(Math.abs(predictiveProbability(c) - c.predictiveProbability)).toBeLessThan(1e-12);
    });
  }

  it('at n = nmax the predictive probability is 0 or 1', () => {
    const base = { n: 30, nmax: 30, priorA: 0.2, priorB: 0.8, p0: 0.3, thetaT: 0.9 };
    expect(predictiveProbability({ ...base, x: 5 })).toBe(0);
    expect(predictiveProbability({ ...base, x: 20 })).toBe(1);
  });

  it('boundaries stop exactly where PP < θL, and more responses never lower PP', () => {
    const design = { nmax: 40, priorA: 0.6, priorB: 0.4, p0: 0.6, thetaT: 0.9 };
    const bounds = predictiveBoundaries({ ...design, thetaL: 0.05, firstLook: 10 });
    for (const b of bounds) {
      let previous = -1;
      for (let x = 0; x <= b.n; x++) {
        const pp = predictiveProbability({ ...design, x, n: b.n });
        expect(pp).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = pp;
        expect(pp < 0.05).toBe(b.futilityAtMost !== null && x <= b.futilityAtMost);
      }
    }
  });

  it('rejects x > n naming the field', () => {
    expect(() =>
      predictiveProbability({ x: 5, n: 4, nmax: 10, priorA: 1, priorB: 1, p0: 0.2, thetaT: 0.9 }),
    ).toThrow(/x.*integer-0-to-n/);
  });
});
