import { describe, expect, it } from 'vitest';
import type { DatedLabResult } from './lab-times-uln.ts';
import { leflunomideLiverAlerts } from './leflunomide-liver-safety.ts';

const lab = (
  test: DatedLabResult['test'],
  date: string,
  value: number,
  uln: number | null = null,
): DatedLabResult => ({
  test,
  date,
  value,
  unit: test === 'BILI' ? 'µmol/L' : test === 'PLAT' ? '10^9/L' : 'U/L',
  uln,
});

describe('leflunomide liver alerts for one subject', () => {
  it('gathers eligibility, ALT action, Hy’s law and overdue monitoring, each citing its rule', () => {
    const alerts = leflunomideLiverAlerts({
      treatmentStart: '2026-01-01',
      asOf: '2026-03-20',
      labs: [
        lab('ALT', '2025-12-20', 90, 40), // baseline 2.25 × ULN: not eligible
        lab('PLAT', '2025-12-20', 200),
        lab('ALT', '2026-03-01', 130, 40), // 3.25 × ULN: interrupt + weekly
        lab('BILI', '2026-03-05', 45, 20), // 2.25 × ULN within 4 days
        lab('ALP', '2026-03-01', 150, 120),
        lab('PLAT', '2026-02-26', 210),
      ],
    });
    expect(alerts.map((a) => a.kind)).toEqual([
      'baseline-alt-not-eligible',
      'alt-interrupt-washout',
      'potential-hys-law',
      'monitoring-overdue',
    ]);
    expect(alerts.every((a) => a.rule.length > 0 && a.reasons.length > 0 && a.key.length > 0)).toBe(
      true,
    );
    const overdue = alerts[3];
    expect(overdue?.kind === 'monitoring-overdue' && [overdue.what, overdue.rhythm]).toEqual([
      'ALT',
      'weekly',
    ]);
  });
  it('ignores results dated after the as-of date', () => {
    expect(
      leflunomideLiverAlerts({
        treatmentStart: '2026-01-01',
        asOf: '2026-01-10',
        labs: [
          lab('ALT', '2025-12-20', 30, 40),
          lab('PLAT', '2025-12-20', 200),
          lab('ALT', '2026-01-20', 500, 40),
        ],
      }),
    ).toEqual([]);
  });
});
