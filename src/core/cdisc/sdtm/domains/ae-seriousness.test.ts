import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { SERIOUSNESS_CRITERIA } from '../../../safety-records/adverse-event.schema.ts';
import { DomainError } from '../../../shared/domain-error.ts';
import { checkCodedValues } from '../../codelists/coded-value-check.ts';
import { exportCoding } from '../../codelists/export-coding.ts';
import type { ExportAdverseEvent } from '../../export-subject.ts';
import { defineXml } from '../../odm/define-xml-writer.ts';
import { prepareExportSubject } from '../../prepare-export-subject.ts';
import { syntheticSubject } from '../../testing/synthetic-subjects.ts';
import { aeRows, aeSpec, seriousnessFlags } from './ae-domain.ts';

const study = defaultStudy();
const coding = exportCoding(study);
const raw = syntheticSubject(3);
const base = raw.adverseEvents[0]!;
const FLAGS = ['AESCONG', 'AESDISAB', 'AESDTH', 'AESHOSP', 'AESLIFE', 'AESMIE'] as const;

function rowsOf(aes: Partial<ExportAdverseEvent>[]) {
  const s = prepareExportSubject(
    study,
    {
      ...raw,
      adverseEvents: aes.map((a, i) => ({
        ...base,
        onsetDate: `2026-02-${String(i + 1).padStart(2, '0')}`,
        ...a,
      })),
    },
    null,
  )!;
  return aeRows(study, s);
}

const flagsOf = (row: Record<string, unknown>) => Object.fromEntries(FLAGS.map((f) => [f, row[f]]));

describe('AE seriousness flags (SDTMIG 3.4 AE; ICH E2A criteria)', () => {
  it('maps each criterion to its own flag: Y for it, N for the other five, AESER = Y', () => {
    const expected: Record<(typeof SERIOUSNESS_CRITERIA)[number], string> = {
      'congenital-anomaly': 'AESCONG',
      disability: 'AESDISAB',
      death: 'AESDTH',
      hospitalisation: 'AESHOSP',
      'life-threatening': 'AESLIFE',
      'other-important': 'AESMIE',
    };
    // every criterion the CRF offers is covered
    expect(Object.keys(expected).sort()).toEqual([...SERIOUSNESS_CRITERIA].sort());
    const rows = rowsOf(SERIOUSNESS_CRITERIA.map((c) => ({ serious: true, seriousCriteria: [c] })));
    SERIOUSNESS_CRITERIA.forEach((criterion, i) => {
      const row = rows[i]!;
      expect(row.AESER).toBe('Y');
      expect(flagsOf(row)).toEqual(
        Object.fromEntries(FLAGS.map((f) => [f, f === expected[criterion] ? 'Y' : 'N'])),
      );
    });
  });

  it('several criteria on one event set several flags', () => {
    const [row] = rowsOf([{ serious: true, seriousCriteria: ['death', 'hospitalisation'] }]);
    expect(flagsOf(row!)).toEqual({
      AESCONG: 'N',
      AESDISAB: 'N',
      AESDTH: 'Y',
      AESHOSP: 'Y',
      AESLIFE: 'N',
      AESMIE: 'N',
    });
  });

  it('a non-serious event has AESER = N and every seriousness flag null', () => {
    const [row] = rowsOf([{ serious: false, seriousCriteria: [] }]);
    expect(row!.AESER).toBe('N');
    expect(flagsOf(row!)).toEqual(Object.fromEntries(FLAGS.map((f) => [f, null])));
  });

  it('refuses an unknown criterion, naming it (AESCAN "involves cancer" is not collected)', () => {
    const call = () => seriousnessFlags({ serious: true, seriousCriteria: ['cancer'] });
    expect(call).toThrow(DomainError);
    expect(call).toThrow(
      /seriousCriteria: unknown seriousness criterion "cancer".*\[unknown-seriousness-criterion\]/,
    );
  });

  it('refuses seriousness that disagrees with its criteria', () => {
    expect(() => seriousnessFlags({ serious: true, seriousCriteria: [] })).toThrow(
      /\[serious-needs-criterion\]/,
    );
    expect(() => seriousnessFlags({ serious: false, seriousCriteria: ['death'] })).toThrow(
      /non-serious .* no seriousness criteria/,
    );
  });

  it('the flags sit after AEOUT in SDTMIG order, labels ≤ 40 characters, each coded by NY', () => {
    const names = aeSpec.variables.map((v) => v.name);
    const at = names.indexOf('AEOUT');
    expect(names.slice(at + 1, at + 7)).toEqual([...FLAGS]);
    expect(names.indexOf('AETOXGR')).toBeGreaterThan(at + 6);
    expect(names).not.toContain('AESCAN');
    for (const f of FLAGS) {
      const v = aeSpec.variables.find((x) => x.name === f)!;
      expect(v.label.length).toBeLessThanOrEqual(40);
      expect(v.length).toBe(1);
      expect(coding.codingOf(aeSpec, v)).toEqual({ kind: 'codelist', codelist: 'NY' });
    }
    expect(aeSpec.variables.find((v) => v.name === 'AESDISAB')!.label).toBe(
      'Persist or Signif Disability/Incapacity',
    );
  });

  it('define.xml describes each flag with the NY codelist; a value outside NY is reported', () => {
    const xml = defineXml([aeSpec], {
      created: '2026-11-25T09:00:00Z',
      studyOid: study.id,
      studyName: 'x',
      description: 'x',
      protocolName: study.id,
      metaDataVersionOid: 'MDV.1',
      extension: 'xpt',
      coding,
    });
    for (const f of FLAGS) {
      expect(xml).toMatch(
        new RegExp(
          `<ItemDef OID="IT.AE.${f}"[^>]*Length="1"[^>]*>.*?<CodeListRef CodeListOID="CL.NY"/>`,
        ),
      );
      expect(xml).toContain(`ItemOID="IT.AE.${f}"`);
    }
    const [row] = rowsOf([{ serious: true, seriousCriteria: ['life-threatening'] }]);
    expect(checkCodedValues(coding, [{ spec: aeSpec, rows: [row!] }])).toEqual([]);
    const issues = checkCodedValues(coding, [
      { spec: aeSpec, rows: [{ ...row!, AESLIFE: 'YES' }] },
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'AE.AESLIFE = "YES" is not a term of codelist NY',
    ]);
  });
});
