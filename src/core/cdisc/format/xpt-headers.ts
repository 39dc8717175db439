/**
 * The fixed 80-byte header records of a SAS transport (XPORT) version 5 file, laid out as in
 * SAS TS-140 "The Record Layout of a Data Set in SAS Transport (XPORT) Format": library header,
 * member header, descriptor header, namestr header and observation header, each followed by
 * its real header records. All text is ASCII, blank-padded.
 */
import type { DatasetSpec, VariableSpec } from './dataset-spec.ts';

export const RECORD = 80;
export const NAMESTR_LENGTH = 140;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `ddMMMyy:hh:mm:ss`, the 16-character TS-140 timestamp, from an ISO instant. */
export function xptTimestamp(isoInstant: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(isoInstant);
  if (!m) throw new RangeError(`not an ISO instant: ${isoInstant}`);
  const [, y, mo, d, hh, mi, ss] = m as unknown as string[];
  return `${d}${MONTHS[Number(mo) - 1]}${(y as string).slice(2)}:${hh}:${mi}:${ss}`;
}

export function pad(text: string, width: number): string {
  if (text.length > width) throw new RangeError(`"${text}" is longer than ${width}`);
  return text.padEnd(width, ' ');
}

function header(kind: string, tail: string): string {
  return `HEADER RECORD*******${pad(kind, 8)}HEADER RECORD!!!!!!!${tail}`;
}

/** Library header + first and second real headers (3 records). */
export function libraryHeaders(created: string): string {
  const stamp = xptTimestamp(created);
  return (
    header('LIBRARY', `${'0'.repeat(30)}  `) +
    `SAS     SAS     SASLIB  9.4     ${pad('ONCOTRIA', 8)}${' '.repeat(24)}${stamp}` +
    pad(stamp, RECORD)
  );
}

/** Member header, descriptor header and the two member real headers (4 records). */
export function memberHeaders(spec: DatasetSpec, created: string): string {
  const stamp = xptTimestamp(created);
  return (
    header('MEMBER', `000000000000000001600000000${NAMESTR_LENGTH}  `) +
    header('DSCRPTR', `${'0'.repeat(30)}  `) +
    `SAS     ${pad(spec.name, 8)}SASDATA 9.4     ${pad('ONCOTRIA', 8)}${' '.repeat(24)}${stamp}` +
    `${stamp}${' '.repeat(16)}${pad(spec.label, 40)}${pad('', 8)}`
  );
}

export function namestrHeader(variableCount: number): string {
  const n = String(variableCount).padStart(4, '0');
  return header('NAMESTR', `000000${n}${'0'.repeat(20)}  `);
}

export function observationHeader(): string {
  return header('OBS', `${'0'.repeat(30)}  `);
}

/** SAS display format of a variable: dates and datetimes carry DATE9. / DATETIME20. */
export function sasFormat(v: VariableSpec): { name: string; width: number } {
  if (v.dataType === 'date') return { name: 'DATE', width: 9 };
  if (v.dataType === 'datetime') return { name: 'DATETIME', width: 20 };
  return { name: '', width: 0 };
}
