/**
 * One 140-byte namestr (variable descriptor) of a SAS transport file (TS-140 "NAMESTR record"):
 * big-endian shorts for type, length, number and format widths, the 8-byte name, 40-byte label,
 * 8-byte format and informat names, and the variable's byte offset in an observation.
 */
import type { VariableSpec } from './dataset-spec.ts';
import { NAMESTR_LENGTH, pad, sasFormat } from './xpt-headers.ts';

/** Bytes a variable takes in an observation: text its declared length, numbers 8. */
export function xptLength(v: VariableSpec): number {
  return v.dataType === 'string' ? (v.length ?? 1) : 8;
}

function putAscii(bytes: Uint8Array, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) bytes[offset + i] = text.charCodeAt(i) & 0x7f;
}

/**
 * @example namestr(spec.variables[0], 1, 0) // 140 bytes describing variable 1 at offset 0
 */
export function namestr(v: VariableSpec, number: number, position: number): Uint8Array {
  const bytes = new Uint8Array(NAMESTR_LENGTH);
  const view = new DataView(bytes.buffer);
  const format = sasFormat(v);
  view.setInt16(0, v.dataType === 'string' ? 2 : 1); // ntype: 1 numeric, 2 character
  view.setInt16(2, 0); // nhfun: hash, always 0
  view.setInt16(4, xptLength(v)); // nlng
  view.setInt16(6, number); // nvar0: variable number
  putAscii(bytes, 8, pad(v.name, 8)); // nname
  putAscii(bytes, 16, pad(asciiLabel(v.label), 40)); // nlabel
  putAscii(bytes, 56, pad(format.name, 8)); // nform
  view.setInt16(64, format.width); // nfl
  view.setInt16(66, 0); // nfd
  view.setInt16(68, 0); // nfj: left justified
  // 70–71 nfill; 72–79 niform blank; 80–83 nifl, nifd zero.
  putAscii(bytes, 72, pad('', 8));
  view.setInt32(84, position); // npos
  return bytes; // 88–139: rest, zeros
}

/** Labels in a V5 header are ASCII: anything else becomes `?` (data values may be UTF-8). */
function asciiLabel(label: string): string {
  return label.replace(/[^\x20-\x7e]/g, '?');
}
