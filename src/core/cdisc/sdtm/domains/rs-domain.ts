/**
 * RS (Disease Response, SDTMIG 3.4 / SDTM Oncology): per assessment the target, non-target,
 * new-lesion and overall responses, and the confirmed best overall response — every value from
 * the RECIST 1.1 engine (core/recist), flagged derived (RSDRVFL = Y) with the criteria in RSCAT:
 * over the investigator's measurements (RSEVAL = INVESTIGATOR) and over the independent
 * radiology reviewer's (INDEPENDENT ASSESSOR, RSEVALID = RADIOLOGIST 1). ADRS analyses the
 * investigator's: the protocol's ORR is "assessed by RECIST 1.1" and names no independent
 * review as primary.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { type SubjectContext, subjectContext } from './subject-context.ts';
import { READERS } from './tu-tr-domains.ts';

export const rsSpec: DatasetSpec = {
  name: 'RS',
  label: 'Disease Response and Clin Classification',
  class: 'FINDINGS',
  structure: 'One record per response assessment per visit per subject per assessor',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('RSSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('RSTESTCD', 'Assessment Short Name', 8, { mandatory: true }),
    char('RSTEST', 'Assessment Name', 40, { mandatory: true }),
    char('RSCAT', 'Category for Assessment', 20),
    char('RSORRES', 'Result or Finding in Original Units', 20),
    char('RSSTRESC', 'Character Result/Finding in Std Format', 20),
    char('RSEVAL', 'Evaluator', 40),
    char('RSEVALID', 'Evaluator Identifier', 40),
    char('RSDRVFL', 'Derived Flag', 1),
    num('VISITNUM', 'Visit Number'),
    char('VISIT', 'Visit Name', 60),
    char('EPOCH', 'Epoch', 40),
    char('RSDTC', 'Date/Time of Assessment', 19),
    int('RSDY', 'Study Day of Assessment'),
  ],
};

const TESTS = [
  ['TRGRESP', 'Target Response', 'target'],
  ['NTRGRESP', 'Non-target Response', 'nonTarget'],
  ['NEWLIND', 'New Lesion Indicator', 'newLesion'],
  ['OVRLRESP', 'Overall Response', 'overall'],
] as const;

export function rsRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  const rows: Record<string, unknown>[] = [];
  for (const reader of READERS) {
    const r = reader.reader === 'site' ? s.recist : s.recistIndependent;
    if (r) rsReaderRows(c, s, reader, r, rows);
  }
  return numbered(rows, 'RSDTC', 'RSSEQ');
}

function rsReaderRows(
  c: SubjectContext,
  s: ExportSubject,
  reader: (typeof READERS)[number],
  r: NonNullable<ExportSubject['recist']>,
  rows: Record<string, unknown>[],
): void {
  const visitOfDate = new Map(
    s.tumourAssessments.filter((t) => t.reader === reader.reader).map((t) => [t.date, t.visitId]),
  );
  const base = {
    STUDYID: c.studyId,
    DOMAIN: 'RS',
    USUBJID: c.usubjid,
    RSCAT: 'RECIST 1.1',
    RSEVAL: reader.eval,
    RSEVALID: reader.evalId,
    RSDRVFL: 'Y',
  };
  for (const tp of r.timepoints) {
    const at = {
      ...c.visit(visitOfDate.get(tp.date) ?? null),
      EPOCH: c.epoch(tp.date),
      RSDTC: tp.date,
      RSDY: c.dy(tp.date),
    };
    for (const [code, name, key] of TESTS) {
      const value = tp[key];
      if (value === null) continue;
      // NEWLIND: YES → Y, NO → N; an equivocal new lesion stays EQUIVOCAL (RECIST 1.1 §4.3.5:
      // not progression until confirmed), never UNEQUIVOCAL
      const text =
        key === 'newLesion' ? (value === 'YES' ? 'Y' : value === 'NO' ? 'N' : 'EQUIVOCAL') : value;
      rows.push({ ...base, RSTESTCD: code, RSTEST: name, RSORRES: text, RSSTRESC: text, ...at });
    }
  }
  const bor = r.bestOverallResponse.confirmed;
  rows.push({
    ...base,
    RSTESTCD: 'BESTRSP',
    RSTEST: 'Best Overall Response',
    RSORRES: bor.response,
    RSSTRESC: bor.response,
    VISITNUM: null,
    VISIT: null,
    EPOCH: null,
    RSDTC: bor.date,
    RSDY: c.dy(bor.date),
  });
}
