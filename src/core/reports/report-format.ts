/** Number formatting for report cells: fixed decimals, deterministic, no locale. */
import type { Cell } from './report-model.ts';

/** Rounds half away from zero to `digits` decimals (a number, for CSV). */
export function round(x: number | null | undefined, digits: number): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

/** Percentage of n in N, one decimal (null when N is 0). */
export const pct = (n: number, of: number): number | null =>
  of > 0 ? round((100 * n) / of, 1) : null;

/** "0.1234 (0.0500–0.3000)" style interval text. */
export function interval(lower: number | null, upper: number | null, digits = 3): string {
  const f = (v: number | null) =>
    v === null ? 'NA' : (round(v, digits) as number).toFixed(digits);
  return `${f(lower)}–${f(upper)}`;
}

/** Counts of values, largest first, ties by value. */
export function tally(values: string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** n and % rows for a tally over `of` subjects. */
export function tallyRows(label: string, values: string[], of: number): Cell[][] {
  return tally(values).map(([v, n]) => [label, v, n, pct(n, of)]);
}

export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
