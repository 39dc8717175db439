/**
 * CSV for figure data (RFC 4180: comma separated, CRLF, quotes doubled), with spreadsheet
 * formula injection neutralised (OWASP "CSV injection": a text cell starting = + - @ tab CR is
 * prefixed with '), as the audit export does. Numbers are written as numbers, null as empty.
 */

export type CsvValue = string | number | boolean | null | undefined;

function cell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * @example csvText([{ a: 1, b: 'x,y' }]) // 'a,b\r\n1,"x,y"\r\n'
 * @example csvText([{ a: '=1+1' }]) // "a\r\n'=1+1\r\n"
 */
export function csvText(
  rows: ReadonlyArray<Record<string, CsvValue>>,
  columns?: readonly string[],
): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [cols.map((c) => cell(c)), ...rows.map((r) => cols.map((c) => cell(r[c])))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
