/**
 * SDTM content from stored records, on both databases, in every tabular format: IE from the
 * eligibility checklist, SUPPAE and SUPPDM, and define.xml describing them. XPT files are read back with `xport-js` (issue 10), Dataset-JSON is
 * parsed, CSV is parsed; the three must give the same values.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import Library from 'xport-js';
import { defaultStudy } from '../../core/protocol/study-definition.ts';
import { parseCsv as parseCsvText } from '../../core/specimens/csv-text.ts';
import { insertAudited, runCommand, SYSTEM_ACTOR } from '../audit/audited-write.ts';
import { ensureDefaultProtocol } from '../protocol/protocol-repository.ts';
import { createSite } from '../sites/site-repository.ts';
import { createTestStore, describeEachDialect, type TestStore } from '../testing/test-stores.ts';

/** A migrated store with the default protocol and one clinical site (Beijing). */
interface TestApp {
  store: TestStore;
  sites: { a: { id: string } };
  destroy(): Promise<void>;
}

async function createExportStore(dialect: 'sqlite' | 'postgres'): Promise<TestApp> {
  const store = await createTestStore(dialect, { now: () => '2026-03-02T08:00:00.000Z' });
  await ensureDefaultProtocol(store);
  const a = await createSite(store, SYSTEM_ACTOR, {
    code: 'BJ01',
    name: 'Beijing site',
    timezone: 'Asia/Shanghai',
  });
  return { store, sites: { a }, destroy: () => store.destroy() };
}

import { type TabularFormat, writeDatasets } from './dataset-stream.ts';
import { defineXmlOf } from './define-xml-export.ts';

const study = defaultStudy();
const dir = mkdtempSync(join(tmpdir(), 'sdtm-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rec = Record<string, string | number | null>;

/** RFC 4180 records through the project's reader (core/specimens/csv-text.ts), by header. */
function parseCsv(text: string): Rec[] {
  const parsed = parseCsvText(text);
  if (parsed.kind === 'invalid') throw new Error(`CSV line ${parsed.line}: ${parsed.message}`);
  const [header, ...body] = parsed.records.map((r) => r.fields);
  return body.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

/** One dataset in one format, as records (text cells trimmed; '' and null both mean missing). */
async function exportedRecords(t: TestApp, format: TabularFormat, name: string): Promise<Rec[]> {
  const chunks: Uint8Array[] = [];
  await writeDatasets(
    t.store.db,
    { created: '2026-11-25T09:00:00Z', study, scope: { sites: 'all', cut: null }, format },
    () => ({ write: (c) => void chunks.push(c), close: () => {} }),
    new Set([name]),
  );
  const bytes = Buffer.concat(chunks);
  const norm = (v: unknown) =>
    v === null || v === undefined || v === '' ? null : typeof v === 'string' ? v.trimEnd() : v;
  const clean = (r: Record<string, unknown>): Rec =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, norm(v) as string | number | null]));
  if (format === 'csv') return parseCsv(bytes.toString('utf8')).map(clean);
  if (format === 'dataset-json') {
    const json = JSON.parse(bytes.toString('utf8')) as {
      columns: { name: string }[];
      rows: unknown[][];
    };
    return json.rows.map((r) =>
      clean(Object.fromEntries(json.columns.map((c, i) => [c.name, r[i]]))),
    );
  }
  const path = join(dir, `${t.store.dialect}-${name.toLowerCase()}.xpt`);
  writeFileSync(path, bytes);
  const out: Rec[] = [];
  for await (const r of new Library(path).read({
    rowFormat: 'object',
    skipHeader: true,
    encoding: 'utf8',
  }))
    out.push(clean(r as Record<string, unknown>));
  return out;
}

/** CSV carries numbers as text: compare on text. */
const asText = (rows: Rec[]) =>
  rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v)])),
  );

describeEachDialect('SDTM content from stored records', (dialect) => {
  let t: TestApp;
  const actor = { id: 'u-test', name: 'Test Coordinator' };
  beforeAll(async () => {
    t = await createExportStore(dialect);
    const siteId = t.sites.a.id;
    const subjectId = 'subj-ie';
    const ref = (entityType: string) => ({ entityType, siteId, subjectId });
    const rec = { subject_id: subjectId, site_id: siteId, created_at: t.store.now() };
    await runCommand(t.store, actor, async (ctx) => {
      await insertAudited(
        ctx,
        'subjects',
        {
          id: subjectId,
          study_id: study.id,
          site_id: siteId,
          screening_number: 'S-IE1',
          subject_code: null,
          sex: 'F',
          birth_date: '2010-02-01', // 15 at the check: inclusion "age ≥ 18" not met
          ethnicity: 'NOT HISPANIC OR LATINO',
          race: 'ASIAN',
          enrollment_date: null,
          enrolled_at: null,
          screen_failure_date: '2026-01-03',
          screen_failure_reason: 'not eligible',
          created_at: t.store.now(),
        },
        ref('subject'),
      );
      await insertAudited(
        ctx,
        'consents',
        {
          id: 'consent-ie',
          ...rec,
          kind: 'main',
          version: '1.0',
          signed_date: '2026-01-01',
          withdrawn_date: null,
          withdrawal_reason: null,
        },
        ref('consent'),
      );
      await insertAudited(
        ctx,
        'eligibility_answers',
        { id: 'ea-1', ...rec, criterion_id: 'inc-diagnosis', met: 0, evidence: 'not MEN-1' },
        ref('eligibility-answer'),
      );
      await insertAudited(
        ctx,
        'eligibility_answers',
        { id: 'ea-2', ...rec, criterion_id: 'exc-pregnancy', met: 1, evidence: 'hCG positive' },
        ref('eligibility-answer'),
      );
    });
    // an enrolled subject with a serious adverse event
    const sae = 'subj-ae';
    const aeRec = { subject_id: sae, site_id: siteId, created_at: t.store.now() };
    const aeRef = (entityType: string) => ({ entityType, siteId, subjectId: sae });
    await runCommand(t.store, actor, async (ctx) => {
      await insertAudited(
        ctx,
        'subjects',
        {
          id: sae,
          study_id: study.id,
          site_id: siteId,
          screening_number: 'S-AE1',
          subject_code: 'A-002',
          sex: 'M',
          birth_date: '1970-05-02',
          ethnicity: 'NOT HISPANIC OR LATINO',
          race: 'ASIAN',
          enrollment_date: '2026-01-05',
          enrolled_at: '2026-01-05T02:00:00.000Z',
          screen_failure_date: null,
          screen_failure_reason: null,
          created_at: t.store.now(),
        },
        aeRef('subject'),
      );
      await insertAudited(
        ctx,
        'adverse_events',
        {
          id: 'ae-1',
          ...aeRec,
          term: 'Alanine aminotransferase increased',
          ctcae_version: '5.0',
          meddra_version: null,
          meddra_llt_code: null,
          meddra_pt_code: null,
          meddra_soc_code: null,
          onset_date: '2026-02-10',
          resolution_date: null,
          grade: 3,
          serious: 1,
          serious_criteria: JSON.stringify(['hospitalisation']),
          relatedness: 'possibly-related',
          action_taken: 'drug-interrupted',
          outcome: 'recovering',
          awareness_at: '2026-02-11T01:02:03.000Z',
          sae_reported_at: '2026-02-11T09:00:00.000Z',
        },
        aeRef('adverse-event'),
      );
    });
  });
  afterAll(() => t.destroy());

  it('IE: one row per criterion not met at the screen failure, the same in XPT, JSON and CSV', async () => {
    const xpt = await exportedRecords(t, 'xpt', 'IE');
    expect(xpt.map((r) => [r.IESEQ, r.IETESTCD, r.IECAT, r.IEORRES, r.IESTRESC, r.IEDTC])).toEqual([
      [1, 'INCL02', 'INCLUSION', 'N', 'N', '2026-01-03'],
      [2, 'INCL03', 'INCLUSION', 'N', 'N', '2026-01-03'],
      [3, 'EXCL01', 'EXCLUSION', 'Y', 'Y', '2026-01-03'],
    ]);
    expect(xpt[0]).toMatchObject({
      USUBJID: `${study.id}-S-IE1`,
      IETEST: 'Age ≥ 18 years (default; the registry text is silent)',
      IEDY: null,
      EPOCH: 'SCREENING',
    });
    expect(await exportedRecords(t, 'dataset-json', 'IE')).toEqual(xpt);
    expect(await exportedRecords(t, 'csv', 'IE')).toEqual(asText(xpt));
    // every IETESTCD exists in TI
    const ti = new Set((await exportedRecords(t, 'xpt', 'TI')).map((r) => r.IETESTCD));
    for (const r of xpt) expect(ti.has(r.IETESTCD)).toBe(true);
  });

  it('SUPPAE and SUPPDM: the SAE clock instants and the screening number, the same in every format', async () => {
    const ae = await exportedRecords(t, 'xpt', 'AE');
    const suppae = await exportedRecords(t, 'xpt', 'SUPPAE');
    const usubjid = `${study.id}-A-002`;
    expect(suppae.map((r) => [r.USUBJID, r.IDVAR, r.IDVARVAL, r.QNAM, r.QVAL, r.QORIG])).toEqual([
      [usubjid, 'AESEQ', String(ae[0]?.AESEQ), 'AEAWRDTC', '2026-02-11T01:02:03', 'CRF'],
      [usubjid, 'AESEQ', String(ae[0]?.AESEQ), 'SAERPDTC', '2026-02-11T09:00:00', 'CRF'],
      [usubjid, 'AESEQ', String(ae[0]?.AESEQ), 'CTCAEVER', '5.0', 'Assigned'],
    ]);
    expect(await exportedRecords(t, 'dataset-json', 'SUPPAE')).toEqual(suppae);
    expect(await exportedRecords(t, 'csv', 'SUPPAE')).toEqual(asText(suppae));
    const suppdm = await exportedRecords(t, 'xpt', 'SUPPDM');
    expect(suppdm.map((r) => [r.USUBJID, r.RDOMAIN, r.QNAM, r.QVAL]).sort()).toEqual([
      [`${study.id}-A-002`, 'DM', 'SCRNNUM', 'S-AE1'],
      [`${study.id}-S-IE1`, 'DM', 'SCRNNUM', 'S-IE1'],
    ]);
    expect(await exportedRecords(t, 'csv', 'SUPPDM')).toEqual(asText(suppdm));
  });

  it('AE: the stored seriousness criterion becomes its AES* flag (hospitalisation → AESHOSP = Y)', async () => {
    const [ae] = await exportedRecords(t, 'xpt', 'AE');
    expect(ae).toMatchObject({
      AESER: 'Y',
      AESCONG: 'N',
      AESDISAB: 'N',
      AESDTH: 'N',
      AESHOSP: 'Y',
      AESLIFE: 'N',
      AESMIE: 'N',
    });
  });

  it('AE: the CTCAE term decoded to MedDRA LLT, PT and SOC, the same in every format', async () => {
    const ae = await exportedRecords(t, 'xpt', 'AE');
    expect(ae).toHaveLength(1);
    expect(ae[0]).toMatchObject({
      AETERM: 'Alanine aminotransferase increased',
      AELLT: 'Alanine aminotransferase increased',
      AELLTCD: 10001551,
      AEDECOD: 'Alanine aminotransferase increased',
      AEPTCD: 10001551,
      AEBODSYS: 'Investigations',
      AEBDSYCD: 10022891,
      AESOC: 'Investigations',
      AESOCCD: 10022891,
    });
    expect(await exportedRecords(t, 'dataset-json', 'AE')).toEqual(ae);
    expect(await exportedRecords(t, 'csv', 'AE')).toEqual(asText(ae));
  });

  it('define.xml lists the new datasets and is well-formed', () => {
    const xml = defineXmlOf(study, '2026-11-25T09:00:00Z', 'xpt');
    for (const name of ['IE', 'SUPPAE', 'SUPPDM'])
      expect(xml).toContain(`<ItemGroupDef OID="IG.${name}"`);
    expect(xml).toContain('<def:ValueListDef OID="VL.SUPPAE.QVAL">');
    const path = join(dir, `${dialect}-define.xml`);
    writeFileSync(path, xml);
    const lint = spawnSync('xmllint', ['--noout', '--nonet', path], { encoding: 'utf8' });
    if (lint.error === undefined) expect(lint.stderr).toBe('');
  });
});
