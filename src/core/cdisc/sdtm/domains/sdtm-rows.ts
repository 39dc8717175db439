/**
 * Sorting and numbering the records of one subject: by date (then a tie-breaker) and --SEQ
 * 1, 2, 3… in that order (SDTMIG 3.4 §4.1.5).
 */
import type { DatasetRow } from '../../format/dataset-spec.ts';

const dateOrder = (d: unknown) => (typeof d === 'string' ? d : '\uffff');

/**
 * The --SEQ `numbered` gives each record, by its position in the input: for linking another
 * dataset to the parent's --SEQ (SUPP--, RELREC) without re-mapping the parent.
 * @example sequenceNumbers(['2026-02-01', '2026-01-01', null]) // [2, 1, 3]
 */
export function sequenceNumbers(dates: readonly (string | null)[]): number[] {
  const order = dates
    .map((d, i) => ({ k: dateOrder(d), i }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  const seq = new Array<number>(dates.length);
  order.forEach(({ i }, n) => {
    seq[i] = n + 1;
  });
  return seq;
}

/** Sorts rows by `dateKey` (missing dates last), then numbers them in `seqName`. */
export function numbered(
  rows: Record<string, unknown>[],
  dateKey: string,
  seqName: string,
): DatasetRow[] {
  const key = (r: Record<string, unknown>) => dateOrder(r[dateKey]);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : a.i - b.i))
    .map(({ r }, i) => {
      // The rows are the mapping's own fresh objects: numbered in place (no copy per row).
      r[seqName] = i + 1;
      return r as DatasetRow;
    });
}
