/**
 * The independent radiology reviewer's reads in TU/TR/RS beside the investigator's, and ADRS
 * staying on the investigator's (the protocol names no independent review as primary). TU is
 * read back from XPT with xport-js.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Library from 'xport-js';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { adrsRows } from '../../adam/adrs-dataset.ts';
import { createXptEncoder } from '../../format/xpt-encoder.ts';
import { prepareExportSubject } from '../../prepare-export-subject.ts';
import { encodeAll } from '../../testing/collect-bytes.ts';
import { syntheticSubject } from '../../testing/synthetic-subjects.ts';
import { rsRows } from './rs-domain.ts';
import { trRows, tuRows, tuSpec } from './tu-tr-domains.ts';

const study = defaultStudy();
const dir = mkdtempSync(join(tmpdir(), 'tu-indep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// a subject with at least two scans; the reviewer measures every lesion 2 mm smaller
const raw = [...Array(40).keys()]
  .map((i) => syntheticSubject(i + 1))
  .find((s) => s.tumourAssessments.length >= 3)!;
const independent = raw.tumourAssessments.map((t) => ({
  ...t,
  reader: 'independent',
  lesions: t.lesions.map((l) =>
    l.diameterMm === undefined ? l : { ...l, diameterMm: l.diameterMm - 2 },
  ),
}));
const both = prepareExportSubject(
  study,
  { ...raw, tumourAssessments: [...raw.tumourAssessments, ...independent] },
  null,
)!;
const siteOnly = prepareExportSubject(study, raw, null)!;
const seqsUnique = (rows: readonly Record<string, unknown>[], name: string) =>
  expect(rows.map((r) => r[name])).toEqual(rows.map((_, i) => i + 1));

describe('independent reader in TU, TR and RS', () => {
  it('TU identifies each lesion once per evaluator, the reviewer as INDEPENDENT ASSESSOR / RADIOLOGIST 1', () => {
    const tu = tuRows(study, both);
    const by = (ev: string) => tu.filter((r) => r.TUEVAL === ev);
    expect(by('INVESTIGATOR').map((r) => r.TULNKID)).toEqual(['T1', 'T2', 'NT1']);
    expect(by('INDEPENDENT ASSESSOR').map((r) => r.TULNKID)).toEqual(['T1', 'T2', 'NT1']);
    expect(new Set(by('INDEPENDENT ASSESSOR').map((r) => r.TUEVALID))).toEqual(
      new Set(['RADIOLOGIST 1']),
    );
    expect(new Set(by('INVESTIGATOR').map((r) => r.TUEVALID))).toEqual(new Set([null]));
    seqsUnique(tu, 'TUSEQ');
    expect(tuRows(study, siteOnly)).toHaveLength(3);
  });

  it('TR carries each reader’s measurements and the engine’s sum of diameters over that reader', () => {
    const tr = trRows(study, both);
    seqsUnique(tr, 'TRSEQ');
    const sum = (ev: string) =>
      tr.filter((r) => r.TREVAL === ev && r.TRTESTCD === 'SUMDIAM').map((r) => r.TRSTRESN);
    expect(sum('INVESTIGATOR')[0]).toBe(50); // 30 + 20 at baseline
    expect(sum('INDEPENDENT ASSESSOR')[0]).toBe(46); // 28 + 18
    expect(sum('INDEPENDENT ASSESSOR')).toEqual([
      both.recistIndependent!.baseline.sumMm,
      ...both.recistIndependent!.timepoints.map((t) => t.sumMm),
    ]);
  });

  it('RS has both evaluators’ responses; ADRS stays the investigator’s', () => {
    const rs = rsRows(study, both);
    seqsUnique(rs, 'RSSEQ');
    const bor = rs.filter((r) => r.RSTESTCD === 'BESTRSP');
    expect(bor.map((r) => [r.RSEVAL, r.RSEVALID])).toEqual(
      expect.arrayContaining([
        ['INVESTIGATOR', null],
        ['INDEPENDENT ASSESSOR', 'RADIOLOGIST 1'],
      ]),
    );
    expect(bor).toHaveLength(2);
    expect(adrsRows(study, both, null)).toEqual(adrsRows(study, siteOnly, null));
  });

  it('TU with both evaluators reads back from XPT with xport-js', async () => {
    const rows = tuRows(study, both);
    const path = join(dir, 'tu.xpt');
    writeFileSync(
      path,
      encodeAll(createXptEncoder(tuSpec, { created: '2026-11-25T00:00:00Z' }), rows),
    );
    const got: Record<string, unknown>[] = [];
    for await (const r of new Library(path).read({
      rowFormat: 'object',
      skipHeader: true,
      encoding: 'utf8',
    }))
      got.push(r as Record<string, unknown>);
    expect(
      got.map((r) => [r.TUSEQ, String(r.TUEVAL).trimEnd(), String(r.TUEVALID ?? '').trimEnd()]),
    ).toEqual(rows.map((r) => [r.TUSEQ, r.TUEVAL, r.TUEVALID ?? '']));
  });
});
