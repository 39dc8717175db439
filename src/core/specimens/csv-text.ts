/**
 * RFC 4180 CSV reading: fields separated by commas, optionally quoted with `"` (a quote inside a
 * quoted field is doubled), records ended by CRLF or LF; a UTF-8 byte order mark (Excel writes
 * one) is dropped. Each record keeps the line it started on so errors can name it.
 */

export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse =
  | { kind: 'ok'; records: CsvRecord[] }
  | { kind: 'invalid'; line: number; message: string };

/**
 * @example parseCsv('a,b\n"x, y",2\n') // records: [['a','b'], ['x, y','2']]
 */
export function parseCsv(text: string): CsvParse {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted)
        return {
          kind: 'invalid',
          line,
          message:
            'a quote inside an unquoted field: quote the whole field and double the quote ("")',
        };
      quoted = true;
      wasQuoted = true;
      i++;
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' && s[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      start = line;
      i++;
      continue;
    }
    if (wasQuoted)
      return {
        kind: 'invalid',
        line,
        message: 'text after a closing quote: a quoted field ends at its closing quote',
      };
    field += c;
    i++;
  }
  if (quoted)
    return {
      kind: 'invalid',
      line: start,
      message: 'a quoted field is not closed before the end of the file',
    };
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { kind: 'ok', records };
}
