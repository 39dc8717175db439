import { describe, expect, it } from 'vitest';
import { simulatedOverview } from '../testing/simulated-overview.ts';
import { consortFlow, inScreening } from './consort-data.ts';
import { EDISH_FLOOR, edishCounts, edishData, edishQuadrant } from './edish-data.ts';
import { enrolmentData } from './enrolment-data.ts';

describe('eDISH quadrants (FDA 2009: ALT ≥ 3 × ULN, bilirubin ≥ 2 × ULN)', () => {
  it.each([
    [3, 2, 'hys-law'],
    [2.99, 2, 'cholestasis'],
    [3, 1.99, 'temple'],
    [2.99, 1.99, 'normal'],
    [10, 0.5, 'temple'],
  ] as const)('ALT %s × ULN, bilirubin %s × ULN → %s', (alt, bili, q) => {
    expect(edishQuadrant(alt, bili)).toBe(q);
  });

  it('keeps log-scale positions positive without changing the values', () => {
    const [m] = edishData([{ subjectId: 'x', label: 'x', peakAltXUln: 0, peakBiliXUln: 0.4 }]);
    expect(m).toMatchObject({ x: EDISH_FLOOR, y: 0.4, peakAltXUln: 0 });
  });

  it("finds the simulator's Hy's law case", () => {
    const marks = edishData(simulatedOverview().safety.edish);
    expect(edishCounts(marks)['hys-law']).toBeGreaterThanOrEqual(1);
  });
});

describe('consortFlow', () => {
  it('balances the simulated cohort and orders reasons by count', () => {
    const c = simulatedOverview().consort;
    const f = consortFlow(c);
    expect(f.mismatches).toEqual([]);
    const failures = f.stages.find((s) => s.id === 'screenFailures')!;
    expect(failures.count + c.enrolled + inScreening(c)).toBe(c.screened);
    const counts = failures.reasons.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('says when the counts do not add up', () => {
    const f = consortFlow({
      screened: 10,
      screenFailures: [{ reason: 'x', count: 3 }],
      enrolled: 8,
      treated: 8,
      discontinued: [{ reason: 'toxicity', count: 2 }],
      onTreatment: 5,
      analysed: 8,
    });
    expect(f.mismatches).toEqual([
      { rule: 'screened = failures + enrolled', expected: 10, actual: 11 },
      { rule: 'treated = discontinued + on treatment', expected: 8, actual: 7 },
    ]);
  });
});

describe('enrolmentData', () => {
  it('accumulates per site and in total, flat to the data cut', () => {
    const d = enrolmentData(
      [
        { siteCode: 'A', dates: ['2026-02-01', '2026-01-10'] },
        { siteCode: 'B', dates: ['2026-01-20'] },
        { siteCode: 'C', dates: [] },
      ],
      '2026-03-01',
    );
    expect(d.total.map((p) => [p.date, p.cumulative])).toEqual([
      ['2026-01-10', 1],
      ['2026-01-20', 2],
      ['2026-02-01', 3],
      ['2026-03-01', 3],
    ]);
    expect(d.bySite.filter((p) => p.siteCode === 'A').map((p) => p.cumulative)).toEqual([1, 2, 2]);
    expect(d.bySite.some((p) => p.siteCode === 'C')).toBe(false);
  });

  it('ends the total at the number enrolled in the simulated cohort', () => {
    const o = simulatedOverview();
    expect(enrolmentData(o.enrolmentBySite, o.asOf).total.at(-1)?.cumulative).toBe(
      o.consort.enrolled,
    );
  });
});
