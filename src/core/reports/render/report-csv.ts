/**
 * Every table of the report as CSV (RFC 4180, CRLF, formula injection neutralised by the CDISC
 * CSV encoder's field rules), one document per table, named by the table id. Byte-stable.
 */
import { csvField, neutraliseFormula } from '../../cdisc/format/csv-encoder.ts';
import type { Cell, Report, ReportTable } from '../report-model.ts';

const text = (c: Cell) =>
  c === null ? '' : typeof c === 'number' ? String(c) : csvField(neutraliseFormula(c));

/** @example tableCsv({ id: 't', title: 'T', columns: ['a'], rows: [[1]], notes: [] }) // 'a\r\n1\r\n' */
export function tableCsv(t: ReportTable): string {
  const lines = [
    t.columns.map((c) => csvField(neutraliseFormula(c))).join(','),
    ...t.rows.map((r) => r.map(text).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** All tables in report order: [file name, CSV text]. */
export function reportCsvFiles(r: Report): Array<[string, string]> {
  return r.sections.flatMap((s) =>
    s.tables.map((t): [string, string] => [`${t.id}.csv`, tableCsv(t)]),
  );
}

/** An index of the tables (id, section, title) as CSV. */
export function reportCsvIndex(r: Report): string {
  const rows = r.sections.flatMap((s) => s.tables.map((t) => [t.id, s.title, t.title]));
  return tableCsv({
    id: 'index',
    title: 'index',
    columns: ['table', 'section', 'title'],
    rows,
    notes: [],
  });
}
