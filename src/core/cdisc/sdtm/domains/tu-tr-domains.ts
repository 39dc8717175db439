/**
 * TU (Tumor/Lesion Identification) and TR (Tumor/Lesion Results), SDTMIG 3.4 §6.3.10 /
 * SDTM Oncology: TU identifies each lesion once (target, non-target, new) with its location;
 * TR records its measurement at every assessment (longest diameter, or short axis for lymph
 * nodes, RECIST 1.1 §3.1) and the sum of diameters the RECIST engine computed. TULNKID/TRLNKID
 * link the two within one evaluator. Both readers are exported: the site's reads with
 * TUEVAL/TREVAL = INVESTIGATOR, the independent radiology reviewer's with INDEPENDENT ASSESSOR
 * and --EVALID = RADIOLOGIST 1 (SDTM Oncology: one record per … per assessor); --SEQ runs over
 * both, in date order.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { type SubjectContext, subjectContext } from './subject-context.ts';

const common = (p: string) => [
  STUDYID,
  domainVariable,
  USUBJID,
  int(`${p}SEQ`, 'Sequence Number', { keySequence: 3, mandatory: true }),
  char(`${p}LNKID`, 'Link ID', 20),
  char(
    `${p}TESTCD`,
    `${p === 'TU' ? 'Tumor Identification' : 'Tumor/Lesion Assessment'} Short Name`,
    8,
    { mandatory: true },
  ),
  char(
    `${p}TEST`,
    `${p === 'TU' ? 'Tumor Identification' : 'Tumor/Lesion Assessment'} Test Name`,
    40,
    { mandatory: true },
  ),
  char(`${p}ORRES`, 'Result or Finding in Original Units', 40),
];

export const tuSpec: DatasetSpec = {
  name: 'TU',
  label: 'Tumor/Lesion Identification',
  class: 'FINDINGS',
  structure: 'One record per identified tumor per subject per assessor',
  standard: 'sdtm',
  variables: [
    ...common('TU'),
    char('TUSTRESC', 'Character Result/Finding in Std Format', 40),
    char('TULOC', 'Location of the Tumor/Lesion', 40),
    char('TUEVAL', 'Evaluator', 40),
    char('TUEVALID', 'Evaluator Identifier', 40),
    num('VISITNUM', 'Visit Number'),
    char('VISIT', 'Visit Name', 60),
    char('EPOCH', 'Epoch', 40),
    char('TUDTC', 'Date/Time of Tumor/Lesion Identification', 19),
    int('TUDY', 'Study Day of Tumor/Lesion Identification'),
  ],
};

export const trSpec: DatasetSpec = {
  name: 'TR',
  label: 'Tumor/Lesion Results',
  class: 'FINDINGS',
  structure: 'One record per tumor measurement/assessment per visit per subject per assessor',
  standard: 'sdtm',
  variables: [
    ...common('TR'),
    char('TRORRESU', 'Original Units', 10),
    char('TRSTRESC', 'Character Result/Finding in Std Format', 40),
    num('TRSTRESN', 'Numeric Result/Finding in Standard Units'),
    char('TRSTRESU', 'Standard Units', 10),
    char('TREVAL', 'Evaluator', 40),
    char('TREVALID', 'Evaluator Identifier', 40),
    num('VISITNUM', 'Visit Number'),
    char('VISIT', 'Visit Name', 60),
    char('EPOCH', 'Epoch', 40),
    char('TRDTC', 'Date/Time of Tumor/Lesion Measurement', 19),
    int('TRDY', 'Study Day of Tumor/Lesion Measurement'),
  ],
};

const TU_RESULT = { target: 'TARGET', 'non-target': 'NON-TARGET', new: 'NEW' } as const;

/** The two readers of a scan, as SDTM evaluators. */
export const READERS = [
  { reader: 'site', eval: 'INVESTIGATOR', evalId: null },
  { reader: 'independent', eval: 'INDEPENDENT ASSESSOR', evalId: 'RADIOLOGIST 1' },
] as const;

export function tuRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  const rows: Record<string, unknown>[] = [];
  for (const reader of READERS) {
    const seen = new Set<string>();
    const scans = s.tumourAssessments
      .filter((t) => t.reader === reader.reader)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const scan of scans) {
      for (const l of scan.lesions) {
        if (seen.has(l.id) || !l.kind) continue;
        seen.add(l.id);
        rows.push({
          STUDYID: c.studyId,
          DOMAIN: 'TU',
          USUBJID: c.usubjid,
          TULNKID: l.id.slice(0, 20),
          TUTESTCD: 'TUMIDENT',
          TUTEST: 'Tumor Identification',
          TUORRES: TU_RESULT[l.kind],
          TUSTRESC: TU_RESULT[l.kind],
          TULOC: l.organ?.toUpperCase().slice(0, 40) ?? null,
          TUEVAL: reader.eval,
          TUEVALID: reader.evalId,
          ...c.visit(scan.visitId),
          EPOCH: c.epoch(scan.date),
          TUDTC: scan.date,
          TUDY: c.dy(scan.date),
        });
      }
    }
  }
  return numbered(rows, 'TUDTC', 'TUSEQ');
}

export function trRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  const rows: Record<string, unknown>[] = [];
  for (const reader of READERS) {
    const result = reader.reader === 'site' ? s.recist : s.recistIndependent;
    trReaderRows(c, s, reader, result, rows);
  }
  return numbered(rows, 'TRDTC', 'TRSEQ');
}

function trReaderRows(
  c: SubjectContext,
  s: ExportSubject,
  reader: (typeof READERS)[number],
  result: ExportSubject['recist'],
  rows: Record<string, unknown>[],
): void {
  const nodal = new Map<string, boolean>();
  const scans = s.tumourAssessments
    .filter((t) => t.reader === reader.reader)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const sums = new Map<string, number | null>();
  if (result) {
    sums.set(result.baseline.date, result.baseline.sumMm);
    for (const tp of result.timepoints) sums.set(tp.date, tp.sumMm);
  }
  for (const scan of scans) {
    const at = {
      ...c.visit(scan.visitId),
      EPOCH: c.epoch(scan.date),
      TRDTC: scan.date,
      TRDY: c.dy(scan.date),
    };
    const base = {
      STUDYID: c.studyId,
      DOMAIN: 'TR',
      USUBJID: c.usubjid,
      TREVAL: reader.eval,
      TREVALID: reader.evalId,
    };
    for (const l of scan.lesions) {
      if (l.nodal !== undefined) nodal.set(l.id, l.nodal);
      const diameter = l.fragmentsMm ? l.fragmentsMm.reduce((a, b) => a + b, 0) : l.diameterMm;
      if (diameter !== undefined) {
        const isNode = nodal.get(l.id) === true;
        rows.push({
          ...base,
          TRLNKID: l.id.slice(0, 20),
          TRTESTCD: isNode ? 'SAXIS' : 'LDIAM',
          TRTEST: isNode ? 'Short Axis' : 'Longest Diameter',
          TRORRES: String(diameter),
          TRORRESU: 'mm',
          TRSTRESC: String(diameter),
          TRSTRESN: diameter,
          TRSTRESU: 'mm',
          ...at,
        });
      } else if (l.status) {
        rows.push({
          ...base,
          TRLNKID: l.id.slice(0, 20),
          TRTESTCD: 'TUMSTATE',
          TRTEST: 'Tumor State',
          TRORRES: l.status.toUpperCase().slice(0, 40),
          TRORRESU: null,
          TRSTRESC: l.status.toUpperCase().slice(0, 40),
          TRSTRESN: null,
          TRSTRESU: null,
          ...at,
        });
      }
    }
    const sum = sums.get(scan.date);
    if (sum !== undefined && sum !== null) {
      rows.push({
        ...base,
        TRLNKID: null,
        TRTESTCD: 'SUMDIAM',
        TRTEST: 'Sum of Diameter',
        TRORRES: String(sum),
        TRORRESU: 'mm',
        TRSTRESC: String(sum),
        TRSTRESN: sum,
        TRSTRESU: 'mm',
        ...at,
      });
    }
  }
}
