import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sasDate, sasDatetime } from './sas-dates.ts';

const DAY_MS = 86_400_000;
const SAS_EPOCH_MS = Date.UTC(1960, 0, 1);

describe('SAS date and datetime numbers', () => {
  it('counts days from 1960-01-01 (SAS date value)', () => {
    expect(sasDate('1960-01-01')).toBe(0);
    expect(sasDate('1959-12-31')).toBe(-1);
    expect(sasDate('1970-01-01')).toBe(3653);
    expect(sasDate('2000-03-01')).toBe(14670);
    expect(sasDate('2026-11-25')).toBe(24435);
  });
  it('agrees with the UTC calendar for any date 1800–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -58_000, max: 88_000 }), (d) => {
        const iso = new Date(SAS_EPOCH_MS + d * DAY_MS).toISOString().slice(0, 10);
        expect(sasDate(iso)).toBe(d);
      }),
    );
  });
  it('counts seconds for datetimes, UTC only', () => {
    expect(sasDatetime('1960-01-02T00:00:01')).toBe(86401);
    expect(sasDatetime('2026-11-25T23:59:59.5Z')).toBe(24435 * 86400 + 86399.5);
    expect(sasDatetime('1959-12-31T23:59:59')).toBe(-1);
    expect(() => sasDatetime('2026-11-25T10:00:00+08:00')).toThrow(/UTC/);
  });
});
