/**
 * Read-back through `xport-js`, the independent JavaScript XPORT reader named in issue 10, value
 * by value. (`xpt-encoder.test.ts` also reads the files back with the test reader in ../testing.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Library from 'xport-js';
import { encodeAll } from '../testing/collect-bytes.ts';
import { sampleRows, sampleSpec } from '../testing/sample-dataset.ts';
import { createXptEncoder } from './xpt-encoder.ts';

const dir = mkdtempSync(join(tmpdir(), 'xpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY_MS = 86_400_000;
const sasDays = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1960, 0, 1)) / DAY_MS;
const sasSeconds = (iso: string) =>
  (Date.parse(iso.endsWith('Z') ? iso : `${iso}Z`) - Date.UTC(1960, 0, 1)) / 1000;

describe('SAS XPORT v5 writer, read back with xport-js', () => {
  it('gives back every value: numbers exactly, missing as null, dates as SAS numbers', async () => {
    const path = join(dir, 'adxx.xpt');
    const created = '2026-11-25T09:00:00Z';
    writeFileSync(path, encodeAll(createXptEncoder(sampleSpec, { created }), sampleRows));
    const lib = new Library(path);
    const meta = (await lib.getMetadata()) as { name: string; label: string; length: number }[];
    expect(meta.map((m) => [m.name, m.label, m.length])).toEqual(
      sampleSpec.variables.map((v) => [v.name, v.label, v.dataType === 'string' ? v.length : 8]),
    );
    const rows: Record<string, unknown>[] = [];
    for await (const r of lib.read({ rowFormat: 'object', skipHeader: true, encoding: 'utf8' }))
      rows.push(r as Record<string, unknown>);
    expect(rows).toHaveLength(sampleRows.length);
    rows.forEach((row, i) => {
      const src = sampleRows[i]!;
      for (const v of sampleSpec.variables) {
        const cell = src[v.name] ?? null;
        const got = row[v.name];
        if (v.dataType === 'string') expect(String(got ?? '').trimEnd()).toBe(cell ?? '');
        else if (cell === null || typeof cell === 'object') expect(got ?? null).toBeNull();
        else if (v.dataType === 'date') expect(got).toBe(sasDays(cell as string));
        else if (v.dataType === 'datetime') expect(got).toBe(sasSeconds(cell as string));
        else expect(got).toBe(cell);
      }
    });
  });
});
