import { describe, expect, it } from 'vitest';
import { runCalc } from './calc-stats.helpers.ts';

describe('oncotrial calc simon', () => {
  it('p0 0.10, p1 0.30, α 0.05, β 0.20 → optimal 1/10, 5/29 and minimax 1/15, 5/25', () => {
    const r = runCalc('simon', { p0: 0.1, p1: 0.3, alpha: 0.05, beta: 0.2 });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.optimal).toMatchObject({ r1: 1, n1: 10, r: 5, n: 29 });
    expect(out.optimal.petH0).toBeCloseTo(0.736, 3);
    expect(out.minimax).toMatchObject({ r1: 1, n1: 15, r: 5, n: 25 });
    expect(Object.keys(out.optimal)).toEqual([
      'r1',
      'n1',
      'r',
      'n',
      'expectedSizeH0',
      'petH0',
      'alpha',
      'power',
    ]);
  });
});
