/**
 * Code 128, code set B (ISO/IEC 15417): every printable ASCII character (space to `~`) is one
 * symbol character of value `code − 32`. A symbol is: start B (value 104), the data characters,
 * a check character, the stop pattern. The check value is the start value plus each data value
 * times its position (1, 2, …), modulo 103. Each symbol character is six elements — bar, space,
 * bar, space, bar, space — whose widths (1–4 modules) add up to 11; the stop has a seventh,
 * final bar (13 modules). A quiet zone of at least 10 modules belongs on each side.
 */

/** Element widths of symbol values 0..106 (ISO/IEC 15417 Table 1); 106 is the stop. */
export const CODE128_PATTERNS: readonly string[] = [
  '212222',
  '222122',
  '222221',
  '121223',
  '121322',
  '131222',
  '122213',
  '122312',
  '132212',
  '221213',
  '221312',
  '231212',
  '112232',
  '122132',
  '122231',
  '113222',
  '123122',
  '123221',
  '223211',
  '221132',
  '221231',
  '213212',
  '223112',
  '312131',
  '311222',
  '321122',
  '321221',
  '312212',
  '322112',
  '322211',
  '212123',
  '212321',
  '232121',
  '111323',
  '131123',
  '131321',
  '112313',
  '132113',
  '132311',
  '211313',
  '231113',
  '231311',
  '112133',
  '112331',
  '132131',
  '113123',
  '113321',
  '133121',
  '313121',
  '211331',
  '231131',
  '213113',
  '213311',
  '213131',
  '311123',
  '311321',
  '331121',
  '312113',
  '312311',
  '332111',
  '314111',
  '221411',
  '431111',
  '111224',
  '111422',
  '121124',
  '121421',
  '141122',
  '141221',
  '112214',
  '112412',
  '122114',
  '122411',
  '142112',
  '142211',
  '241211',
  '221114',
  '413111',
  '241112',
  '134111',
  '111242',
  '121142',
  '121241',
  '114212',
  '124112',
  '124211',
  '411212',
  '421112',
  '421211',
  '212141',
  '214121',
  '412121',
  '111143',
  '111341',
  '131141',
  '114113',
  '114311',
  '411113',
  '411311',
  '113141',
  '114131',
  '311141',
  '411131',
  '211412',
  '211214',
  '211232',
  '2331112',
];

export const START_B = 104;
export const STOP = 106;
export const QUIET_ZONE_MODULES = 10;

export interface Code128Symbol {
  text: string;
  /** Start, data, check and stop values. */
  values: number[];
  checkValue: number;
  /** Alternating bar/space widths in modules, starting with a bar and ending with a bar. */
  widths: number[];
  /** Total width in modules without quiet zones (11 per character + 13 for the stop). */
  modules: number;
}

export type Code128Result =
  | { kind: 'ok'; symbol: Code128Symbol }
  | { kind: 'invalid'; rule: string; message: string };

/**
 * The check value of code set B data.
 * @example code128BCheckValue('Wikipedia') // 88
 */
export function code128BCheckValue(text: string): number {
  let sum = START_B;
  for (let i = 0; i < text.length; i++) sum += (i + 1) * (text.charCodeAt(i) - 32);
  return sum % 103;
}

/**
 * @example
 * const r = encodeCode128B('BJ01-S00001');
 * if (r.kind === 'ok') r.symbol.widths // [2,1,1,2,1,4, …, 2,3,3,1,1,1,2]
 */
export function encodeCode128B(text: string): Code128Result {
  if (text.length === 0)
    return { kind: 'invalid', rule: 'code128-empty', message: 'nothing to encode' };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126)
      return {
        kind: 'invalid',
        rule: 'code128b-character',
        message: `character ${JSON.stringify(text[i])} at position ${i + 1} is not in Code 128 code set B (printable ASCII only)`,
      };
  }
  const data = [...text].map((ch) => ch.charCodeAt(0) - 32);
  const checkValue = code128BCheckValue(text);
  const values = [START_B, ...data, checkValue, STOP];
  const widths = values.flatMap((v) => [...(CODE128_PATTERNS[v] ?? '')].map(Number));
  return {
    kind: 'ok',
    symbol: { text, values, checkValue, widths, modules: widths.reduce((a, b) => a + b, 0) },
  };
}

/**
 * The symbol as a module string: 1 = bar, 0 = space (handy for tests and raster printers).
 * @example moduleString([2, 1, 1]) // '1101'
 */
export function moduleString(widths: readonly number[]): string {
  return widths.map((w, i) => (i % 2 === 0 ? '1' : '0').repeat(w)).join('');
}
