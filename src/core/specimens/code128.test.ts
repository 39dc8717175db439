import { describe, expect, it } from 'vitest';
import { CODE128_PATTERNS, code128BCheckValue, encodeCode128B, moduleString } from './code128.ts';

describe('Code 128 code set B', () => {
  it('the pattern table: 106 characters of 11 modules, a 13-module stop, all distinct, 3 bars each', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    for (const p of CODE128_PATTERNS.slice(0, 106)) {
      expect(p).toHaveLength(6);
      expect([...p].reduce((a, b) => a + Number(b), 0)).toBe(11);
      // ISO/IEC 15417: the bars of a symbol character have an even number of modules
      expect((Number(p[0]) + Number(p[2]) + Number(p[4])) % 2).toBe(0);
    }
    expect([...CODE128_PATTERNS[106]!].reduce((a, b) => a + Number(b), 0)).toBe(13);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
  });

  it('"Wikipedia" (the worked example of the Code 128 article): check value 88 ("x")', () => {
    // 104 + 1·55 + 2·73 + 3·75 + 4·73 + 5·80 + 6·69 + 7·68 + 8·73 + 9·65 = 3281 = 31·103 + 88
    expect(code128BCheckValue('Wikipedia')).toBe(88);
    const r = encodeCode128B('Wikipedia');
    if (r.kind !== 'ok') throw new Error(r.message);
    expect(r.symbol.values).toEqual([104, 55, 73, 75, 73, 80, 69, 68, 73, 65, 88, 106]);
    expect(r.symbol.modules).toBe(11 * 11 + 13);
  });

  it('start B, data, check and stop are the published bar patterns', () => {
    const r = encodeCode128B('A');
    if (r.kind !== 'ok') throw new Error(r.message);
    // A = value 33 → 111323; check (104 + 33) mod 103 = 34 → 131123
    expect(r.symbol.values).toEqual([104, 33, 34, 106]);
    expect(moduleString(r.symbol.widths)).toBe(
      ['11010010000', '10100011000', '10001011000', '1100011101011'].join(''),
    );
  });

  it('starts and ends with a bar (an odd number of elements)', () => {
    const r = encodeCode128B('BJ01-S00001');
    if (r.kind !== 'ok') throw new Error(r.message);
    expect(r.symbol.widths.length % 2).toBe(1);
    expect(r.symbol.widths.slice(0, 6)).toEqual([2, 1, 1, 2, 1, 4]);
    expect(r.symbol.widths.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]);
  });

  it('refuses characters outside code set B', () => {
    expect(encodeCode128B('样本')).toMatchObject({ kind: 'invalid', rule: 'code128b-character' });
    expect(encodeCode128B('A\tB')).toMatchObject({ kind: 'invalid', rule: 'code128b-character' });
    expect(encodeCode128B('')).toMatchObject({ kind: 'invalid', rule: 'code128-empty' });
  });
});
