import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import { potentialHysLaw } from './hys-law.ts';
import type { DatedLabResult } from './lab-times-uln.ts';
import { altActionFor, baselineAltEligibility } from './leflunomide-alt-rules.ts';

const alt = (value: number, date = '2026-03-01', uln = 40): DatedLabResult => ({
  test: 'ALT',
  date,
  value,
  unit: 'U/L',
  uln,
});

describe('leflunomide ALT actions', () => {
  it('>2–3 × ULN recommends 10 mg and weekly tests; exactly 2 × ULN does nothing', () => {
    expect(altActionFor(alt(80))).toBeNull();
    expect(altActionFor(alt(80.01))?.kind).toBe('alt-dose-reduction');
    const at3 = altActionFor(alt(120));
    expect(at3).toMatchObject({
      kind: 'alt-dose-reduction',
      altTimesUln: '3',
      severity: 'warning',
    });
    expect(at3?.kind === 'alt-dose-reduction' && at3.recommendation).toMatch(/10 mg.*weekly/);
    expect(at3?.rule).toMatch(/ALT >2–3 × ULN/);
  });
  it('>3 × ULN interrupts with wash-out and weekly tests until normal', () => {
    const a = altActionFor(alt(120.01));
    expect(a).toMatchObject({ kind: 'alt-interrupt-washout', severity: 'critical' });
    expect(a?.kind === 'alt-interrupt-washout' && a.recommendation).toMatch(
      /cholestyramine 8 g three times daily for 11 days, or activated charcoal; test liver weekly until normal/,
    );
  });
  it('exact at float-unfriendly ULNs: 3 × 0.1 is not above 3 × ULN', () => {
    expect(altActionFor(alt(0.3, '2026-03-01', 0.1))?.kind).toBe('alt-dose-reduction');
  });
  it('no ULN: no action claimed; non-ALT rejected', () => {
    expect(altActionFor({ test: 'ALT', date: '2026-03-01', value: 500, unit: 'U/L' })).toBeNull();
    expect(() => altActionFor({ ...alt(100), test: 'AST' })).toThrow(/ALT/);
  });
});

describe('baseline ALT eligibility', () => {
  it('> 2 × ULN is not eligible; exactly 2 × ULN is', () => {
    expect(baselineAltEligibility(alt(80)).kind).toBe('eligible');
    const r = baselineAltEligibility(alt(80.5));
    expect(r.kind).toBe('not-eligible');
    expect(r.kind === 'not-eligible' && r.alert.kind).toBe('baseline-alt-not-eligible');
    expect(baselineAltEligibility(null).kind).toBe('unknown');
    expect(baselineAltEligibility({ ...alt(80), uln: null }).kind).toBe('unknown');
  });
});

describe("potential Hy's law", () => {
  const bili = (value: number, date: string): DatedLabResult => ({
    test: 'BILI',
    date,
    value,
    unit: 'µmol/L',
    uln: 20,
  });
  const alp = (value: number, date: string): DatedLabResult => ({
    test: 'ALP',
    date,
    value,
    unit: 'U/L',
    uln: 100,
  });

  it('ALT ≥3 × ULN with bilirubin ≥2 × ULN 14 days later and ALP <2 × ULN', () => {
    const a = potentialHysLaw([
      alt(120, '2026-03-01'),
      bili(40, '2026-03-15'),
      alp(199, '2026-03-01'),
    ]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      kind: 'potential-hys-law',
      severity: 'critical',
      daysApart: 14,
      aminotransferase: { test: 'ALT', timesUln: '3' },
      bilirubin: { timesUln: '2' },
      alp: { timesUln: '1.99' },
    });
  });
  it('bilirubin before the aminotransferase counts too (either order)', () => {
    expect(potentialHysLaw([alt(120, '2026-03-15'), bili(40, '2026-03-01')])).toHaveLength(1);
  });
  it('15 days apart is outside the window', () => {
    expect(potentialHysLaw([alt(120, '2026-03-01'), bili(40, '2026-03-16')])).toHaveLength(0);
    expect(potentialHysLaw([alt(120, '2026-03-16'), bili(40, '2026-03-01')])).toHaveLength(0);
  });
  it('just below either threshold is not Hy’s law', () => {
    expect(potentialHysLaw([alt(119.99, '2026-03-01'), bili(40, '2026-03-01')])).toHaveLength(0);
    expect(potentialHysLaw([alt(120, '2026-03-01'), bili(39.99, '2026-03-01')])).toHaveLength(0);
  });
  it('AST can carry it as well as ALT', () => {
    const ast: DatedLabResult = {
      test: 'AST',
      date: '2026-03-01',
      value: 150,
      unit: 'U/L',
      uln: 50,
    };
    expect(potentialHysLaw([ast, bili(41, '2026-03-03')])[0]?.aminotransferase.test).toBe('AST');
  });
  it('ALP ≥ 2 × ULN excludes it (cholestatic pattern)', () => {
    expect(
      potentialHysLaw([alt(200, '2026-03-01'), bili(60, '2026-03-02'), alp(200, '2026-03-01')]),
    ).toHaveLength(0);
  });
  it('the ALP closest in time to the aminotransferase is the one that counts', () => {
    const a = potentialHysLaw([
      alt(200, '2026-03-10'),
      bili(60, '2026-03-10'),
      alp(250, '2026-02-28'), // 10 days before: older, cholestatic
      alp(150, '2026-03-11'), // 1 day after: closest, 1.5 × ULN
    ]);
    expect(a[0]?.alp).toEqual({ date: '2026-03-11', timesUln: '1.5' });
  });
  it('no ALP in the window still raises the alert, saying cholestasis was not ruled out', () => {
    const a = potentialHysLaw([
      alt(200, '2026-03-01'),
      bili(60, '2026-03-02'),
      alp(90, '2026-01-01'),
    ]);
    expect(a[0]?.alp).toBeNull();
    expect(reasonTexts(a[0]?.reasons ?? []).join(' ')).toMatch(/cholestasis not ruled out/);
  });
  it('results without ULN take no part', () => {
    expect(potentialHysLaw([{ ...alt(500), uln: null }, bili(60, '2026-03-01')])).toHaveLength(0);
  });
});
