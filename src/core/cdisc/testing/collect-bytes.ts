/** Runs a byte encoder over rows and joins the chunks (tests only). */
import type { DatasetRow } from '../format/dataset-spec.ts';
import type { DatasetEncoder } from '../format/xpt-encoder.ts';

export function encodeAll(
  encoder: DatasetEncoder<Uint8Array>,
  rows: Iterable<DatasetRow>,
): Uint8Array {
  const chunks = [encoder.begin()];
  for (const r of rows) chunks.push(encoder.row(r));
  chunks.push(encoder.end());
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
