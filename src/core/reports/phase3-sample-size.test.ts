import { describe, expect, it } from 'vitest';
import reference from './fixtures/phase3-r-reference.json' with { type: 'json' };
import { responseSampleSize } from './phase3-response-size.ts';
import {
  freedmanEvents,
  probabilityOfEvent,
  schoenfeldEvents,
  survivalSampleSize,
} from './phase3-sample-size.ts';

// Fixed values from scripts/r-reference/phase3-reference.R (base R: integrate, power.prop.test).

describe('phase III PFS size (log-rank)', () => {
  it('Schoenfeld events: the textbook example HR 0.5, α 0.05 two-sided, 90 % power → 88 events', () => {
    // 4 (1.959964 + 1.281552)² / (ln 0.5)² = 4 × 10.5074 / 0.480453 = 87.48
    expect(schoenfeldEvents(0.05, 0.9, 0.5)).toBeCloseTo(87.48, 2);
    expect(Math.ceil(schoenfeldEvents(0.05, 0.8, 0.5))).toBe(66);
    expect(schoenfeldEvents(0.05, 0.8, 0.75)).toBeCloseTo(379.35, 1);
    // one-sided 0.025 is two-sided 0.05
    expect(schoenfeldEvents(0.025, 0.9, 0.5, 0.5, 1)).toBe(schoenfeldEvents(0.05, 0.9, 0.5));
  });

  it('Freedman events: HR 0.5, 80 % → 70.6 (71); symmetric in HR ↔ 1/HR', () => {
    expect(freedmanEvents(0.05, 0.8, 0.5)).toBeCloseTo(70.64, 2);
    expect(freedmanEvents(0.05, 0.8, 2)).toBeCloseTo(70.64, 2);
  });

  it('gsDesign vignette "SurvivalOverview" (nSurv, Lachin–Foulkes): 422 subjects, 330 events; Schoenfeld 331', () => {
    // control median 8 months, HR 0.7, 12 months accrual, 16 months minimum follow-up,
    // drop-out 0.001 / month, 1:1, one-sided α 0.025, 90 % power
    const r = survivalSampleSize({
      alpha: 0.025,
      sides: 1,
      power: 0.9,
      hazardRatio: 0.7,
      controlMedian: 8,
      accrual: 12,
      followUp: 16,
      dropoutHazard: 0.001,
      allocationRatio: 1,
    });
    expect(r.lachinFoulkesSubjects).toBe(422);
    expect(r.lachinFoulkesEvents).toBe(330);
    expect(r.schoenfeldEvents).toBe(331);
    expect(r.experimentalMedian).toBeCloseTo(8 / 0.7, 12);
  });

  it('gsDesign ?nSurv example: expected events 86.3258, sample size 119.8184', () => {
    const r = survivalSampleSize({
      alpha: 0.025,
      sides: 1,
      power: 0.9,
      hazardRatio: 0.5,
      controlMedian: 6,
      accrual: 24,
      followUp: 12,
      dropoutHazard: Math.LN2 / 40,
      allocationRatio: 1,
    });
    expect(r.lachinFoulkesSubjectsExact).toBeCloseTo(119.8184, 4);
    expect(r.lachinFoulkesEventsExact).toBeCloseTo(86.3258, 4);
  });

  it('matches the R reference (numerical integration of P(event)) for every case, incl. 2:1', () => {
    for (const c of reference.survival) {
      const r = survivalSampleSize({ ...c, sides: c.sides as 1 | 2 });
      expect(r.probabilityOfEvent).toBeCloseTo(c.pEvent, 10);
      expect(r.lachinFoulkesSubjectsExact).toBeCloseTo(c.lfSubjects, 7);
      expect(r.lachinFoulkesEventsExact).toBeCloseTo(c.lfEvents, 7);
      expect(r.schoenfeldEventsExact).toBeCloseTo(c.schoenfeldEvents, 9);
      expect(r.schoenfeldSubjects).toBe(Math.ceil(Math.ceil(c.schoenfeldEvents) / c.pEvent));
    }
  });

  it('P(event) without drop-out and follow-up 0 is 1 − (1 − e^{−λA}) / (λA)', () => {
    const l = Math.LN2 / 12;
    expect(probabilityOfEvent(l, 0, 24, 0)).toBeCloseTo(1 - (1 - Math.exp(-l * 24)) / (l * 24), 14);
    // drop-out takes events away
    expect(probabilityOfEvent(l, 0.01, 24, 12)).toBeLessThan(probabilityOfEvent(l, 0, 24, 12));
  });

  it('refuses HR 1 and a non-positive allocation', () => {
    const d = {
      alpha: 0.05,
      sides: 2 as const,
      power: 0.8,
      hazardRatio: 1,
      controlMedian: 6,
      accrual: 24,
      followUp: 12,
      dropoutHazard: 0,
      allocationRatio: 1,
    };
    expect(() => survivalSampleSize(d)).toThrow(RangeError);
    expect(() => survivalSampleSize({ ...d, hazardRatio: 0.6, allocationRatio: 0 })).toThrow(
      RangeError,
    );
  });
});

describe('phase III ORR size (two proportions)', () => {
  it('R ?power.prop.test example: p 0.50 vs 0.75, 90 % power → n = 76.7 per group (77)', () => {
    const r = responseSampleSize({
      alpha: 0.05,
      sides: 2,
      power: 0.9,
      controlRate: 0.5,
      experimentalRate: 0.75,
      allocationRatio: 1,
      continuityCorrection: false,
    });
    expect(r.controlExact).toBeCloseTo(76.7, 1);
    expect([r.control, r.experimental, r.total]).toEqual([77, 77, 154]);
  });

  it('matches R (power.prop.test, Fleiss–Tytun–Ury correction) for every case, incl. 2:1', () => {
    for (const c of reference.proportions) {
      for (const cc of [false, true]) {
        const r = responseSampleSize({ ...c, sides: c.sides as 1 | 2, continuityCorrection: cc });
        const n = cc ? c.corrected : c.uncorrected;
        expect(r.controlExact).toBeCloseTo(n, 5);
        expect(r.control).toBe(Math.ceil(n));
        expect(r.experimental).toBe(Math.ceil(c.allocationRatio * n));
      }
    }
  });

  it('the continuity correction always adds subjects; equal rates are refused', () => {
    const d = {
      alpha: 0.05,
      sides: 2 as const,
      power: 0.8,
      controlRate: 0.05,
      experimentalRate: 0.2,
      allocationRatio: 1,
      continuityCorrection: false,
    };
    expect(responseSampleSize({ ...d, continuityCorrection: true }).total).toBeGreaterThan(
      responseSampleSize(d).total,
    );
    expect(() => responseSampleSize({ ...d, experimentalRate: 0.05 })).toThrow(RangeError);
  });
});
