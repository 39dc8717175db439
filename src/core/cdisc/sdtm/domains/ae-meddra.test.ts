import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { meddraOfCtcaeTerm } from '../../../safety/ctcae-meddra.ts';
import { exportCoding } from '../../codelists/export-coding.ts';
import { defineXml } from '../../odm/define-xml-writer.ts';
import { prepareExportSubject } from '../../prepare-export-subject.ts';
import { syntheticSubject } from '../../testing/synthetic-subjects.ts';
import { aeRows, aeSpec } from './ae-domain.ts';

const study = defaultStudy();
const raw = syntheticSubject(6);
const base = raw.adverseEvents[0]!;

describe('AE MedDRA decode from the CTCAE v5.0 term', () => {
  it('knows the published codes of the CTCAE terms it lists, and nothing else', () => {
    expect(meddraOfCtcaeTerm('Alanine aminotransferase increased')).toEqual({
      llt: 'Alanine aminotransferase increased',
      lltCode: 10001551,
      pt: 'Alanine aminotransferase increased',
      ptCode: 10001551,
      soc: 'Investigations',
      socCode: 10022891,
    });
    expect(meddraOfCtcaeTerm(' nausea ')?.ptCode).toBe(10028813);
    expect(meddraOfCtcaeTerm('Nausea')?.socCode).toBe(10017947);
    expect(meddraOfCtcaeTerm('ALT went up')).toBeNull();
  });

  it('fills AELLT/AELLTCD/AEDECOD/AEPTCD/AEBODSYS/AESOC/AESOCCD; a term outside CTCAE stays undecoded', () => {
    const s = prepareExportSubject(
      study,
      {
        ...raw,
        adverseEvents: [
          { ...base, term: 'Alanine aminotransferase increased', onsetDate: '2026-02-01' },
          // site-coded, not a CTCAE v5.0 spelling: the site's codes are kept, AEDECOD stays empty
          { ...base, term: 'Diarrhoea', onsetDate: '2026-02-02' },
        ],
      },
      null,
    )!;
    const [alt, other] = aeRows(study, s);
    expect(alt).toMatchObject({
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
    expect(other).toMatchObject({
      AELLT: null,
      AEDECOD: null,
      AEPTCD: 10012735,
      AESOC: null,
      AESOCCD: 10017947,
    });
  });

  it('define.xml names MedDRA as an external dictionary with its version', () => {
    const xml = defineXml([aeSpec], {
      created: '2026-11-25T09:00:00Z',
      studyOid: study.id,
      studyName: 'x',
      description: 'x',
      protocolName: study.id,
      metaDataVersionOid: 'MDV.1',
      extension: 'xpt',
      coding: exportCoding(study),
    });
    expect(xml).toContain(
      '<CodeList OID="CL.MEDDRA.TERM" Name="MedDRA terms" DataType="text"><ExternalCodeList Dictionary="MEDDRA" Version="20.1"/></CodeList>',
    );
    expect(xml).toContain(
      '<CodeList OID="CL.MEDDRA.CODE" Name="MedDRA codes" DataType="integer"><ExternalCodeList Dictionary="MEDDRA" Version="20.1"/></CodeList>',
    );
    expect(xml).toMatch(
      /<ItemDef OID="IT.AE.AEDECOD"[^>]*><Description>.*?<\/Description><CodeListRef CodeListOID="CL.MEDDRA.TERM"\/>/,
    );
    expect(xml).toMatch(
      /<ItemDef OID="IT.AE.AEPTCD"[^>]*DataType="integer"[^>]*>.*?CL.MEDDRA.CODE/,
    );
    expect(xml.lastIndexOf('<ItemDef')).toBeLessThan(xml.indexOf('<CodeList '));
  });
});
