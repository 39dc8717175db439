/**
 * Value / ULN of a dated lab result, exactly, for the leflunomide liver rules. Value and ULN
 * are in the same unit, so the ratio needs no conversion, but the unit is still checked so an
 * unknown unit is an error rather than silently accepted.
 */
import type { IsoDate } from '../shared/calendar-date.ts';
import { div, type Ratio, ratio } from './exact-ratio.ts';
import type { LabTestCode } from './lab-test-codes.ts';
import { lookupUnit, UnknownUnitError } from './lab-unit-conversion.ts';

export interface DatedLabResult {
  test: LabTestCode;
  date: IsoDate;
  value: number;
  unit: string;
  uln?: number | null;
  lln?: number | null;
}

/**
 * `value / uln` exactly, or null when ULN is missing.
 * @example timesUln({ test: 'ALT', date: '2026-01-01', value: 120, unit: 'U/L', uln: 40 }) // 3
 */
export function timesUln(r: DatedLabResult): Ratio | null {
  const u = lookupUnit(r.test, r.unit);
  if (u.kind === 'unknown') throw new UnknownUnitError(r.test, r.unit, u.accepted);
  if (r.uln == null) return null;
  if (!(r.uln > 0)) throw new RangeError(`uln must be > 0: ${r.uln}`);
  return div(ratio(r.value), ratio(r.uln));
}
