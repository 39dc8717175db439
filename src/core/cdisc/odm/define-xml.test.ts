/**
 * define.xml 2.1 for the whole export, read back from the document itself: every reference
 * (CodeListRef, ValueListRef, ItemRef, WhereClauseRef, MethodOID, def:ItemOID) resolves, every
 * value a simulated study export writes in a coded variable is listed in the codelist the
 * document gives that variable (directly or through its value list), value-level metadata and
 * methods are where the brief puts them, and the document is well-formed (xmllint). XSD
 * validity: CDISC's Define-XML 2.1 schema is not shipped by any npm or Debian package, and its
 * text is not committed here, so that check runs only when ONCOTRIAL_DEFINE_XSD points at
 * define2-1-0.xsd from the CDISC release (skipped otherwise, reason in the title).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultStudy } from '../../protocol/study-definition.ts';
import { exportCoding } from '../codelists/export-coding.ts';
import { SUBJECT_DATASETS } from '../export-datasets.ts';
import type { DatasetRow } from '../format/dataset-spec.ts';
import { prepareExportSubject } from '../prepare-export-subject.ts';
import { trialDesignDatasets } from '../sdtm/design/trial-design-datasets.ts';
import { indexDefineXml } from '../testing/define-xml-index.ts';
import { syntheticSubject } from '../testing/synthetic-subjects.ts';
import { defineXml } from './define-xml-writer.ts';

const DEFINE_XSD = process.env.ONCOTRIAL_DEFINE_XSD ?? '';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasSchema = DEFINE_XSD !== '' && existsSync(DEFINE_XSD);
const schemaSkip = hasSchema ? '' : ' (skipped: no Define-XML 2.1 XSD — set ONCOTRIAL_DEFINE_XSD)';
const inCi = process.env.CI === 'true';
const dir = mkdtempSync(join(tmpdir(), 'define-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const study = defaultStudy();
const coding = exportCoding(study);
const design = trialDesignDatasets(study);
const specs = [...design.map((d) => d.spec), ...SUBJECT_DATASETS.map((d) => d.spec)];
const xml = defineXml(specs, {
  created: '2026-11-25T09:00:00Z',
  studyOid: study.id,
  studyName: study.shortTitle.en,
  description: study.title.en,
  protocolName: study.id,
  metaDataVersionOid: 'MDV.1.0',
  extension: 'xpt',
  coding,
});
const ix = indexDefineXml(xml);

function xmllint(args: string[], doc: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, doc);
  return spawnSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8' });
}

describe('define.xml 2.1: datasets, variables, codelists, value lists, methods', () => {
  it.runIf(!hasXmllint && inCi)('has xmllint under CI (libxml2-utils)', () => {
    expect.fail('xmllint is missing: install Debian libxml2-utils (.ci/run does)');
  });

  it.skipIf(!hasXmllint)('is well-formed XML', () => {
    const r = xmllint([], xml, 'define.xml');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!hasXmllint || !hasSchema)(
    `validates against the Define-XML 2.1 XSD, and a misplaced CodeListRef fails${schemaSkip}`,
    () => {
      const ok = xmllint(['--schema', DEFINE_XSD], xml, 'define-valid.xml');
      expect(ok.stderr).toContain('validates');
      // CodeListRef after def:Origin breaks the ItemDef content model
      const bad = xml.replace(/(<CodeListRef [^>]*\/>)(<def:Origin [^>]*\/>)/, '$2$1');
      expect(bad).not.toBe(xml);
      expect(xmllint(['--schema', DEFINE_XSD], bad, 'define-bad.xml').status).not.toBe(0);
    },
  );

  it('describes every dataset and variable once, with its file and standard', () => {
    expect(xml.match(/<ItemGroupDef /g)).toHaveLength(specs.length);
    expect([...ix.itemGroups.values()].map((g) => g.name)).toEqual(specs.map((s) => s.name));
    const variables = specs.reduce((n, s) => n + s.variables.length, 0);
    const valueLevel = [...ix.valueLists.values()].reduce((n, l) => n + l.length, 0);
    expect(ix.itemDefs.size).toBe(variables + valueLevel);
    expect(xml).toContain(
      '<def:leaf ID="LF.ADSL" xlink:href="adsl.xpt"><def:title>adsl.xpt</def:title></def:leaf>',
    );
    expect(xml).toContain(
      '<def:Standard OID="STD.SDTMIG" Name="SDTMIG" Type="IG" Version="3.4" Status="Final"/>',
    );
    expect(xml).toContain(
      '<def:Standard OID="STD.CT.SDTM" Name="CDISC/NCI" Type="CT" PublishingSet="SDTM" Version="2024-09-27" Status="Final"/>',
    );
    expect(xml).toContain(
      '<ItemDef OID="IT.ADSL.TRTSDT" Name="TRTSDT" DataType="date" SASFieldName="TRTSDT" def:DisplayFormat="DATE9.">',
    );
  });

  it('TS names the CT package define.xml names (TSVCDREF CDISC, TSVCDVER its version)', () => {
    const ts = design.find((d) => d.spec.name === 'TS')!.rows.filter((r) => r.TSVALCD !== null);
    expect(ts.length).toBeGreaterThan(3);
    const version = /<def:Standard [^>]*Type="CT"[^>]*Version="([^"]+)"/.exec(xml)?.[1];
    expect(version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const r of ts) expect([r.TSVCDREF, r.TSVCDVER]).toEqual(['CDISC', version]);
  });

  it('every OID is defined once and every reference resolves', () => {
    expect([...ix.oids].filter(([, n]) => n > 1)).toEqual([]);
    const dangling = ix.refs.filter(([, oid]) => !ix.oids.has(oid));
    expect(dangling).toEqual([]);
    // and the references point at the right kind of definition
    for (const [, d] of ix.itemDefs) {
      if (d.codelistOid) expect(ix.codelists.has(d.codelistOid), d.codelistOid).toBe(true);
      if (d.valueListOid) expect(ix.valueLists.has(d.valueListOid), d.valueListOid).toBe(true);
    }
    for (const items of ix.valueLists.values())
      for (const i of items) {
        expect(ix.itemDefs.has(i.itemOid), i.itemOid).toBe(true);
        for (const w of i.whereOids) expect(ix.whereClauses.has(w), w).toBe(true);
      }
    for (const w of ix.whereClauses.values()) expect(ix.itemDefs.has(w.itemOid)).toBe(true);
    for (const g of ix.itemGroups.values())
      for (const m of g.methodOids) expect(ix.methods.has(m), m).toBe(true);
  });

  it('every CodeList is used, and the variables the brief names carry one', () => {
    const referenced = new Set(
      [...ix.itemDefs.values()].flatMap((d) => (d.codelistOid ? [d.codelistOid] : [])),
    );
    expect([...ix.codelists.keys()].filter((c) => !referenced.has(c))).toEqual([]);
    const listOf = (ds: string, v: string) => ix.itemDefs.get(`IT.${ds}.${v}`)?.codelistOid;
    expect(listOf('DM', 'SEX')).toBe('CL.SEX');
    expect(listOf('DM', 'RACE')).toBe('CL.RACE');
    expect(listOf('DM', 'ETHNIC')).toBe('CL.ETHNIC');
    expect(listOf('AE', 'AESER')).toBe('CL.NY');
    expect(listOf('AE', 'AETOXGR')).toBe('CL.TOXGR');
    expect(listOf('AE', 'AEOUT')).toBe('CL.OUT');
    expect(listOf('AE', 'AEACN')).toBe('CL.ACN');
    expect(listOf('LB', 'EPOCH')).toBe('CL.EPOCH');
    expect(listOf('LB', 'LBORRESU')).toBe('CL.UNIT');
    expect(listOf('ADLB', 'PARAMCD')).toBe('CL.PARAMCD.ADLB');
    expect(listOf('ADTTE', 'PARAMCD')).toBe('CL.PARAMCD.ADTTE');
    expect(ix.codelists.get('CL.PARAMCD.ADTTE')?.values).toEqual(new Set(['PFS', 'OS', 'DOR']));
    expect(xml).toMatch(
      /<CodeList OID="CL.SEX" Name="Sex" DataType="text" def:StandardOID="STD.CT.SDTM"><CodeListItem CodedValue="F" OrderNumber="1"><Decode><TranslatedText xml:lang="en">Female<\/TranslatedText><\/Decode><\/CodeListItem>.*<Alias Context="nci:ExtCodeID" Name="C66731"\/><\/CodeList>/,
    );
    expect(ix.codelists.get('CL.RACE')?.extended).toEqual(new Set(['MULTIPLE', 'OTHER']));
  });

  it('value-level metadata: RS responses by RSTESTCD, DS decodes by DSCAT, LB results by test, ADaM by PARAMCD', () => {
    const rs = ix.valueLists.get('VL.RS.RSSTRESC')!;
    expect(ix.itemDefs.get('IT.RS.RSSTRESC')?.valueListOid).toBe('VL.RS.RSSTRESC');
    expect(rs.map((i) => i.itemOid)).toEqual([
      'IT.RS.RSSTRESC.TRGRESP',
      'IT.RS.RSSTRESC.NTRGRESP',
      'IT.RS.RSSTRESC.NEWLIND',
      'IT.RS.RSSTRESC.OVRLRESP',
      'IT.RS.RSSTRESC.BESTRSP',
    ]);
    expect(ix.whereClauses.get('WC.RS.RSTESTCD.NTRGRESP')).toEqual({
      itemOid: 'IT.RS.RSTESTCD',
      comparator: 'EQ',
      values: ['NTRGRESP'],
    });
    const ntrg = ix.itemDefs.get('IT.RS.RSSTRESC.NTRGRESP')!;
    expect(ix.codelists.get(ntrg.codelistOid!)?.values).toEqual(
      new Set(['CR', 'NON-CR/NON-PD', 'PD', 'NE']),
    );
    expect(ix.codelists.get('CL.RS.BESTRSP')?.extended).toEqual(new Set(['MISSING']));
    expect(ix.itemDefs.get('IT.DS.DSDECOD.MILESTONE')?.codelistOid).toBe('CL.PROTMLST');
    expect(ix.itemDefs.get('IT.LB.LBORRES.ALT')?.dataType).toBe('float');
    expect(ix.itemDefs.get('IT.ADTTE.AVAL.PFS')?.dataType).toBe('float');
    expect(ix.whereClauses.get('WC.ADRS.PARAMCD.BOR')).toEqual({
      itemOid: 'IT.ADRS.PARAMCD',
      comparator: 'IN',
      values: ['BOR', 'CBOR'],
    });
    // every LB test of the panels has its value-level definition
    const lbTests = study.panels.filter((p) => p.domain === 'LB').flatMap((p) => p.items);
    expect(ix.valueLists.get('VL.LB.LBORRES')).toHaveLength(lbTests.length);
  });

  it('derived ADaM variables cite their method, and each method states its rule', () => {
    const methodOf = (ds: string, v: string) => {
      const g = xml.match(new RegExp(`<ItemRef ItemOID="IT\\.${ds}\\.${v}"[^>]*>`))?.[0] ?? '';
      return /MethodOID="([^"]*)"/.exec(g)?.[1];
    };
    expect(methodOf('ADSL', 'TRTDURD')).toBe('MT.ADSL.TRTDURD');
    expect(methodOf('ADTTE', 'CNSR')).toBe('MT.ADTTE.EVENT');
    expect(methodOf('ADTTE', 'AVAL')).toBe('MT.ADTTE.AVAL');
    expect(methodOf('ADTR', 'PCHG')).toBe('MT.ADTR.SUMS');
    expect(methodOf('ADRS', 'AVALC')).toBe('MT.ADRS.RESPONSE');
    expect(methodOf('ADAE', 'TRTEMFL')).toBe('MT.ADAE.TRTEMFL');
    expect(methodOf('ADLB', 'ATOXGR')).toBe('MT.ADLB.ATOXGR');
    expect(methodOf('LB', 'LBDY')).toBe('MT.STUDYDAY');
    expect(methodOf('AE', 'AESEQ')).toBe('MT.SEQ');
    expect(ix.methods.get('MT.ADTTE.AVAL')?.description).toContain('30.4375');
    expect(ix.methods.get('MT.STUDYDAY')?.description).toContain('no day 0');
    for (const m of ix.methods.values())
      expect(m.description, m.name).toMatch(
        /RECIST|ADaMIG|SDTMIG|CLINICAL-RULES|CTCAE|core\/|protocol|\.ts/,
      );
  });

  it('MetaDataVersion children come in Define-XML 2.1 order', () => {
    const first = (tag: string) => xml.indexOf(`<${tag} `);
    const order = [
      'def:Standards>',
      'def:ValueListDef',
      'def:WhereClauseDef',
      'ItemGroupDef',
      'ItemDef',
      'CodeList',
      'MethodDef',
    ].map((t) => (t.endsWith('>') ? xml.indexOf(`<${t}`) : first(t)));
    expect(order.every((n) => n > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml.lastIndexOf('<ItemGroupDef ')).toBeLessThan(first('ItemDef'));
    expect(xml.lastIndexOf('<ItemDef ')).toBeLessThan(first('CodeList'));
  });
});

describe('define.xml codelists cover the exported data', () => {
  const subjects = Array.from({ length: 80 }, (_, i) =>
    prepareExportSubject(study, syntheticSubject(i + 1), null),
  ).filter((s) => s !== null);
  const exported = [
    ...design,
    ...SUBJECT_DATASETS.map((d) => ({
      spec: d.spec,
      rows: subjects.flatMap((s) => d.rows(study, s, null)),
    })),
  ];

  /** Values of coded variables the document does not list, as `DS.VAR[where …] = value`. */
  function unlisted(datasets: readonly { spec: { name: string }; rows: readonly DatasetRow[] }[]) {
    const out = new Set<string>();
    for (const { spec, rows } of datasets)
      for (const [oid, def] of ix.itemDefs) {
        if (!oid.startsWith(`IT.${spec.name}.`) || oid.split('.').length !== 3) continue;
        for (const r of rows) {
          const v = r[def.name];
          if (v === null || v === undefined || v === '') continue;
          let listOid = def.codelistOid;
          let where = '';
          if (def.valueListOid) {
            const level = ix.valueLists.get(def.valueListOid)!.find((i) =>
              i.whereOids.every((w) => {
                const wc = ix.whereClauses.get(w)!;
                const on = wc.itemOid.split('.')[2]!;
                return wc.values.includes(String(r[on]));
              }),
            );
            if (!level) {
              out.add(`${spec.name}.${def.name}: no value-level definition`);
              continue;
            }
            listOid = ix.itemDefs.get(level.itemOid)!.codelistOid;
            where = `[${level.itemOid}]`;
          }
          const list = listOid ? ix.codelists.get(listOid)! : null;
          // a dictionary's terms are not listed in define.xml (ExternalCodeList)
          if (list && !list.external && !list.values.has(String(v)))
            out.add(`${spec.name}.${def.name}${where} = ${String(v)}`);
        }
      }
    return [...out];
  }

  it('every value of a coded variable in a simulated study export is in its define.xml codelist', () => {
    expect(exported.some((d) => d.spec.name === 'RS' && d.rows.length > 0)).toBe(true);
    expect(unlisted(exported)).toEqual([]);
  });

  it('a new value that appears unlisted fails the check', () => {
    const ae = exported.find((d) => d.spec.name === 'AE')!;
    const rs = exported.find((d) => d.spec.name === 'RS')!;
    const ovr = rs.rows.find((r) => r.RSTESTCD === 'OVRLRESP')!;
    expect(
      unlisted([
        { spec: ae.spec, rows: [{ ...ae.rows[0]!, AESER: 'UNKNOWN' }] },
        { spec: rs.spec, rows: [{ ...ovr, RSSTRESC: 'iCR' }] },
      ]),
    ).toEqual(['AE.AESER = UNKNOWN', 'RS.RSSTRESC[IT.RS.RSSTRESC.OVRLRESP] = iCR']);
  });
});

if (!hasXmllint && !inCi)
  console.warn('define-xml.test: xmllint not found (Debian libxml2-utils) — XML checks skipped');
