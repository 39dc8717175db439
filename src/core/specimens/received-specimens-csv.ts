/**
 * The CSV a biobank technician imports for a batch of specimens received at the central biobank
 * (archival tumour blocks sent by a pathology department, a courier box logged on a spreadsheet):
 * one row per specimen. This module checks the file on its own — header, every row's form,
 * labels and positions repeated within the file — and lists every problem with its line and
 * column. The store then checks each row against the database (subject, site, box, consent,
 * label and position already taken) and writes all rows or none.
 *
 * Columns (header row required, any order, case-insensitive): label, subject, source_site, type,
 * quantity, collected_at, integrity; optional: temperature_c, box, position, notes.
 */
import type { ValidationIssue } from '../shared/domain-error.ts';
import { parseCsv } from './csv-text.ts';
import { labelIssue } from './specimen-label.ts';
import { parseQuantity } from './specimen-quantity.ts';
import { isSpecimenType, SPECIMEN_TYPES, type SpecimenType } from './specimen-types.ts';

export const REQUIRED_COLUMNS = [
  'label',
  'subject',
  'source_site',
  'type',
  'quantity',
  'collected_at',
  'integrity',
] as const;
export const OPTIONAL_COLUMNS = ['temperature_c', 'box', 'position', 'notes'] as const;

export interface ReceivedSpecimenRow {
  line: number;
  label: string;
  /** Subject code (BJ01-001) or screening number. */
  subject: string;
  sourceSite: string;
  type: SpecimenType;
  quantity: string;
  thousandths: number;
  collectedAt: string;
  integrity: 'intact' | 'damaged';
  temperatureC: string | null;
  box: string | null;
  position: string | null;
  notes: string | null;
}

export type ReceivedCsv =
  | { kind: 'ok'; rows: ReceivedSpecimenRow[] }
  | { kind: 'invalid'; issues: ValidationIssue[] };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
export const MAX_IMPORT_ROWS = 5000;

const at = (line: number, column: string) => `csv.line${line}.${column}`;

/**
 * @example
 * readReceivedSpecimensCsv('label,subject,source_site,type,quantity,collected_at,integrity\n' +
 *   'BJ01-S00001,BJ01-001,BJ01,plasma,1.0,2026-03-01T08:00:00Z,intact\n').kind // 'ok'
 */
export function readReceivedSpecimensCsv(text: string): ReceivedCsv {
  const parsed = parseCsv(text);
  if (parsed.kind === 'invalid')
    return {
      kind: 'invalid',
      issues: [{ path: `csv.line${parsed.line}`, rule: 'csv-syntax', message: parsed.message }],
    };
  const [header, ...records] = parsed.records;
  if (!header)
    return {
      kind: 'invalid',
      issues: [
        {
          path: 'csv',
          rule: 'csv-empty',
          message: 'the file is empty: a header row and at least one specimen are needed',
        },
      ],
    };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const issues: ValidationIssue[] = [];
  const known: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  for (const c of REQUIRED_COLUMNS)
    if (!names.includes(c))
      issues.push({
        path: `csv.header.${c}`,
        rule: 'csv-column-missing',
        message: `the header has no "${c}" column`,
      });
  names.forEach((n, i) => {
    if (!known.includes(n))
      issues.push({
        path: `csv.header.${n || `column${i + 1}`}`,
        rule: 'csv-column-unknown',
        message: `unknown column "${header.fields[i]}"; columns are ${known.join(', ')}`,
      });
    else if (names.indexOf(n) !== i)
      issues.push({
        path: `csv.header.${n}`,
        rule: 'csv-column-repeated',
        message: `column "${n}" appears twice`,
      });
  });
  if (issues.length) return { kind: 'invalid', issues };
  if (records.length === 0)
    return {
      kind: 'invalid',
      issues: [
        { path: 'csv', rule: 'csv-empty', message: 'the file has a header but no specimen rows' },
      ],
    };
  if (records.length > MAX_IMPORT_ROWS)
    return {
      kind: 'invalid',
      issues: [
        {
          path: 'csv',
          rule: 'csv-too-many-rows',
          message: `at most ${MAX_IMPORT_ROWS} rows per import (this file has ${records.length})`,
        },
      ],
    };

  const rows: ReceivedSpecimenRow[] = [];
  const labels = new Map<string, number>();
  const slots = new Map<string, number>();
  for (const r of records) {
    const { line } = r;
    if (r.fields.length !== names.length) {
      issues.push({
        path: `csv.line${line}`,
        rule: 'csv-field-count',
        message: `line ${line} has ${r.fields.length} fields; the header has ${names.length}`,
      });
      continue;
    }
    const get = (c: string) => (r.fields[names.indexOf(c)] ?? '').trim();
    const opt = (c: string) => (names.includes(c) && get(c) !== '' ? get(c) : null);
    const bad = (column: string, rule: string, message: string) =>
      issues.push({ path: at(line, column), rule, message });
    const before = issues.length;
    for (const c of REQUIRED_COLUMNS) if (get(c) === '') bad(c, 'required', `${c} is empty`);
    const label = get('label');
    const li = label ? labelIssue(label) : null;
    if (li) bad('label', 'label-format', li);
    const seen = labels.get(label);
    if (label && seen !== undefined)
      bad('label', 'label-repeated-in-file', `label ${label} is also on line ${seen}`);
    else if (label) labels.set(label, line);
    const type = get('type');
    if (type && !isSpecimenType(type))
      bad(
        'type',
        'specimen-type',
        `"${type}" is not a specimen type (${SPECIMEN_TYPES.join(', ')})`,
      );
    let thousandths = 0;
    if (type && isSpecimenType(type) && get('quantity')) {
      const q = parseQuantity(get('quantity'), type);
      if (q.kind === 'invalid') bad('quantity', q.rule, q.message);
      else if (q.thousandths === 0)
        bad('quantity', 'positive-quantity', 'a received specimen has a quantity above 0');
      else thousandths = q.thousandths;
    }
    const collectedAt = get('collected_at');
    if (collectedAt && (!INSTANT.test(collectedAt) || Number.isNaN(Date.parse(collectedAt))))
      bad(
        'collected_at',
        'iso-instant',
        `"${collectedAt}" is not a date and time with its offset (2026-03-01T08:30:00+08:00)`,
      );
    const integrity = get('integrity');
    if (integrity && integrity !== 'intact' && integrity !== 'damaged')
      bad('integrity', 'integrity', 'integrity is intact or damaged');
    const temperatureC = opt('temperature_c');
    if (temperatureC !== null && !/^-?\d{1,3}(\.\d{1,2})?$/.test(temperatureC))
      bad(
        'temperature_c',
        'temperature',
        `"${temperatureC}" is not a temperature in °C (e.g. -80 or 4.5)`,
      );
    const box = opt('box');
    const position = opt('position');
    if ((box === null) !== (position === null))
      bad(
        box === null ? 'box' : 'position',
        'box-and-position',
        'give both box and position to store the specimen, or neither',
      );
    if (box && position) {
      const key = `${box}|${position.toUpperCase()}`;
      const other = slots.get(key);
      if (other !== undefined)
        bad(
          'position',
          'position-repeated-in-file',
          `box ${box} position ${position.toUpperCase()} is also used on line ${other}`,
        );
      else slots.set(key, line);
    }
    if (issues.length > before) continue;
    rows.push({
      line,
      label,
      subject: get('subject'),
      sourceSite: get('source_site'),
      type: type as SpecimenType,
      quantity: get('quantity'),
      thousandths,
      collectedAt: new Date(collectedAt).toISOString(),
      integrity: integrity as 'intact' | 'damaged',
      temperatureC,
      box,
      position: position?.toUpperCase() ?? null,
      notes: opt('notes'),
    });
  }
  return issues.length ? { kind: 'invalid', issues } : { kind: 'ok', rows };
}
