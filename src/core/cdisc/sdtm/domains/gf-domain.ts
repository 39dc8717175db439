/**
 * GF (Genomics Findings, SDTMIG 3.4 §6.3.7): the MEN1 variant results — HGVS cDNA and protein
 * notation, germline or somatic origin, classification — one record per result per test.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const gfSpec: DatasetSpec = {
  name: 'GF',
  label: 'Genomics Findings',
  class: 'FINDINGS',
  structure: 'One record per finding per observation per biospecimen per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('GFSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('GFGRPID', 'Group ID', 10),
    char('GFTESTCD', 'Short Name of Genomic Measurement', 8, { mandatory: true }),
    char('GFTEST', 'Name of Genomic Measurement', 40, { mandatory: true }),
    char('GFGENSR', 'Genetic Sub-Region', 10),
    char('GFSYM', 'Genomic Symbol', 10),
    char('GFORRES', 'Result or Finding in Original Units', 200),
    char('GFSTRESC', 'Character Result/Finding in Std Format', 200),
    char('GFINHERT', 'Inheritability', 10),
    char('GFSPEC', 'Specimen Material Type', 20),
    char('GFNAM', 'Laboratory/Vendor Name', 200),
    char('GFDTC', 'Date/Time of Collection', 19),
    int('GFDY', 'Study Day of Collection'),
  ],
};

export function gfRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  const rows: Record<string, unknown>[] = [];
  s.men1Results.forEach((m, i) => {
    const common = {
      STUDYID: c.studyId,
      DOMAIN: 'GF',
      USUBJID: c.usubjid,
      GFGRPID: String(i + 1),
      GFGENSR: null,
      GFSYM: 'MEN1',
      GFINHERT: m.origin.toUpperCase().slice(0, 10),
      GFSPEC: m.sample.toUpperCase().slice(0, 20),
      GFNAM: m.lab?.slice(0, 200) ?? null,
      GFDTC: m.reportDate,
      GFDY: c.dy(m.reportDate),
    };
    const tests: [string, string, string | null][] = [
      ['SNVCNAM', 'SNV c-dot Name', m.hgvsC],
      ['SNVPNAM', 'SNV p-dot Name', m.hgvsP],
      ['VARCLASS', 'Variant Classification', m.classification.toUpperCase()],
    ];
    for (const [code, name, value] of tests) {
      if (value === null) continue;
      rows.push({
        ...common,
        GFTESTCD: code,
        GFTEST: name,
        GFORRES: value.slice(0, 200),
        GFSTRESC: value.slice(0, 200),
      });
    }
  });
  return numbered(rows, 'GFDTC', 'GFSEQ');
}
