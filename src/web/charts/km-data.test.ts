import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../core/stats/kaplan-meier.ts';
import { simulatedOverview } from '../testing/simulated-overview.ts';
import { kmCsvRows, kmFigure } from './km-data.ts';

describe('kmFigure', () => {
  it('starts at S = 1 on day 0 and steps at each distinct time (events before censorings)', () => {
    // times 2 (event), 3 (censored), 3 (event), 5 (event): S = 3/4, then 3/4 × 2/3 at 3 (3 at
    // risk, the censoring counted after the event), then 0
    const km = kaplanMeier({ time: [2, 3, 3, 5], status: [1, 0, 1, 1], riskTimes: [0, 2, 4, 6] });
    const f = kmFigure(km);
    expect(f.curve.map((p) => [p.time, p.survival])).toEqual([
      [0, 1],
      [2, 0.75],
      [3, 0.5],
      [5, 0],
    ]);
    expect(f.censors).toEqual([{ time: 3, survival: 0.5, count: 1 }]);
    expect(f.atRisk).toEqual([
      { time: 0, nRisk: 4 },
      { time: 2, nRisk: 4 },
      { time: 4, nRisk: 1 },
      { time: 6, nRisk: 0 },
    ]);
    expect(f.maxTime).toBe(6);
  });

  it('gives the median guide where S first reaches 0.5, and none when not reached', () => {
    const reached = kmFigure(kaplanMeier({ time: [1, 2, 3, 4], status: [1, 1, 1, 1] }));
    expect(reached.median?.time).toBe(2.5); // S = 0.5 exactly on [2, 3): R prints the midpoint
    const notReached = kmFigure(kaplanMeier({ time: [1, 2, 3, 4], status: [1, 0, 0, 0] }));
    expect(notReached.median).toBeNull();
  });

  it('lets events on day 0 drop the curve at the origin', () => {
    const f = kmFigure(kaplanMeier({ time: [0, 4], status: [1, 0] }));
    expect(f.curve[0]).toMatchObject({ time: 0, survival: 0.5 });
  });

  it('draws the simulated cohort: curve never rises, censor marks sit on the curve', () => {
    const { pfs } = simulatedOverview().endpoints;
    const f = kmFigure(pfs);
    for (let i = 1; i < f.curve.length; i++) {
      expect(f.curve[i]!.survival).toBeLessThanOrEqual(f.curve[i - 1]!.survival);
      expect(f.curve[i]!.time).toBeGreaterThan(f.curve[i - 1]!.time);
    }
    for (const c of f.censors)
      expect(f.curve.find((p) => p.time === c.time)?.survival).toBe(c.survival);
    expect(f.censors.reduce((s, c) => s + c.count, 0)).toBe(pfs.n - pfs.events);
    expect(f.atRisk[0]).toEqual({ time: 0, nRisk: pfs.n });
  });
});

describe('kmCsvRows', () => {
  it('has a time-0 row and one row per step with R-style columns', () => {
    const km = kaplanMeier({ time: [2, 3], status: [1, 0] });
    expect(kmCsvRows(km)).toEqual([
      { time: 0, n_risk: 2, n_event: 0, n_censor: 0, survival: 1, std_err: 0, lower: 1, upper: 1 },
      expect.objectContaining({ time: 2, n_risk: 2, n_event: 1, survival: 0.5 }),
      expect.objectContaining({ time: 3, n_risk: 1, n_censor: 1, survival: 0.5 }),
    ]);
  });
});
