import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ibmToNumber } from '../testing/xpt-test-reader.ts';
import { writeIbmDouble, writeIbmMissing } from './ibm-float.ts';

const hex = (value: number) => {
  const view = new DataView(new ArrayBuffer(8));
  writeIbmDouble(view, 0, value);
  return Buffer.from(view.buffer).toString('hex').toUpperCase();
};
const roundTrip = (value: number) => {
  const bytes = new Uint8Array(8);
  writeIbmDouble(new DataView(bytes.buffer), 0, value);
  return ibmToNumber(bytes);
};

describe('IEEE → IBM hexadecimal double (TS-140)', () => {
  it('encodes the textbook values', () => {
    // 1 = 0.1₁₆ × 16¹; −118.625 = −0.76A₁₆ × 16² (IBM System/370 Principles of Operation example)
    expect(hex(1)).toBe('4110000000000000');
    expect(hex(-118.625)).toBe('C276A00000000000');
    expect(hex(100)).toBe('4264000000000000');
    expect(hex(0.5)).toBe('4080000000000000');
    expect(hex(0.1)).toBe('401999999999999A');
    expect(hex(0)).toBe('0000000000000000');
    expect(hex(-0)).toBe('0000000000000000');
  });

  it('keeps every bit of the IEEE significand, whatever the alignment shift', () => {
    for (const v of [
      1,
      2,
      4,
      8,
      3,
      0.1,
      1 / 3,
      Math.PI,
      2 ** 53 - 1,
      -(2 ** 52) + 0.5,
      24435,
      1e-70,
    ])
      expect(roundTrip(v)).toBe(v);
    fc.assert(
      fc.property(fc.double({ min: -1e70, max: 1e70, noNaN: true }), (v) => {
        const back = roundTrip(v);
        // IEEE subnormals and numbers under 16^-65 are below IBM's range: written as 0.
        expect(back).toBe(Math.abs(v) < 5.4e-79 ? 0 : v === 0 ? 0 : v);
      }),
      { numRuns: 5000 },
    );
  });

  it('writes missing values as the code byte then zeros, and refuses what IBM cannot hold', () => {
    const bytes = new Uint8Array(8).fill(0xff);
    writeIbmMissing(new DataView(bytes.buffer), 0, 0x2e);
    expect([...bytes]).toEqual([0x2e, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => hex(1e76)).toThrow(/too large/);
    expect(() => hex(Number.NaN)).toThrow(/finite/);
    expect(hex(1e-80)).toBe('0000000000000000');
  });
});
