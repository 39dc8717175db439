/**
 * A minimal, independent SAS transport (XPORT v5) reader for tests: it parses the headers and
 * namestrs by their TS-140 offsets and decodes IBM doubles with plain arithmetic (no shared code
 * with the writer), so a read-back test checks the writer against the format, not against itself.
 */

export interface XptVariable {
  name: string;
  label: string;
  type: 'num' | 'char';
  length: number;
  position: number;
  format: string;
  formatWidth: number;
}

/** Numbers, `null` for `.`, `{ missing: 'A' }` for `.A`, strings with trailing blanks removed. */
export type XptValue = number | string | null | { missing: string };

export interface XptDataset {
  name: string;
  label: string;
  variables: XptVariable[];
  rows: XptValue[][];
  headers: string[];
}

const ascii = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...b.subarray(from, to));

/** IBM hex double → JavaScript number, exactly (fractions written from IEEE have ≤ 53 bits). */
export function ibmToNumber(b: Uint8Array): XptValue {
  const first = b[0] as number;
  const restZero = b.subarray(1, 8).every((x) => x === 0);
  if (restZero && first === 0x2e) return null;
  if (restZero && ((first >= 0x41 && first <= 0x5a) || first === 0x5f))
    return { missing: String.fromCharCode(first) };
  if (first === 0 && restZero) return 0;
  const sign = first & 0x80 ? -1 : 1;
  const exponent = (first & 0x7f) - 64;
  let fraction = 0;
  for (let i = 1; i < 8; i++) fraction = fraction * 256 + (b[i] as number);
  // fraction is an integer < 2^56; value = fraction / 2^56 × 16^exponent.
  return sign * fraction * 2 ** (4 * exponent - 56);
}

export function readXpt(bytes: Uint8Array): XptDataset {
  const headers: string[] = [];
  for (let r = 0; r < 8; r++) headers.push(ascii(bytes, r * 80, r * 80 + 80));
  const [lib, , , member, dscrptr, real1, real2, namestrHeader] = headers as string[];
  if (!lib?.startsWith('HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!'))
    throw new Error('not a SAS transport file');
  if (!member?.startsWith('HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!'))
    throw new Error('no member header');
  if (!dscrptr?.startsWith('HEADER RECORD*******DSCRPTR HEADER RECORD!!!!!!!'))
    throw new Error('no descriptor header');
  const namestrLength = Number(member.slice(74, 78));
  const name = (real1 as string).slice(8, 16).trimEnd();
  const label = (real2 as string).slice(32, 72).trimEnd();
  const count = Number((namestrHeader as string).slice(54, 58));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const variables: XptVariable[] = [];
  let at = 8 * 80;
  for (let i = 0; i < count; i++) {
    const o = at + i * namestrLength;
    variables.push({
      type: view.getInt16(o) === 1 ? 'num' : 'char',
      length: view.getInt16(o + 4),
      name: ascii(bytes, o + 8, o + 16).trimEnd(),
      label: ascii(bytes, o + 16, o + 56).trimEnd(),
      format: ascii(bytes, o + 56, o + 64).trimEnd(),
      formatWidth: view.getInt16(o + 64),
      position: view.getInt32(o + 84),
    });
  }
  at += Math.ceil((count * namestrLength) / 80) * 80;
  const obsHeader = ascii(bytes, at, at + 80);
  if (!obsHeader.startsWith('HEADER RECORD*******OBS     HEADER RECORD!!!!!!!'))
    throw new Error('no observation header');
  headers.push(obsHeader);
  at += 80;
  const obsLength = variables.reduce((n, v) => n + v.length, 0);
  const decoder = new TextDecoder();
  const rows: XptValue[][] = [];
  for (; at + obsLength <= bytes.length; at += obsLength) {
    const obs = bytes.subarray(at, at + obsLength);
    // Trailing padding is blanks; a real observation with a numeric is never all blanks.
    if (obs.every((x) => x === 0x20) && bytes.length - at < 80) break;
    rows.push(
      variables.map((v) => {
        const cell = obs.subarray(v.position, v.position + v.length);
        return v.type === 'num' ? ibmToNumber(cell) : decoder.decode(cell).replace(/ +$/, '');
      }),
    );
  }
  return { name, label, variables, rows, headers };
}
