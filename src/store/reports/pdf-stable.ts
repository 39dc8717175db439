/**
 * Makes Chromium's print-to-PDF output reproducible: Skia writes the wall-clock time as the Info
 * dictionary's /CreationDate and /ModDate and no /ID, so the same report printed twice differs.
 * Here both dates become the data cut's frozen instant and the trailer gets a deterministic
 * file identifier (ISO 32000-1 §14.4: two byte strings; here both the first 16 bytes of the
 * SHA-256 of the date-fixed file), so regenerating a cut's PDF gives the same bytes.
 *
 * The edit keeps the file valid: a date whose length changes shifts every later object, so the
 * classic cross-reference table's offsets after it and `startxref` are moved by the same amount;
 * the /ID goes into the trailer dictionary, which follows the table, so nothing it points to
 * moves. A file of another shape (cross-reference stream, incremental update, encryption) is
 * refused rather than patched blindly.
 */
import { createHash } from 'node:crypto';

export class PdfStabiliseError extends Error {}

/** PDF date string (ISO 32000-1 §7.9.4) of a UTC instant: D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(instant: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(instant);
  if (!m) throw new PdfStabiliseError(`instant must be a UTC ISO timestamp, got "${instant}"`);
  return `D:${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6]}+00'00'`;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/**
 * @example stablePdf(await chromiumPdf, '2026-03-02T10:00:00.000Z') // same bytes every run
 */
export function stablePdf(pdf: Uint8Array, instant: string): Buffer {
  let text = latin1(pdf);
  if (!text.startsWith('%PDF-')) throw new PdfStabiliseError('not a PDF (no %PDF- header)');
  if ((text.match(/%%EOF/g) ?? []).length !== 1)
    throw new PdfStabiliseError('incrementally updated PDF: refusing to patch');
  if (/\/Encrypt\b/.test(text)) throw new PdfStabiliseError('encrypted PDF: refusing to patch');
  const xrefAt = text.lastIndexOf('\nxref\n') + 1;
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (xrefAt === 0 || !start || Number(start[1]) !== xrefAt)
    throw new PdfStabiliseError('no classic cross-reference table at startxref: refusing to patch');

  // 1. Dates: each /CreationDate or /ModDate literal before the table, offsets shifted after it.
  const date = `(${pdfDate(instant)})`;
  const edits: Array<{ at: number; delta: number }> = [];
  const head = text
    .slice(0, xrefAt)
    .replace(
      /\/(CreationDate|ModDate)\s*(\((?:[^()\\]|\\.)*\))/g,
      (whole, _key: string, value: string, at: number) => {
        edits.push({ at, delta: date.length - value.length });
        return whole.slice(0, whole.length - value.length) + date;
      },
    );
  const shift = (offset: number) =>
    offset + edits.filter((e) => e.at < offset).reduce((a, e) => a + e.delta, 0);
  const tail = text.slice(xrefAt);
  const table = /^xref\n0 (\d+)\n/.exec(tail);
  if (!table) throw new PdfStabiliseError('cross-reference table has more than one section');
  const count = Number(table[1]);
  let pos = table[0].length;
  let xref = table[0];
  for (let i = 0; i < count; i++, pos += 20) {
    const entry = tail.slice(pos, pos + 20);
    const e = /^(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)$/.exec(entry);
    if (!e) throw new PdfStabiliseError(`cross-reference entry ${i} is malformed`);
    xref +=
      e[3] === 'n' ? `${String(shift(Number(e[1]))).padStart(10, '0')}${entry.slice(10)}` : entry;
  }
  const rest = tail.slice(pos);
  text = `${head}${xref}${rest.replace(/startxref\s+\d+/, `startxref\n${head.length}`)}`;

  // 2. Identifier: from the date-fixed bytes without any previous /ID, so it names the
  // content, not the moment.
  const trailer = /trailer\s*<<(?:(?!>>)[\s\S])*/.exec(text.slice(head.length));
  if (!trailer) throw new PdfStabiliseError('no trailer dictionary');
  const trailerEnd = head.length + trailer.index + trailer[0].length;
  const body = `${head}${text.slice(head.length, trailerEnd).replace(/\s*\/ID\s*\[[^\]]*\]/, '')}`;
  const after = text.slice(trailerEnd);
  const id = createHash('sha256')
    .update(body + after, 'latin1')
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
  text = `${body}\n/ID [<${id}> <${id}>]${after}`;
  return Buffer.from(text, 'latin1');
}
