/**
 * Converts lab values between the units sites actually report, exactly (see `exact-ratio.ts`).
 *
 * - Cell counts: 10^9/L = 10^3/µL (same number); /mm³ = /µL = 10^9/L ÷ 1000.
 * - Haemoglobin: g/dL × 10 = g/L.
 * - Total bilirubin: mg/dL × 17.1 = µmol/L (molar mass 584.7 g/mol, the factor CTCAE and
 *   SI-unit tables use).
 * - Creatinine: mg/dL × 88.4 = µmol/L (molar mass 113.12 g/mol).
 * - Enzymes (ALT, AST, ALP, GGT): U/L (= IU/L) only; µkat/L is not accepted because sites here
 *   do not use it and the factor (16.67) is inexact.
 *
 * An unknown unit is an error naming the unit and the accepted ones, never a guess: a
 * haemoglobin of "12" with no unit could be g/dL (normal) or g/L (fatal).
 */

import { div, mul, type Ratio, ratio } from './exact-ratio.ts';
import type { LabTestCode, UnitFamily } from './lab-test-codes.ts';
import { LAB_TESTS } from './lab-test-codes.ts';

interface UnitDef {
  /** How the unit is shown. */
  label: string;
  /** Multiply a value in this unit by `toCanonical` to get the family's canonical unit. */
  toCanonical: Ratio;
  /** Spellings (already normalised by {@link normaliseUnit}). */
  spellings: readonly string[];
}

const ONE = ratio(1);

const UNITS: Readonly<Record<UnitFamily, readonly UnitDef[]>> = {
  enzyme: [{ label: 'U/L', toCanonical: ONE, spellings: ['u/l', 'iu/l'] }],
  bilirubin: [
    { label: 'µmol/L', toCanonical: ONE, spellings: ['umol/l'] },
    { label: 'mg/dL', toCanonical: ratio('17.1'), spellings: ['mg/dl'] },
  ],
  creatinine: [
    { label: 'µmol/L', toCanonical: ONE, spellings: ['umol/l'] },
    { label: 'mg/dL', toCanonical: ratio('88.4'), spellings: ['mg/dl'] },
  ],
  'cell-count': [
    { label: '10^9/L', toCanonical: ONE, spellings: ['10^9/l'] },
    { label: '10^3/µL', toCanonical: ONE, spellings: ['10^3/ul', '10^3/mm^3', 'k/ul'] },
    { label: '/mm^3', toCanonical: ratio('0.001'), spellings: ['/mm^3', '/ul'] },
  ],
  haemoglobin: [
    { label: 'g/L', toCanonical: ONE, spellings: ['g/l'] },
    { label: 'g/dL', toCanonical: ratio(10), spellings: ['g/dl'] },
  ],
};

/**
 * Folds the ways people type one unit into one spelling: full-width and superscript characters
 * (NFKC), case, spaces, micro sign / Greek mu / "u", `×`/`x` prefixes, `10*9` and `10E9`
 * for 10^9, `mm3` for mm^3 and a leading "cells".
 * @example normaliseUnit('×10⁹/L') // '10^9/l'
 * @example normaliseUnit('cells/mm³') // '/mm^3'
 */
export function normaliseUnit(unit: string): string {
  let u = unit.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  u = u.replace(/[μµ]/g, 'u');
  u = u.replace(/^(?:[x×]|\*)/, '');
  u = u.replace(/^10(?:\*|e|\^)?(\d)\//, '10^$1/');
  u = u.replace(/^10\*\*(\d)\//, '10^$1/');
  u = u.replace(/^cells?(?=\/)/, '');
  u = u.replace(/mm\^?3$/, 'mm^3');
  return u;
}

export type UnitLookup =
  | { kind: 'known'; label: string; toCanonical: Ratio }
  | { kind: 'unknown'; unit: string; accepted: string[] };

/** Finds `unit` among the units accepted for `test`. */
export function lookupUnit(test: LabTestCode, unit: string): UnitLookup {
  const family = LAB_TESTS[test].family;
  const key = normaliseUnit(unit);
  for (const def of UNITS[family]) {
    if (def.spellings.includes(key)) {
      return { kind: 'known', label: def.label, toCanonical: def.toCanonical };
    }
  }
  return { kind: 'unknown', unit, accepted: UNITS[family].map((d) => d.label) };
}

/** The units accepted for a test, as shown to people. */
export function acceptedUnits(test: LabTestCode): string[] {
  return UNITS[LAB_TESTS[test].family].map((d) => d.label);
}

/** Thrown for a unit that is not accepted for the test. */
export class UnknownUnitError extends Error {
  readonly unit: string;
  readonly test: LabTestCode;
  readonly accepted: string[];
  constructor(test: LabTestCode, unit: string, accepted: string[]) {
    super(`unknown unit "${unit}" for ${test}; accepted: ${accepted.join(', ')}`);
    this.name = 'UnknownUnitError';
    this.unit = unit;
    this.test = test;
    this.accepted = accepted;
  }
}

/**
 * The value in the test's canonical unit (`LAB_TESTS[test].canonicalUnit`), exactly.
 * @example toNumber(toCanonical('HGB', ratio(9.5), 'g/dL')) // 95
 */
export function toCanonical(test: LabTestCode, value: Ratio, unit: string): Ratio {
  const u = lookupUnit(test, unit);
  if (u.kind === 'unknown') throw new UnknownUnitError(test, unit, u.accepted);
  return mul(value, u.toCanonical);
}

/**
 * Converts `value` of `test` from one accepted unit to another, exactly.
 * @example toNumber(convertLabValue('BILI', ratio(34.2), 'µmol/L', 'mg/dL')) // 2
 */
export function convertLabValue(
  test: LabTestCode,
  value: Ratio,
  fromUnit: string,
  toUnit: string,
): Ratio {
  const target = lookupUnit(test, toUnit);
  if (target.kind === 'unknown') throw new UnknownUnitError(test, toUnit, target.accepted);
  return div(toCanonical(test, value, fromUnit), target.toCanonical);
}
