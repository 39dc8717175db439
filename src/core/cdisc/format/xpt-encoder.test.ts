import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain-error.ts';
import { encodeAll } from '../testing/collect-bytes.ts';
import { sampleRows, sampleSpec } from '../testing/sample-dataset.ts';
import { readXpt } from '../testing/xpt-test-reader.ts';
import type { DatasetSpec } from './dataset-spec.ts';
import { createXptEncoder } from './xpt-encoder.ts';

const created = '2026-11-25T09:05:03Z';
const DAY_MS = 86_400_000;
/** SAS days computed independently of the writer (JavaScript's UTC calendar). */
const sasDays = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1960, 0, 1)) / DAY_MS;
const sasSeconds = (iso: string) =>
  (Date.parse(iso.endsWith('Z') ? iso : `${iso}Z`) - Date.UTC(1960, 0, 1)) / 1000;

describe('SAS XPORT v5 writer', () => {
  const bytes = encodeAll(createXptEncoder(sampleSpec, { created }), sampleRows);
  const file = readXpt(bytes);

  it('is a whole number of 80-byte records with the TS-140 headers', () => {
    expect(bytes.length % 80).toBe(0);
    expect(file.headers[0]).toBe(
      'HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!000000000000000000000000000000  ',
    );
    expect(file.headers[3]).toBe(
      'HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!000000000000000001600000000140  ',
    );
    expect(file.headers[1]?.startsWith('SAS     SAS     SASLIB  9.4     ')).toBe(true);
    expect(file.headers[1]?.endsWith('25NOV26:09:05:03')).toBe(true);
    expect(file.headers[7]).toBe(
      'HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!000000000700000000000000000000  ',
    );
    expect(file.headers.every((h) => h.length === 80)).toBe(true);
  });

  it('describes each variable: name, label, type, length, position, date formats', () => {
    expect(file.name).toBe('ADXX');
    expect(file.label).toBe('Sample Analysis Dataset');
    expect(file.variables.map((v) => [v.name, v.type, v.length, v.position])).toEqual([
      ['USUBJID', 'char', 20, 0],
      ['PARAMCD', 'char', 8, 20],
      ['AVAL', 'num', 8, 28],
      ['AVALC', 'char', 60, 36],
      ['ADY', 'num', 8, 96],
      ['ADT', 'num', 8, 104],
      ['ADTM', 'num', 8, 112],
    ]);
    expect(file.variables[0]?.label).toBe('Unique Subject Identifier');
    expect(file.variables.slice(5).map((v) => `${v.format}${v.formatWidth}.`)).toEqual([
      'DATE9.',
      'DATETIME20.',
    ]);
  });

  it('reads back value by value: numbers exactly, missing and special missing, dates as SAS numbers', () => {
    expect(file.rows).toHaveLength(sampleRows.length);
    file.rows.forEach((row, i) => {
      const src = sampleRows[i]!;
      const expected = sampleSpec.variables.map((v) => {
        const cell = src[v.name] ?? null;
        if (cell === null) return v.dataType === 'string' ? '' : null;
        if (typeof cell === 'object') return { missing: cell.code };
        if (v.dataType === 'date') return sasDays(cell as string);
        if (v.dataType === 'datetime') return sasSeconds(cell as string);
        return cell;
      });
      expect(row).toEqual(expected);
    });
    expect(file.rows[1]?.[5]).toBe(0); // 1960-01-01 is SAS day 0
    expect(file.rows[0]?.[5]).toBe(24111); // 2026-01-05
  });

  it('streams: the padding makes the data a whole number of records; no padding when exact', () => {
    const one: DatasetSpec = {
      ...sampleSpec,
      variables: [{ name: 'X', label: 'x', dataType: 'string', length: 40 }],
    };
    const enc = createXptEncoder(one, { created });
    enc.begin();
    enc.row({ X: 'a' });
    expect(enc.end()).toHaveLength(40);
    const two = createXptEncoder(one, { created });
    two.begin();
    two.row({ X: 'b' });
    two.row({ X: 'c' });
    expect(two.end()).toHaveLength(0);
  });

  it('refuses text longer than the declared bytes and names the cell', () => {
    const enc = createXptEncoder(sampleSpec, { created });
    enc.begin();
    expect(() => enc.row({ PARAMCD: '肝功能异' })).toThrow(/ADXX\.PARAMCD \(row 1\).*8 bytes/);
    expect(() => enc.row({ ADY: 1.5 })).toThrow(DomainError);
    expect(() => enc.row({ ADT: '2026-02-30' })).toThrow();
  });

  it('refuses a spec SAS V5 cannot hold', () => {
    const bad: DatasetSpec = {
      ...sampleSpec,
      name: 'adsl',
      variables: [
        { name: 'TOOLONGNAME', label: 'x'.repeat(41), dataType: 'string', length: 201 },
        { name: 'A', label: 'a', dataType: 'float' },
        { name: 'A', label: 'a', dataType: 'float' },
      ],
    };
    try {
      createXptEncoder(bad, { created });
      expect.unreachable();
    } catch (e) {
      const f = (e as DomainError).failure;
      expect(f.kind === 'invalid' && f.issues.map((i) => i.rule)).toEqual([
        'sas-name',
        'sas-name',
        'label-length',
        'text-length',
        'unique-name',
      ]);
    }
  });
});
