import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-text.ts';
import { readReceivedSpecimensCsv } from './received-specimens-csv.ts';

const HEADER =
  'label,subject,source_site,type,quantity,collected_at,integrity,temperature_c,box,position,notes';

describe('CSV reading (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes, line breaks, CRLF and a BOM', () => {
    const r = parseCsv('\uFEFFa,b\r\n"x, ""y""",2\n"two\nlines",3\n');
    expect(r).toEqual({
      kind: 'ok',
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, "y"', '2'] },
        { line: 3, fields: ['two\nlines', '3'] },
      ],
    });
  });
  it('refuses an unclosed quote and a stray quote, naming the line', () => {
    expect(parseCsv('a\n"open\n')).toMatchObject({ kind: 'invalid', line: 2 });
    expect(parseCsv('a\nx"y\n')).toMatchObject({ kind: 'invalid', line: 2 });
  });
  it('ignores blank lines', () => {
    expect(parseCsv('a\n\nb\n')).toMatchObject({ kind: 'ok', records: [{ line: 1 }, { line: 3 }] });
  });
});

describe('received specimens CSV', () => {
  it('reads a good file', () => {
    const r = readReceivedSpecimensCsv(
      `${HEADER}\nBJ01-S00001,BJ01-001,BJ01,plasma,1.5,2026-03-01T08:30:00+08:00,intact,-78.5,CAMS-F1-B01,a1,"on dry ice, fine"\n` +
        'BJ01-S00002,BJ01-001,BJ01,ffpe-block,1,2026-02-20T10:00:00Z,damaged,,,,\n',
    );
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.rows[0]).toMatchObject({
      line: 2,
      thousandths: 1500,
      collectedAt: '2026-03-01T00:30:00.000Z',
      position: 'A1',
      notes: 'on dry ice, fine',
    });
    expect(r.rows[1]).toMatchObject({
      box: null,
      position: null,
      temperatureC: null,
      integrity: 'damaged',
    });
  });

  it('lists every bad row with its line and column, and returns no rows', () => {
    const r = readReceivedSpecimensCsv(
      `${HEADER}\n` +
        'BJ01-S00001,BJ01-001,BJ01,plasma,1.5,2026-03-01T08:30:00Z,intact,,B1,A1,\n' +
        'bad label,BJ01-001,BJ01,blood,x,yesterday,broken,hot,B1,,\n' +
        'BJ01-S00001,BJ01-001,BJ01,ffpe-block,1.5,2026-03-01T08:30:00Z,intact,,B1,a1,\n' +
        'BJ01-S00004,,BJ01,plasma,0,2026-03-01T08:30:00Z,intact,,,\n',
    );
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.issues.map((i) => `${i.path} ${i.rule}`)).toEqual([
      'csv.line3.label label-format',
      'csv.line3.type specimen-type',
      'csv.line3.collected_at iso-instant',
      'csv.line3.integrity integrity',
      'csv.line3.temperature_c temperature',
      'csv.line3.position box-and-position',
      'csv.line4.label label-repeated-in-file',
      'csv.line4.quantity whole-units',
      'csv.line4.position position-repeated-in-file',
      'csv.line5 csv-field-count',
    ]);
    expect(r.issues[6]?.message).toContain('line 2');
  });

  it('checks the header: missing, unknown and repeated columns', () => {
    const r = readReceivedSpecimensCsv('label,subject,type,type,colour\nX\n');
    expect(r.kind === 'invalid' && r.issues.map((i) => i.path)).toEqual([
      'csv.header.source_site',
      'csv.header.quantity',
      'csv.header.collected_at',
      'csv.header.integrity',
      'csv.header.type',
      'csv.header.colour',
    ]);
  });

  it('an empty file or a header alone is refused', () => {
    expect(readReceivedSpecimensCsv('')).toMatchObject({
      kind: 'invalid',
      issues: [{ rule: 'csv-empty' }],
    });
    expect(readReceivedSpecimensCsv(`${HEADER}\n`)).toMatchObject({
      kind: 'invalid',
      issues: [{ rule: 'csv-empty' }],
    });
  });
});
