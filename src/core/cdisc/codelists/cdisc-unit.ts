/**
 * The study definition captures units in UCUM (`mm[Hg]`, `10*9/L`, `Cel`); SDTM --ORRESU and
 * --STRESU take CDISC UNIT submission values (SDTMIG 3.4 §4.5.1, codelist C71620). This maps the
 * UCUM spellings that differ; a unit already written the CDISC way passes through, and the
 * unit-less UCUM `1` and `[pH]` become no unit (CDISC writes pH and specific gravity without one).
 */

const UCUM_TO_CDISC: Readonly<Record<string, string | null>> = {
  'mm[Hg]': 'mmHg',
  '10*9/L': '10^9/L',
  '/min': 'beats/min',
  Cel: 'C',
  ms: 'msec',
  'm[IU]/L': 'mIU/L',
  'mg/(24.h)': 'mg/day',
  '[pH]': null,
  '1': null,
};

/** @example cdiscUnit('mm[Hg]') // 'mmHg' */
export function cdiscUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const mapped = UCUM_TO_CDISC[unit];
  return mapped === undefined ? unit : mapped;
}
