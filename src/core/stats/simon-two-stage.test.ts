import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialPmf, binomialUpperTails } from './binomial-distribution.ts';
import reference from './fixtures/phase2-r-reference.json' with { type: 'json' };
import { simonOperatingCharacteristics, simonTwoStage } from './simon-two-stage.ts';

const pick = (d: { r1: number; n1: number; r: number; n: number } | null) =>
  d && { r1: d.r1, n1: d.n1, r: d.r, n: d.n };

describe('simonTwoStage: published designs (Simon 1989, Table 1)', () => {
  it('p0 0.10, p1 0.30, α 0.05, β 0.20 → optimal 1/10, 5/29 (EN0 15.0, PET0 0.736); minimax 1/15, 5/25', () => {
    const d = simonTwoStage({ p0: 0.1, p1: 0.3, alpha: 0.05, beta: 0.2 });
    expect(pick(d.optimal)).toEqual({ r1: 1, n1: 10, r: 5, n: 29 });
    expect(d.optimal?.expectedSizeH0.toFixed(1)).toBe('15.0');
    expect(d.optimal?.petH0.toFixed(3)).toBe('0.736');
    expect(pick(d.minimax)).toEqual({ r1: 1, n1: 15, r: 5, n: 25 });
    expect(d.minimax?.expectedSizeH0.toFixed(1)).toBe('19.5');
  });

  it('protocol default p0 0.05, p1 0.20 → optimal 0/10, 3/29 (EN0 17.6); minimax 0/13, 3/27', () => {
    const d = simonTwoStage({ p0: 0.05, p1: 0.2, alpha: 0.05, beta: 0.2 });
    expect(pick(d.optimal)).toEqual({ r1: 0, n1: 10, r: 3, n: 29 });
    expect(d.optimal?.expectedSizeH0.toFixed(1)).toBe('17.6');
    expect(pick(d.minimax)).toEqual({ r1: 0, n1: 13, r: 3, n: 27 });
  });

  it('p0 0.20, p1 0.40 → optimal 3/13, 12/43; minimax 4/18, 10/33', () => {
    const d = simonTwoStage({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 });
    expect(pick(d.optimal)).toEqual({ r1: 3, n1: 13, r: 12, n: 43 });
    expect(pick(d.minimax)).toEqual({ r1: 4, n1: 18, r: 10, n: 33 });
  });

  it('p0 0.30, p1 0.50 → optimal 5/15, 18/46; minimax 6/19, 16/39', () => {
    const d = simonTwoStage({ p0: 0.3, p1: 0.5, alpha: 0.05, beta: 0.2 });
    expect(pick(d.optimal)).toEqual({ r1: 5, n1: 15, r: 18, n: 46 });
    expect(pick(d.minimax)).toEqual({ r1: 6, n1: 19, r: 16, n: 39 });
  });

  it('null designs when nothing fits below nmax', () => {
    expect(simonTwoStage({ p0: 0.1, p1: 0.3, alpha: 0.05, beta: 0.2, nmax: 20 })).toEqual({
      optimal: null,
      minimax: null,
    });
  });

  it('rejects p1 ≤ p0 and nmax out of range naming the field', () => {
    expect(() => simonTwoStage({ p0: 0.3, p1: 0.2, alpha: 0.05, beta: 0.2 })).toThrow(
      /p1.*greater-than-p0/,
    );
    expect(() => simonTwoStage({ p0: 0.1, p1: 0.3, alpha: 0.05, beta: 0.2, nmax: 1.5 })).toThrow(
      /nmax/,
    );
    expect(() => simonTwoStage({ p0: 0.1, p1: 0.3, alpha: 0, beta: 0.2 })).toThrow(/alpha/);
  });
});

describe('simonOperatingCharacteristics against R dbinom/pbinom (scripts/r-reference/phase2-reference.R)', () => {
  for (const e of reference.simon) {
    it(`${e.r1}/${e.n1}, ${e.r}/${e.n} at p0 ${e.p0}, p1 ${e.p1}`, () => {
      const oc = simonOperatingCharacteristics(e, e.p0, e.p1);
      for (const k of ['expectedSizeH0', 'petH0', 'alpha', 'power'] as const)
        expect(Math.abs(oc[k] - e[k]), k).toBeLessThan(1e-13 * Math.max(1, e[k]));
    });
  }
});

/** Plain exhaustive search over every r, no two-pointer shortcut, as an independent check. */
function naiveSearch(p0: number, p1: number, alpha: number, beta: number, nmax: number) {
  const reject = (n1: number, n: number, r1: number, r: number, p: number) => {
    const a = binomialPmf(n1, p);
    const t = binomialUpperTails(binomialPmf(n - n1, p));
    let s = 0;
    for (let x1 = r1 + 1; x1 <= n1; x1++) {
      const need = r - x1 + 1;
      s += a[x1]! * (need <= 0 ? 1 : need > n - n1 ? 0 : t[need]!);
    }
    return s;
  };
  type Found = { n1: number; n: number; r1: number; r: number; en: number };
  let best: Found | null = null;
  let mini: Found | null = null;
  for (let n = 2; n <= nmax; n++)
    for (let n1 = 1; n1 < n; n1++)
      for (let r1 = 0; r1 < n1; r1++)
        for (let r = r1; r < n; r++) {
          if (reject(n1, n, r1, r, p0) > alpha) continue;
          if (reject(n1, n, r1, r, p1) >= 1 - beta) {
            const pet = binomialPmf(n1, p0)
              .slice(0, r1 + 1)
              .reduce((x, y) => x + y, 0);
            const en = n1 + (1 - pet) * (n - n1);
            if (!best || en < best.en - 1e-12) best = { n1, n, r1, r, en };
            if (!mini || n < mini.n || (n === mini.n && en < mini.en - 1e-12))
              mini = { n1, n, r1, r, en };
          }
          break; // the smallest r meeting α has the most power
        }
  return { optimal: best && pick(best), minimax: mini && pick(mini) };
}

describe('simonTwoStage agrees with a plain exhaustive search', () => {
  it('for random p0 < p1, α, β (nmax 30)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 20, max: 45 }),
        fc.constantFrom(0.05, 0.1),
        fc.constantFrom(0.1, 0.2),
        (p0pct, deltaPct, alpha, beta) => {
          const p0 = p0pct / 100;
          const p1 = Math.min(0.95, p0 + deltaPct / 100);
          const d = simonTwoStage({ p0, p1, alpha, beta, nmax: 30 });
          expect({ optimal: pick(d.optimal), minimax: pick(d.minimax) }).toEqual(
            naiveSearch(p0, p1, alpha, beta, 30),
          );
        },
      ),
      { numRuns: 10 },
    );
  });
});
