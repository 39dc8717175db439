/**
 * The leflunomide liver rules' and the SAE clock's reasons as codes and parameters (what a
 * translation is built from), at the exact thresholds of the protocol and ICH E2A.
 */
import { describe, expect, it } from 'vitest';
import { liverAlertSummary } from '../safety-records/liver-alert-summary.ts';
import { potentialHysLaw } from './hys-law.ts';
import { altActionFor, baselineAltEligibility } from './leflunomide-alt-rules.ts';
import { liverMonitoringStatus } from './liver-monitoring-schedule.ts';
import { saeReportingClock } from './sae-reporting-clock.ts';
import { SAFETY_REASONS } from './safety-reasons.ts';

const alt = (value: number, date = '2026-03-01') =>
  ({ test: 'ALT', date, value, unit: 'U/L', uln: 40 }) as const;
const plain = (r: { code: string; params: object } | undefined) =>
  r ? { code: r.code, params: r.params } : undefined;

describe('leflunomide ALT rules: codes and parameters', () => {
  it('ALT exactly 3 × ULN is the dose-reduction band (>2–3 × ULN), above it interrupt', () => {
    const at3 = altActionFor(alt(120));
    expect(plain(at3?.reasons[0])).toEqual({
      code: 'safety.alt-reduction',
      params: { value: 120, unit: 'U/L', date: '2026-03-01', times: '3', uln: 40 },
    });
    expect(plain(at3 ? liverAlertSummary(at3) : undefined)).toEqual({
      code: 'safety.summary-alt-reduction',
      params: { times: '3', date: '2026-03-01' },
    });
    const above = altActionFor(alt(120.4));
    expect(above?.reasons[0]?.code).toBe('safety.alt-interrupt');
    expect(above?.reasons[0]?.params.times).toBe('3.01');
    expect(altActionFor(alt(80))).toBeNull(); // exactly 2 × ULN: nothing
  });

  it('baseline ALT exactly 2 × ULN is eligible; above is not; none or no ULN is unknown', () => {
    expect(baselineAltEligibility(alt(80)).reasons[0]?.code).toBe('safety.baseline-alt-eligible');
    const no = baselineAltEligibility(alt(80.4));
    expect(no.kind).toBe('not-eligible');
    expect(plain(no.reasons[0])).toMatchObject({
      code: 'safety.baseline-alt-not-eligible',
      params: { times: '2.01' },
    });
    expect(baselineAltEligibility(null).reasons[0]?.code).toBe('safety.baseline-alt-missing');
    expect(baselineAltEligibility({ ...alt(80), uln: null }).reasons[0]).toMatchObject({
      code: 'safety.baseline-alt-no-uln',
      params: { date: '2026-03-01' },
    });
  });
});

describe("potential Hy's law: codes and parameters", () => {
  it('ALT exactly 3 × ULN with bilirubin exactly 2 × ULN 14 days apart, no ALP', () => {
    const [a] = potentialHysLaw([
      alt(120),
      { test: 'BILI', date: '2026-03-15', value: 42, unit: 'µmol/L', uln: 21 },
    ]);
    expect(a?.reasons.map(plain)).toEqual([
      {
        code: 'safety.hys-aminotransferase',
        params: { test: 'ALT', value: 120, unit: 'U/L', date: '2026-03-01', times: '3' },
      },
      {
        code: 'safety.hys-bilirubin',
        params: { value: 42, unit: 'µmol/L', date: '2026-03-15', times: '2', days: 14, window: 14 },
      },
      { code: 'safety.hys-no-alp', params: { window: 14 } },
    ]);
    expect(a ? liverAlertSummary(a).code : null).toBe('safety.summary-hys-law');
  });
});

describe('ALT / FBC monitoring: codes and parameters', () => {
  it('baseline due before the first dose, then overdue; the rhythm and test are in the summary code', () => {
    const m = liverMonitoringStatus({ treatmentStart: '2026-01-01', asOf: '2026-01-02', labs: [] });
    expect(m.alt.reasons.map(plain)).toEqual([
      {
        code: 'safety.baseline-due',
        params: { what: 'ALT', from: '2025-12-04', to: '2026-01-01' },
      },
      {
        code: 'safety.overdue',
        params: { what: 'ALT', windowEnd: '2026-01-01', days: 1, asOf: '2026-01-02' },
      },
    ]);
    const [altAlert, fbcAlert] = m.alerts;
    expect(plain(altAlert ? liverAlertSummary(altAlert) : undefined)).toEqual({
      code: 'safety.summary-overdue-ALT-baseline',
      params: { days: 1, due: '2026-01-01', windowEnd: '2026-01-01' },
    });
    expect(fbcAlert ? liverAlertSummary(fbcAlert).code : null).toBe(
      'safety.summary-overdue-FBC-baseline',
    );
  });

  it('ALT above 2 × ULN puts ALT on the weekly rhythm', () => {
    const m = liverMonitoringStatus({
      treatmentStart: '2026-01-01',
      asOf: '2026-01-20',
      labs: [alt(30, '2025-12-30'), alt(100, '2026-01-10')],
    });
    expect(plain(m.alt.reasons[0])).toEqual({
      code: 'safety.weekly-above-2',
      params: { date: '2026-01-10' },
    });
  });

  it('every summary code a rhythm can give exists', () => {
    for (const what of ['ALT', 'FBC'])
      for (const rhythm of ['baseline', 'every-cycle', 'every-2-cycles', 'weekly'])
        expect(Object.keys(SAFETY_REASONS)).toContain(`safety.summary-overdue-${what}-${rhythm}`);
  });
});

describe('SAE reporting clock: codes and parameters', () => {
  const aware = '2026-11-25T08:00:00Z';
  it('reported exactly 24 h after awareness is on time; a minute later is late', () => {
    expect(
      plain(
        saeReportingClock({ awarenessAt: aware, reportedAt: '2026-11-26T08:00:00Z' }).reasons[0],
      ),
    ).toEqual({
      code: 'safety.sae-on-time',
      params: { reportedAt: '2026-11-26T08:00:00Z', dueAt: '2026-11-26T08:00:00.000Z' },
    });
    expect(
      plain(
        saeReportingClock({ awarenessAt: aware, reportedAt: '2026-11-26T08:01:00Z' }).reasons[0],
      ),
    ).toMatchObject({ code: 'safety.sae-late', params: { minutes: 1 } });
  });

  it('unreported: whole minutes left, then past due', () => {
    const pending = saeReportingClock({ awarenessAt: aware, now: '2026-11-26T07:59:30Z' });
    expect(plain(pending.reasons[0])).toMatchObject({
      code: 'safety.sae-pending',
      params: { minutes: 0 },
    });
    const late = saeReportingClock({ awarenessAt: aware, now: '2026-11-26T08:00:01Z' });
    expect(late.reasons[0]?.code).toBe('safety.sae-past-due');
  });
});
