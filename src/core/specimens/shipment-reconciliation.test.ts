import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import { reconcileShipment } from './shipment-reconciliation.ts';

describe('shipment reconciliation', () => {
  it('sorts a receipt into received, damaged, missing and unexpected', () => {
    const r = reconcileShipment(
      ['BJ01-S00001', 'BJ01-S00002', 'BJ01-S00003', 'BJ01-S00004'],
      [
        { label: 'BJ01-S00001', integrity: 'intact' },
        { label: 'BJ01-S00003', integrity: 'damaged', note: 'tube cracked' },
        { label: 'BJ01-S00004', integrity: 'intact' },
        { label: 'BJ01-S00004', integrity: 'intact' },
        { label: 'SH02-S00009', integrity: 'intact' },
      ],
    );
    expect(r.lines.map((l) => [l.label, l.outcome])).toEqual([
      ['BJ01-S00001', 'received'],
      ['BJ01-S00002', 'missing'],
      ['BJ01-S00003', 'damaged'],
      ['BJ01-S00004', 'received'],
      ['SH02-S00009', 'unexpected'],
    ]);
    expect(r.counts).toEqual({ received: 2, damaged: 1, missing: 1, unexpected: 1 });
    expect(r.hasDiscrepancies).toBe(true);
    expect(reasonTexts(r.lines[2]?.reasons ?? [])).toContain('tube cracked');
    expect(reasonTexts(r.lines[3]?.reasons ?? [])).toContain('scanned 2 times; counted once');
    expect(r.lines.map((l) => l.reasons.map((x) => [x.code, x.params]))).toEqual([
      [['specimen.arrived-intact', {}]],
      [['specimen.not-in-shipment', {}]],
      [
        ['specimen.arrived-damaged', {}],
        ['text', {}],
      ],
      [
        ['specimen.arrived-intact', {}],
        ['specimen.scanned-more-than-once', { times: 2 }],
      ],
      [['specimen.not-on-manifest', {}]],
    ]);
  });

  it('a complete, intact receipt has no discrepancy', () => {
    const r = reconcileShipment(['A-1'], [{ label: 'A-1', integrity: 'intact' }]);
    expect(r.hasDiscrepancies).toBe(false);
  });

  it('an empty box: everything missing', () => {
    const r = reconcileShipment(['A-1', 'A-2'], []);
    expect(r.counts).toEqual({ received: 0, damaged: 0, missing: 2, unexpected: 0 });
  });

  it('every expected label gets exactly one line; every unknown scanned label one unexpected line', () => {
    const label = fc.constantFrom('L1', 'L2', 'L3', 'L4', 'L5', 'L6');
    fc.assert(
      fc.property(
        fc.uniqueArray(label),
        fc.array(
          fc.record({ label, integrity: fc.constantFrom('intact' as const, 'damaged' as const) }),
        ),
        (expected, scanned) => {
          const r = reconcileShipment(expected, scanned);
          for (const e of expected) expect(r.lines.filter((l) => l.label === e)).toHaveLength(1);
          const unknown = new Set(scanned.map((s) => s.label).filter((l) => !expected.includes(l)));
          expect(r.counts.unexpected).toBe(unknown.size);
          expect(r.counts.received + r.counts.damaged + r.counts.missing).toBe(expected.length);
          expect(r.counts.missing).toBe(
            expected.filter((e) => !scanned.some((s) => s.label === e)).length,
          );
        },
      ),
    );
  });
});
