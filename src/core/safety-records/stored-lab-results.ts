/**
 * Lab results as the store keeps them (decimal text value, unit, reference range, dated by their
 * visit) turned into the safety core's input. Only the tests CTCAE grading knows
 * (`LAB_TEST_CODES`) are taken; a result "not done" (no value) is left out. A result the core
 * cannot read (no unit, an unknown unit, a value that is not a number ≥ 0, ULN ≤ 0) is kept
 * aside with the reason, never guessed: it is shown as not gradable and does not feed the liver
 * rules.
 */

import { ctcaeReason } from '../safety/ctcae-reasons.ts';
import { isLabTestCode, type LabTestCode } from '../safety/lab-test-codes.ts';
import type { DatedLabResult } from '../safety/lab-times-uln.ts';
import { lookupUnit } from '../safety/lab-unit-conversion.ts';
import type { IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';

export interface StoredLabResult {
  /** The stored result's id. */
  id: string;
  /** Item code of the panel (ALT, NEUT…). */
  test: string;
  date: IsoDate;
  value: string | null;
  unit: string | null;
  referenceLow: string | null;
  referenceHigh: string | null;
}

export type ReadLabResult =
  | { kind: 'usable'; id: string; result: DatedLabResult }
  | { kind: 'unusable'; id: string; test: LabTestCode; date: IsoDate; reason: Reason };

const DECIMAL = /^\d+(\.\d+)?$/;

function decimal(text: string | null): number | null | 'bad' {
  if (text === null || text.trim() === '') return null;
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : 'bad';
}

/**
 * @example readLabResults([{ id: 'r1', test: 'ALT', date: '2026-03-01', value: '120',
 *   unit: 'U/L', referenceLow: '7', referenceHigh: '40' }])[0].kind // 'usable'
 */
export function readLabResults(stored: readonly StoredLabResult[]): ReadLabResult[] {
  const out: ReadLabResult[] = [];
  for (const s of stored) {
    if (!isLabTestCode(s.test) || s.value === null) continue;
    const test = s.test;
    const result = { test, value: s.value, unit: s.unit ?? '', date: s.date };
    const bad = (reason: Reason): ReadLabResult => ({
      kind: 'unusable',
      id: s.id,
      test,
      date: s.date,
      reason,
    });
    const value = decimal(s.value);
    const lln = decimal(s.referenceLow);
    const uln = decimal(s.referenceHigh);
    if (value === null || value === 'bad') {
      out.push(bad(ctcaeReason('ctcae.stored-not-number', result)));
      continue;
    }
    if (!s.unit) {
      out.push(bad(ctcaeReason('ctcae.stored-no-unit', result)));
      continue;
    }
    const unit = lookupUnit(test, s.unit);
    if (unit.kind === 'unknown') {
      out.push(
        bad(
          ctcaeReason('ctcae.stored-unknown-unit', {
            ...result,
            given: s.unit,
            accepted: unit.accepted.join(', '),
          }),
        ),
      );
      continue;
    }
    if (lln === 'bad' || uln === 'bad') {
      out.push(bad(ctcaeReason('ctcae.stored-range-not-numeric', result)));
      continue;
    }
    if (uln !== null && !(uln > 0)) {
      out.push(bad(ctcaeReason('ctcae.stored-uln-not-positive', result)));
      continue;
    }
    out.push({
      kind: 'usable',
      id: s.id,
      result: { test, date: s.date, value, unit: s.unit, lln, uln },
    });
  }
  return out;
}
