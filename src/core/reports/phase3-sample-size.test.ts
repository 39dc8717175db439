import { describe, expect, it } from 'vitest';
import {
  freedmanEvents,
  phase3SampleSize,
  probabilityOfEventSimpson,
  schoenfeldEvents,
} from './phase3-sample-size.ts';

describe('phase III log-rank sample size', () => {
  it('Schoenfeld events: the textbook example HR 0.5, α 0.05 two-sided, 90 % power → 88 events', () => {
    // 4 (1.959964 + 1.281552)² / (ln 0.5)² = 4 × 10.5074 / 0.480453 = 87.48
    expect(schoenfeldEvents(0.05, 0.9, 0.5)).toBeCloseTo(87.48, 2);
    // HR 0.5, 80 % power: 4 × 7.8489 / 0.480453 = 65.35 → 66; HR 0.75, 80 %: 379.35 → 380
    expect(Math.ceil(schoenfeldEvents(0.05, 0.8, 0.5))).toBe(66);
    expect(schoenfeldEvents(0.05, 0.8, 0.75)).toBeCloseTo(379.35, 1);
  });
  it('Freedman events: HR 0.5, 80 % → 70.6 (71); symmetric in HR ↔ 1/HR', () => {
    expect(freedmanEvents(0.05, 0.8, 0.5)).toBeCloseTo(70.64, 2);
    expect(freedmanEvents(0.05, 0.8, 2)).toBeCloseTo(70.64, 2);
  });
  it('unequal allocation needs more events (p(1−p) < 1/4)', () => {
    expect(schoenfeldEvents(0.05, 0.8, 0.6, 2 / 3)).toBeGreaterThan(
      schoenfeldEvents(0.05, 0.8, 0.6),
    );
    expect(schoenfeldEvents(0.05, 0.8, 0.6, 2 / 3) / schoenfeldEvents(0.05, 0.8, 0.6)).toBeCloseTo(
      0.25 / (2 / 9),
      10,
    );
  });
  it('Simpson P(event) is close to the exact exponential integral with uniform accrual', () => {
    for (const [m, a, f] of [
      [365, 730, 365],
      [180, 365, 180],
      [1000, 720, 360],
    ] as const) {
      const rate = Math.LN2 / m;
      const exact = 1 - (Math.exp(-rate * f) - Math.exp(-rate * (f + a))) / (rate * a);
      expect(Math.abs(probabilityOfEventSimpson(m, a, f) - exact)).toBeLessThan(0.005);
    }
  });
  it('subjects = ceil(events / P(event)), with the control median = HR × experimental median', () => {
    const r = phase3SampleSize({
      alpha: 0.05,
      power: 0.8,
      hazardRatio: 0.6,
      medianExperimentalDays: 365,
      accrualDays: 730,
      followUpDays: 365,
      allocation: 0.5,
    });
    expect(r.medianControlDays).toBeCloseTo(219, 10);
    expect(r.eventsSchoenfeld).toBe(Math.ceil(r.eventsSchoenfeldExact));
    expect(r.subjects).toBe(Math.ceil(r.eventsSchoenfeld / r.probabilityOfEvent));
    expect(r.probabilityOfEvent).toBeGreaterThan(0);
    expect(r.probabilityOfEvent).toBeLessThan(1);
    expect(() => phase3SampleSize({ ...r.assumptions, hazardRatio: 1 })).toThrow(RangeError);
  });
});
