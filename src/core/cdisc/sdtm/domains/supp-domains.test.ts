import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { DomainError } from '../../../shared/domain-error.ts';
import { exportCoding } from '../../codelists/export-coding.ts';
import { checkDatasetSpec } from '../../format/dataset-spec-check.ts';
import { defineXml } from '../../odm/define-xml-writer.ts';
import { prepareExportSubject } from '../../prepare-export-subject.ts';
import { syntheticSubject } from '../../testing/synthetic-subjects.ts';
import { qualifier } from '../supp-qualifiers.ts';
import { aeRows } from './ae-domain.ts';
import { suppaeRows, suppaeSpec, suppdmRows, suppdmSpec } from './supp-domains.ts';

const study = defaultStudy();
const raw = syntheticSubject(5);
const base = raw.adverseEvents[0]!;
const subject = prepareExportSubject(
  study,
  {
    ...raw,
    adverseEvents: [
      // recorded out of onset order: AESEQ follows onset, so the links must too
      {
        ...base,
        term: 'Nausea',
        onsetDate: '2026-03-01',
        resolutionDate: null,
        serious: true,
        seriousCriteria: ['hospitalisation'],
        awarenessAt: '2026-03-02T06:15:09.120Z',
        saeReportedAt: '2026-03-02T20:00:00.000Z',
      },
      {
        ...base,
        term: 'Fatigue',
        onsetDate: '2026-02-01',
        resolutionDate: null,
        awarenessAt: null,
      },
    ],
  },
  null,
)!;

describe('SUPP-- (supplemental qualifiers)', () => {
  it('SUPPAE links each qualifier to its event by AESEQ, skipping values not recorded', () => {
    const ae = aeRows(study, subject);
    const supp = suppaeRows(study, subject);
    const termOf = (seq: string | null) => ae.find((r) => String(r.AESEQ) === seq)?.AETERM;
    expect(supp.map((r) => [termOf(r.IDVARVAL as string), r.QNAM, r.QVAL])).toEqual([
      ['Fatigue', 'CTCAEVER', '5.0'],
      ['Nausea', 'AEAWRDTC', '2026-03-02T06:15:09'],
      ['Nausea', 'SAERPDTC', '2026-03-02T20:00:00'],
      ['Nausea', 'CTCAEVER', '5.0'],
    ]);
    expect(supp[1]).toMatchObject({
      STUDYID: study.id,
      RDOMAIN: 'AE',
      USUBJID: ae[0]?.USUBJID,
      IDVAR: 'AESEQ',
      QLABEL: 'Date/Time Site Became Aware of Event',
      QORIG: 'CRF',
      QEVAL: null,
    });
  });

  it('SUPPDM carries the screening number for the subject (no IDVAR)', () => {
    expect(suppdmRows(study, subject)).toEqual([
      expect.objectContaining({
        RDOMAIN: 'DM',
        IDVAR: null,
        IDVARVAL: null,
        QNAM: 'SCRNNUM',
        QVAL: 'S00005',
        QORIG: 'Assigned',
      }),
    ]);
  });

  it('keeps QNAM to 8 characters and QLABEL to 40, and the specs to the SAS V5 limits', () => {
    const q = { dataType: 'string', length: 10, qorig: 'CRF' } as const;
    expect(() => qualifier({ ...q, qnam: 'AEAWARDTC', qlabel: 'x' })).toThrow(DomainError);
    expect(() => qualifier({ ...q, qnam: 'AEAWARDTC', qlabel: 'x' })).toThrow(/^qnam: QNAM/);
    expect(() => qualifier({ ...q, qnam: 'AEX', qlabel: 'L'.repeat(41) })).toThrow(/^qlabel:/);
    for (const spec of [suppaeSpec, suppdmSpec]) {
      checkDatasetSpec(spec);
      for (const x of spec.qualifiers ?? []) {
        expect(x.qnam.length).toBeLessThanOrEqual(8);
        expect(x.qlabel.length).toBeLessThanOrEqual(40);
      }
    }
  });

  it('define.xml describes each QNAM: a value list on QVAL, a where clause on QNAM, the parent domain', () => {
    const xml = defineXml([suppaeSpec], {
      created: '2026-11-25T09:00:00Z',
      studyOid: study.id,
      studyName: 'x',
      description: 'x',
      protocolName: study.id,
      metaDataVersionOid: 'MDV.1',
      extension: 'xpt',
      coding: exportCoding(study),
    });
    expect(xml).toContain('<ItemGroupDef OID="IG.SUPPAE" Domain="AE" Name="SUPPAE"');
    expect(xml).toContain(
      '<def:WhereClauseDef OID="WC.SUPPAE.QNAM.SAERPDTC"><RangeCheck SoftHard="Soft" def:ItemOID="IT.SUPPAE.QNAM" Comparator="EQ"><CheckValue>SAERPDTC</CheckValue></RangeCheck></def:WhereClauseDef>',
    );
    expect(xml).toMatch(
      /<ItemDef OID="IT.SUPPAE.QVAL" Name="QVAL"[^>]*>.*<def:ValueListRef ValueListOID="VL.SUPPAE.QVAL"\/><\/ItemDef>/,
    );
    expect(xml).toContain(
      '<ItemDef OID="IT.SUPPAE.QVAL.AEAWRDTC" Name="AEAWRDTC" DataType="datetime" SASFieldName="AEAWRDTC"><Description><TranslatedText xml:lang="en">Date/Time Site Became Aware of Event</TranslatedText></Description><def:Origin Type="Collected" Source="Investigator"/></ItemDef>',
    );
    // MetaDataVersion order (Define-XML 2.1): value lists, where clauses, item groups, items
    const at = (s: string) => xml.indexOf(s);
    expect(at('<def:ValueListDef')).toBeLessThan(at('<def:WhereClauseDef'));
    expect(at('<def:WhereClauseDef')).toBeLessThan(at('<ItemGroupDef'));
    expect(at('<ItemGroupDef')).toBeLessThan(at('<ItemDef'));
  });
});
