import { describe, expect, it } from 'vitest';
import type { DatedLabResult } from './lab-times-uln.ts';
import { liverMonitoringStatus } from './liver-monitoring-schedule.ts';

const start = '2026-01-01'; // cycle n day 1 = start + 28(n − 1): C2 01-29, C5 04-23, C6 05-21, C8 07-16
const alt = (date: string, value = 30): DatedLabResult => ({
  test: 'ALT',
  date,
  value,
  unit: 'U/L',
  uln: 40,
});
const fbc = (date: string): DatedLabResult => ({
  test: 'PLAT',
  date,
  value: 200,
  unit: '10^9/L',
  lln: 150,
});
const both = (date: string) => [alt(date), fbc(date)];

describe('liver monitoring rhythm', () => {
  it('before the first dose nothing is overdue', () => {
    const s = liverMonitoringStatus({ treatmentStart: start, asOf: '2025-12-31', labs: [] });
    expect(s.alt.kind).toBe('not-started');
    expect(s.alerts).toEqual([]);
  });

  it('no baseline before the first dose is overdue from day 2', () => {
    const s = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-01-02',
      labs: [fbc('2025-12-10')],
    });
    expect(s.alerts).toHaveLength(1);
    expect(s.alerts[0]).toMatchObject({
      what: 'ALT',
      rhythm: 'baseline',
      dueDate: start,
      daysOverdue: 1,
    });
    expect(s.fbc.kind).toBe('up-to-date');
  });

  it('a baseline older than the 28-day screening window does not count', () => {
    const s = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-01-05',
      labs: both('2025-12-03'),
    });
    expect(s.alerts.map((a) => a.rhythm)).toEqual(['baseline', 'baseline']);
    const ok = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-01-05',
      labs: both('2025-12-04'),
    });
    expect(ok.alerts).toEqual([]);
  });

  it('every cycle: due cycle 2 day 1, overdue the day after its +3-day window', () => {
    const labs = both('2025-12-20');
    const inWindow = liverMonitoringStatus({ treatmentStart: start, asOf: '2026-02-01', labs });
    expect(inWindow.alt).toMatchObject({
      kind: 'up-to-date',
      dueDate: '2026-01-29',
      windowEnd: '2026-02-01',
    });
    const late = liverMonitoringStatus({ treatmentStart: start, asOf: '2026-02-02', labs });
    expect(late.alerts.map((a) => [a.what, a.rhythm, a.daysOverdue, a.severity])).toEqual([
      ['ALT', 'every-cycle', 1, 'warning'],
      ['FBC', 'every-cycle', 1, 'warning'],
    ]);
    expect(late.alerts[0]?.rule).toMatch(/every cycle for cycles 1–6, then every 2 cycles/);
  });

  it('after cycle 6 day 1 the next test is cycle 8 day 1 (every 2 cycles = 8 weeks)', () => {
    const s = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-07-19',
      labs: both('2026-05-21'),
    });
    expect(s.alt).toMatchObject({
      kind: 'up-to-date',
      rhythm: 'every-2-cycles',
      dueDate: '2026-07-16',
    });
    const late = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-07-20',
      labs: both('2026-05-21'),
    });
    expect(late.alerts[0]).toMatchObject({ rhythm: 'every-2-cycles', daysOverdue: 1 });
    // a cycle 5 test is followed by cycle 6 day 1
    const c5 = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-05-01',
      labs: both('2026-04-23'),
    });
    expect(c5.alt).toMatchObject({ dueDate: '2026-05-21', rhythm: 'every-cycle' });
  });

  it('weekly while ALT > 2 × ULN, for ALT only', () => {
    const labs = [...both('2026-02-26'), alt('2026-03-01', 100)];
    const ok = liverMonitoringStatus({ treatmentStart: start, asOf: '2026-03-11', labs });
    expect(ok.alt).toMatchObject({ kind: 'up-to-date', rhythm: 'weekly', dueDate: '2026-03-08' });
    const late = liverMonitoringStatus({ treatmentStart: start, asOf: '2026-03-12', labs });
    expect(late.alerts).toHaveLength(1);
    expect(late.alerts[0]).toMatchObject({
      what: 'ALT',
      rhythm: 'weekly',
      severity: 'critical',
      daysOverdue: 1,
    });
    expect(late.fbc.kind).toBe('up-to-date');
    // exactly 2 × ULN is not weekly
    const at2 = liverMonitoringStatus({
      treatmentStart: start,
      asOf: '2026-03-12',
      labs: [...both('2026-02-26'), alt('2026-03-01', 80)],
    });
    expect(at2.alt).toMatchObject({ rhythm: 'every-cycle', dueDate: '2026-03-26' });
  });

  it('after ALT > 3 × ULN, weekly until ALT is back to ≤ ULN, even after the last dose', () => {
    const labs = [...both('2026-02-26'), alt('2026-03-01', 150), alt('2026-03-08', 70)];
    const s = liverMonitoringStatus({
      treatmentStart: start,
      lastDoseDate: '2026-03-01',
      asOf: '2026-03-19',
      labs,
    });
    expect(s.alt).toMatchObject({ kind: 'overdue' });
    expect(s.alerts[0]).toMatchObject({ rhythm: 'weekly', dueDate: '2026-03-15' });
    const normal = liverMonitoringStatus({
      treatmentStart: start,
      lastDoseDate: '2026-03-01',
      asOf: '2026-06-01',
      labs: [...labs, alt('2026-03-15', 40)],
    });
    expect(normal.alt.kind).toBe('not-required');
  });

  it('routine tests due after the last dose are not required', () => {
    const s = liverMonitoringStatus({
      treatmentStart: start,
      lastDoseDate: '2026-02-10',
      asOf: '2026-06-01',
      labs: both('2026-01-29'),
    });
    expect(s.alerts).toEqual([]);
    expect(s.alt.kind).toBe('not-required');
  });
});
