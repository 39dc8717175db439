/**
 * Specimen quantities, exact: decimal text with at most three decimals (0.001 mL = 1 µL, 0.001
 * mg), counted internally in thousandths as integers so "remaining after each use" never drifts
 * the way binary floating point does (0.1 + 0.2). Count units (blocks, slides) take whole numbers.
 */
import { SPECIMEN_TYPE_INFO, type SpecimenType } from './specimen-types.ts';

const DECIMAL = /^\d{1,7}(\.\d{1,3})?$/;

export type QuantityCheck =
  | { kind: 'ok'; thousandths: number }
  | { kind: 'invalid'; rule: string; message: string };

/**
 * @example parseQuantity('1.5', 'plasma') // { kind: 'ok', thousandths: 1500 }
 * @example parseQuantity('1.5', 'ffpe-block').kind // 'invalid' (whole blocks only)
 */
export function parseQuantity(text: string, type: SpecimenType): QuantityCheck {
  const info = SPECIMEN_TYPE_INFO[type];
  const t = text.trim();
  if (!DECIMAL.test(t))
    return {
      kind: 'invalid',
      rule: 'decimal-quantity',
      message: `"${text}" is not a quantity: write a number such as 1.5 (at most 3 decimals)`,
    };
  const [whole = '0', frac = ''] = t.split('.');
  const thousandths = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  if (info.wholeUnits && thousandths % 1000 !== 0)
    return {
      kind: 'invalid',
      rule: 'whole-units',
      message: `${info.label} is counted in whole ${info.unit}s`,
    };
  return { kind: 'ok', thousandths };
}

/** @example formatQuantity(1500) // '1.5' ; formatQuantity(2000) // '2' */
export function formatQuantity(thousandths: number): string {
  const whole = Math.trunc(thousandths / 1000);
  const frac = String(thousandths % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
