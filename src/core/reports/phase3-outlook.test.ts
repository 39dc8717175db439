import { describe, expect, it } from 'vitest';
import { defaultStudyInput } from '../protocol/default-study.ts';
import { defaultStudy, parseStudyDefinition } from '../protocol/study-definition.ts';
import { monthlyDropoutHazard, phase3Outlook } from './phase3-outlook.ts';
import { responseSampleSize } from './phase3-response-size.ts';
import { survivalSampleSize } from './phase3-sample-size.ts';

const study = defaultStudy();
const month = study.timeToEvent.daysPerMonth;
const withOutlook = (patch: (o: Record<string, any>) => void) => {
  const input = structuredClone(defaultStudyInput) as Record<string, any>;
  patch(input.phase3Outlook);
  return parseStudyDefinition(input);
};

describe('phase III outlook from the protocol and the observed phase II', () => {
  it('derives HR = control median / observed median and sizes with the protocol assumptions', () => {
    const r = phase3Outlook(study, { pfsMedianDays: 10 * month, orr: null });
    expect(r.survival.kind).toBe('sized');
    if (r.survival.kind !== 'sized') return;
    expect(r.survival.source).toBe('observed-median');
    expect(r.survival.observedMedianMonths).toBeCloseTo(10, 12);
    expect(r.survival.size.design.hazardRatio).toBeCloseTo(0.46, 12); // 4.6 / 10
    // the same numbers as calling the sizing directly with the protocol's defaults
    const direct = survivalSampleSize({
      alpha: 0.05,
      sides: 2,
      power: 0.8,
      hazardRatio: 0.46,
      controlMedian: 4.6,
      accrual: 24,
      followUp: 12,
      dropoutHazard: -Math.log(0.95) / 12,
      allocationRatio: 1,
    });
    expect(r.survival.size.lachinFoulkesSubjects).toBe(direct.lachinFoulkesSubjects);
    expect(r.survival.size.lachinFoulkesEventsExact).toBeCloseTo(
      direct.lachinFoulkesEventsExact,
      9,
    );
  });

  it('median not reached → the protocol HR for that case; not longer than control → no size', () => {
    const r = phase3Outlook(study, { pfsMedianDays: null, orr: null });
    expect(r.survival).toMatchObject({ kind: 'sized', source: 'median-not-reached' });
    if (r.survival.kind === 'sized') expect(r.survival.size.design.hazardRatio).toBe(0.6);
    expect(phase3Outlook(study, { pfsMedianDays: 4 * month, orr: null }).survival).toEqual({
      kind: 'no-benefit',
      observedMedianMonths: 4,
      controlMedianMonths: 4.6,
    });
  });

  it('a fixed HR ignores the observed median', () => {
    const s = withOutlook((o) => {
      o.survival.hazardRatio = { kind: 'fixed', value: 0.7 };
    });
    const r = phase3Outlook(s, { pfsMedianDays: 3 * month, orr: null });
    expect(r.survival).toMatchObject({ kind: 'sized', source: 'fixed' });
  });

  it('ORR: observed target vs the control ORR (two proportions, continuity-corrected)', () => {
    const orr = { x: 7, n: 29, estimate: 7 / 29 };
    const r = phase3Outlook(study, { pfsMedianDays: null, orr });
    expect(r.response.kind).toBe('sized');
    if (r.response.kind !== 'sized') return;
    const direct = responseSampleSize({
      alpha: 0.05,
      sides: 2,
      power: 0.8,
      controlRate: 0.05,
      experimentalRate: 7 / 29,
      allocationRatio: 1,
      continuityCorrection: true,
    });
    expect(r.response.size.total).toBe(direct.total);
    expect(phase3Outlook(study, { pfsMedianDays: null, orr: null }).response).toEqual({
      kind: 'no-data',
    });
    expect(
      phase3Outlook(study, { pfsMedianDays: null, orr: { x: 1, n: 29, estimate: 1 / 29 } }).response
        .kind,
    ).toBe('no-benefit');
  });

  it('yearly drop-out share → monthly exponential hazard', () => {
    expect(monthlyDropoutHazard(0)).toBe(0);
    expect(Math.exp(-12 * monthlyDropoutHazard(0.05))).toBeCloseTo(0.95, 14);
  });
});
