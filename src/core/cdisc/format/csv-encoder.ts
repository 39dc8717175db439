/**
 * A streaming CSV encoder (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote or
 * line break) with spreadsheet formula injection neutralised (OWASP "CSV Injection"): a text
 * cell starting with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'` so a
 * spreadsheet shows it as text instead of running it. Numbers are written as numbers.
 */
import { type Cell, type DatasetRow, type DatasetSpec, isSpecialMissing } from './dataset-spec.ts';
import type { DatasetEncoder } from './xpt-encoder.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * @example neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** @example csvField('a,b') // '"a,b"' */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (isSpecialMissing(cell)) return cell.code === '_' ? '._' : `.${cell.code}`;
  if (typeof cell === 'number') return String(cell);
  return neutraliseFormula(cell);
}

/**
 * @example
 * const csv = createCsvEncoder(dmSpec); csv.begin() // 'STUDYID,DOMAIN,USUBJID,…\r\n'
 */
export function createCsvEncoder(spec: DatasetSpec): DatasetEncoder<string> {
  return {
    begin: () => `${spec.variables.map((v) => csvField(v.name)).join(',')}\r\n`,
    row: (row: DatasetRow) =>
      `${spec.variables.map((v) => csvField(cellText(row[v.name] ?? null))).join(',')}\r\n`,
    end: () => '',
  };
}
