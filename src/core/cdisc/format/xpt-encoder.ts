/**
 * A streaming SAS transport (XPORT v5) encoder: `begin()` gives the library, member and namestr
 * headers, `row()` one observation, `end()` the blank padding to the last 80-byte record (SAS
 * TS-140). It keeps only a running byte count, so memory stays flat however many rows pass.
 *
 * Text is UTF-8, blank-padded to the declared length; a value longer than that is refused
 * rather than cut (SDTMIG §4.5.3: text over 200 bytes goes to SUPP-- by the mapping, not lost).
 */
import { invalid } from '../../shared/domain-error.ts';
import { type Cell, type DatasetRow, type DatasetSpec, isSpecialMissing } from './dataset-spec.ts';
import { checkDatasetSpec } from './dataset-spec-check.ts';
import { writeIbmDouble, writeIbmMissing } from './ibm-float.ts';
import { sasDate, sasDatetime } from './sas-dates.ts';
import {
  libraryHeaders,
  memberHeaders,
  namestrHeader,
  observationHeader,
  RECORD,
} from './xpt-headers.ts';
import { namestr, xptLength } from './xpt-namestr.ts';

export interface DatasetEncoder<Chunk> {
  begin(): Chunk;
  row(row: DatasetRow): Chunk;
  end(): Chunk;
}

export interface XptOptions {
  /** ISO instant written as the creation and modification time (core has no clock). */
  created: string;
}

const BLANK = 0x20;
const DOT = 0x2e;
const encoder = new TextEncoder();

/**
 * @example
 * const xpt = createXptEncoder(spec, { created: '2026-11-25T09:00:00Z' });
 * sink(xpt.begin()); for (const r of rows) sink(xpt.row(r)); sink(xpt.end());
 */
export function createXptEncoder(
  spec: DatasetSpec,
  options: XptOptions,
): DatasetEncoder<Uint8Array> {
  checkDatasetSpec(spec);
  const offsets: number[] = [];
  let obsLength = 0;
  for (const v of spec.variables) {
    offsets.push(obsLength);
    obsLength += xptLength(v);
  }
  let dataBytes = 0;
  let rowNumber = 0;

  return {
    begin() {
      const text =
        libraryHeaders(options.created) +
        memberHeaders(spec, options.created) +
        namestrHeader(spec.variables.length);
      const namestrBytes = spec.variables.length * 140;
      const namestrPadded = Math.ceil(namestrBytes / RECORD) * RECORD;
      const out = new Uint8Array(text.length + namestrPadded + RECORD);
      ascii(out, 0, text);
      spec.variables.forEach((v, i) => {
        out.set(namestr(v, i + 1, offsets[i] as number), text.length + i * 140);
      });
      out.fill(BLANK, text.length + namestrBytes, text.length + namestrPadded);
      ascii(out, text.length + namestrPadded, observationHeader());
      return out;
    },
    row(row) {
      rowNumber += 1;
      const out = new Uint8Array(obsLength);
      const view = new DataView(out.buffer);
      const variables = spec.variables;
      for (let i = 0; i < variables.length; i++) {
        const v = variables[i] as (typeof variables)[number];
        const at = offsets[i] as number;
        const cell = row[v.name] ?? null;
        const where = () => `${spec.name}.${v.name} (row ${rowNumber})`;
        if (v.dataType === 'string') putText(out, at, v.length ?? 1, cell, where);
        else putNumber(view, at, numericValue(v.dataType, cell, where), where);
      }
      dataBytes += obsLength;
      return out;
    },
    end() {
      const rest = dataBytes % RECORD;
      return new Uint8Array(rest === 0 ? 0 : RECORD - rest).fill(BLANK);
    },
  };
}

function ascii(out: Uint8Array, at: number, text: string): void {
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
}

function putText(
  out: Uint8Array,
  at: number,
  length: number,
  cell: Cell,
  where: () => string,
): void {
  const slot = out.subarray(at, at + length);
  slot.fill(BLANK);
  if (cell === null) return;
  if (typeof cell !== 'string') throw invalid(where(), 'text-value', 'a text variable needs text');
  // encodeInto stops at the slot's end: fewer code units read than the text has = too long.
  if (encoder.encodeInto(cell, slot).read < cell.length) {
    throw invalid(where(), 'text-length', `longer than ${length} bytes (SAS V5 limit is 200)`);
  }
}

type Numeric = number | null | { code: number };

function numericValue(
  type: 'integer' | 'float' | 'date' | 'datetime',
  cell: Cell,
  where: () => string,
): Numeric {
  if (cell === null) return null;
  if (isSpecialMissing(cell)) return { code: cell.code.charCodeAt(0) };
  switch (type) {
    case 'date':
      if (typeof cell !== 'string') throw invalid(where(), 'date-value', 'expects YYYY-MM-DD');
      return sasDate(cell);
    case 'datetime':
      if (typeof cell !== 'string') throw invalid(where(), 'datetime-value', 'expects ISO time');
      return sasDatetime(cell);
    case 'integer':
      if (typeof cell !== 'number' || !Number.isInteger(cell))
        throw invalid(where(), 'integer-value', 'expects a whole number');
      return cell;
    case 'float':
      if (typeof cell !== 'number' || !Number.isFinite(cell))
        throw invalid(where(), 'number-value', 'expects a finite number');
      return cell;
    default: {
      const never: never = type;
      return never;
    }
  }
}

function putNumber(view: DataView, at: number, value: Numeric, where: () => string): void {
  if (value === null) {
    writeIbmMissing(view, at, DOT);
    return;
  }
  if (typeof value === 'object') {
    writeIbmMissing(view, at, value.code);
    return;
  }
  try {
    writeIbmDouble(view, at, value);
  } catch (e) {
    throw invalid(where(), 'ibm-range', (e as Error).message);
  }
}
