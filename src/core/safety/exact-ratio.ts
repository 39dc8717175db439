/**
 * Exact rational numbers for clinical thresholds.
 *
 * Lab grading compares a value against k × ULN at boundaries that are inclusive on one side and
 * exclusive on the other ("A–B" = above A up to and including B, CTCAE v5.0). In binary floating
 * point 3 × 0.1 is 0.30000000000000004, so `0.3 > 3 * 0.1` is false and `1.2 / 0.4` is
 * 2.9999999999999996: a value sitting exactly on a boundary could land in the wrong grade.
 * Every number here is taken at the decimal the user wrote (the shortest round-trip string of the
 * JavaScript number, which is what JSON carried) and held as a fraction of two BigInts, so
 * products, quotients and comparisons are exact.
 */

/** `num / den` with `den > 0`. Not necessarily in lowest terms. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact decimal value of a finite number or a decimal string.
 * @example ratio(0.1) // { num: 1n, den: 10n }
 * @example ratio('17.1') // { num: 171n, den: 10n }
 */
export function ratio(value: number | string): Ratio {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`not a finite number: ${value}`);
  }
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a decimal number: ${text}`);
  const sign = m[1] === '-' ? -1n : 1n;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  let num = sign * BigInt(`${m[2]}${frac}`);
  let den = 1n;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  return { num, den };
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** `a / b`; throws on division by zero. */
export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === 0n) throw new RangeError('division by zero');
  const sign = b.num < 0n ? -1n : 1n;
  return { num: sign * a.num * b.den, den: sign * a.den * b.num };
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`; exact. */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const gt = (a: Ratio, b: Ratio): boolean => compare(a, b) > 0;
export const ge = (a: Ratio, b: Ratio): boolean => compare(a, b) >= 0;
export const lt = (a: Ratio, b: Ratio): boolean => compare(a, b) < 0;

/** Nearest double, for output only (never compare with it). */
export function toNumber(r: Ratio): number {
  return Number(r.num) / Number(r.den);
}

/**
 * Decimal text rounded half away from zero to `digits` places, trailing zeros kept, for
 * reasons shown to people.
 * @example formatRatio(div(ratio(130), ratio(40)), 2) // '3.25'
 */
export function formatRatio(r: Ratio, digits = 2): string {
  const scale = 10n ** BigInt(digits);
  const neg = r.num < 0n !== r.den < 0n && r.num !== 0n;
  const n = (r.num < 0n ? -r.num : r.num) * scale;
  const d = r.den < 0n ? -r.den : r.den;
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  const s = q.toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return neg ? `-${body}` : body;
}

/**
 * Shortest plain decimal text when the ratio is a terminating decimal, else rounded to 4 places.
 * @example plainRatio(ratio('2.50')) // '2.5'
 */
export function plainRatio(r: Ratio): string {
  for (let digits = 0; digits <= 12; digits++) {
    const scale = 10n ** BigInt(digits);
    if ((r.num * scale) % r.den === 0n) return formatRatio(r, digits);
  }
  return formatRatio(r, 4);
}
