import { describe, expect, it } from 'vitest';
import { compare, ratio, toNumber } from './exact-ratio.ts';
import {
  acceptedUnits,
  convertLabValue,
  lookupUnit,
  normaliseUnit,
  toCanonical,
  UnknownUnitError,
} from './lab-unit-conversion.ts';

const eq = (a: ReturnType<typeof ratio>, b: number | string) => compare(a, ratio(b)) === 0;

describe('lab unit conversion', () => {
  it('folds the spellings sites use', () => {
    expect(normaliseUnit('×10⁹/L')).toBe('10^9/l');
    expect(normaliseUnit('x10^9/L')).toBe('10^9/l');
    expect(normaliseUnit('10*9/L')).toBe('10^9/l');
    expect(normaliseUnit('10E9/L')).toBe('10^9/l');
    expect(normaliseUnit('10^3/µL')).toBe('10^3/ul');
    expect(normaliseUnit('10^3/μL')).toBe('10^3/ul'); // Greek mu, not micro sign
    expect(normaliseUnit('cells/mm³')).toBe('/mm^3');
    expect(normaliseUnit('/mm3')).toBe('/mm^3');
    expect(normaliseUnit('ＭＧ／ＤＬ')).toBe('mg/dl'); // full-width
    expect(normaliseUnit(' µmol / L ')).toBe('umol/l');
  });

  it('cell counts: 10^9/L = 10^3/µL, /mm³ is a thousand times bigger', () => {
    expect(eq(toCanonical('NEUT', ratio(1.5), '10^9/L'), 1.5)).toBe(true);
    expect(eq(toCanonical('NEUT', ratio(1.5), '10^3/uL'), 1.5)).toBe(true);
    expect(eq(toCanonical('NEUT', ratio(1500), '/mm^3'), 1.5)).toBe(true);
    expect(eq(toCanonical('PLAT', ratio(75000), 'cells/µL'), 75)).toBe(true);
    expect(eq(convertLabValue('WBC', ratio(3), '10^9/L', '/mm3'), 3000)).toBe(true);
  });

  it('haemoglobin: g/dL × 10 = g/L', () => {
    expect(eq(toCanonical('HGB', ratio(9.5), 'g/dL'), 95)).toBe(true);
    expect(eq(toCanonical('HGB', ratio(8), 'g/dL'), 80)).toBe(true);
    expect(eq(convertLabValue('HGB', ratio(100), 'g/L', 'g/dL'), 10)).toBe(true);
  });

  it('bilirubin 17.1 and creatinine 88.4 µmol/L per mg/dL, exactly', () => {
    expect(eq(toCanonical('BILI', ratio(1.2), 'mg/dL'), '20.52')).toBe(true);
    expect(eq(convertLabValue('BILI', ratio(34.2), 'µmol/L', 'mg/dL'), 2)).toBe(true);
    expect(eq(toCanonical('CREAT', ratio(1), 'mg/dL'), '88.4')).toBe(true);
    expect(eq(convertLabValue('CREAT', ratio(265.2), 'umol/L', 'mg/dL'), 3)).toBe(true);
    // 0.1 mg/dL × 17.1 is 1.7100000000000002 in floating point; exact here
    expect(0.1 * 17.1).not.toBe(1.71);
    expect(eq(toCanonical('BILI', ratio(0.1), 'mg/dL'), '1.71')).toBe(true);
    expect(toNumber(toCanonical('BILI', ratio(0.1), 'mg/dL'))).toBe(1.71);
  });

  it('enzymes in U/L or IU/L', () => {
    expect(eq(toCanonical('ALT', ratio(40), 'IU/L'), 40)).toBe(true);
    expect(lookupUnit('GGT', 'U/L').kind).toBe('known');
  });

  it('an unknown unit is an error naming the unit, never a guess', () => {
    expect(() => toCanonical('HGB', ratio(12), 'mmol/L')).toThrow(UnknownUnitError);
    expect(() => toCanonical('HGB', ratio(12), 'mmol/L')).toThrow(
      'unknown unit "mmol/L" for HGB; accepted: g/L, g/dL',
    );
    expect(() => toCanonical('ALT', ratio(12), 'µkat/L')).toThrow(/µkat\/L/);
    expect(() => toCanonical('CREAT', ratio(1), 'mg/L')).toThrow(/"mg\/L" for CREAT/);
    // a cell-count unit is not a haemoglobin unit and vice versa
    expect(lookupUnit('NEUT', 'g/L')).toEqual({
      kind: 'unknown',
      unit: 'g/L',
      accepted: acceptedUnits('NEUT'),
    });
    expect(() => convertLabValue('BILI', ratio(1), 'mg/dL', 'mmol/L')).toThrow(/mmol\/L/);
  });
});
