/**
 * IEEE 754 double → IBM System/370 hexadecimal double (SAS TS-140, "the IBM floating-point
 * format" every XPORT numeric uses): sign bit, 7-bit exponent of 16 biased by 64, 56-bit
 * fraction with the radix point before it (value = 0.f × 16^(e − 64)).
 *
 * The conversion is exact for every IEEE value in IBM's range: the 53-bit IEEE significand is
 * shifted left by 0–3 bits to align the binary exponent on a multiple of 4, which fits 56 bits
 * with no rounding. Values below 16^−65 (≈ 5.4e−79) become 0; above ≈ 7.2e75 are refused.
 */

const scratch = new DataView(new ArrayBuffer(8));

/** Missing numeric: first byte `.` (0x2E) or the special-missing letter, then seven zero bytes. */
export function writeIbmMissing(target: DataView, offset: number, code: number): void {
  target.setUint32(offset, code << 24);
  target.setUint32(offset + 4, 0);
}

/**
 * Writes `value` as 8 bytes of IBM double at `offset`.
 * @example writeIbmDouble(view, 0, 1) // bytes 41 10 00 00 00 00 00 00
 * @example writeIbmDouble(view, 0, -118.625) // bytes C2 76 A0 00 00 00 00 00
 */
export function writeIbmDouble(target: DataView, offset: number, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  scratch.setFloat64(0, value);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const ieeeExponent = (hi >>> 20) & 0x7ff;
  // Zero, −0 and IEEE subnormals (< 2.3e−308) are all far below IBM's smallest value.
  if (ieeeExponent === 0) {
    target.setUint32(offset, 0);
    target.setUint32(offset + 4, 0);
    return;
  }
  const sign = hi >>> 31;
  // value = (S / 2^53) × 2^b with S the 53-bit significand (implicit 1 restored).
  const b = ieeeExponent - 1022;
  const q = Math.ceil(b / 4); // hex exponent: b = 4q − shift, shift ∈ 0..3
  const leftShift = 3 - (4 * q - b); // fraction = S << (3 − shift): 56 bits
  const exponent = q + 64;
  if (exponent > 127) throw new RangeError(`too large for IBM double (max ≈ 7.2e75): ${value}`);
  if (exponent < 0) {
    target.setUint32(offset, 0);
    target.setUint32(offset + 4, 0);
    return;
  }
  const sHi = (hi & 0xfffff) | 0x100000; // top 21 bits of S
  const fHi = leftShift === 0 ? sHi : (sHi << leftShift) | (lo >>> (32 - leftShift));
  const fLo = leftShift === 0 ? lo : (lo << leftShift) >>> 0;
  target.setUint32(offset, ((sign << 31) | (exponent << 24) | fHi) >>> 0);
  target.setUint32(offset + 4, fLo);
}
