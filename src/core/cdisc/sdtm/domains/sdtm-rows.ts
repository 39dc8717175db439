/**
 * Sorting and numbering the records of one subject: by date (then a tie-breaker) and --SEQ
 * 1, 2, 3… in that order (SDTMIG 3.4 §4.1.5).
 */
import type { DatasetRow } from '../../format/dataset-spec.ts';

/** Sorts rows by `dateKey` (missing dates last), then numbers them in `seqName`. */
export function numbered(
  rows: Record<string, unknown>[],
  dateKey: string,
  seqName: string,
): DatasetRow[] {
  const key = (r: Record<string, unknown>) =>
    typeof r[dateKey] === 'string' ? (r[dateKey] as string) : '\uffff';
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : a.i - b.i))
    .map(({ r }, i) => {
      // The rows are the mapping's own fresh objects: numbered in place (no copy per row).
      r[seqName] = i + 1;
      return r as DatasetRow;
    });
}
