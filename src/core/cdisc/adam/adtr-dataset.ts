/**
 * ADTR (Tumor Results Analysis Dataset, ADaM BDS): the sum of target diameters at baseline and
 * each assessment with change and percent change from baseline and the nadir it was compared
 * with — the RECIST engine's numbers (core/recist, integer tenths of a millimetre).
 */
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { char, date, int, num } from '../format/variable-builders.ts';
import { STUDYID, USUBJID, usubjid } from '../sdtm/identifiers.ts';
import { sdtmStudyDay } from '../sdtm/study-day.ts';

export const adtrSpec: DatasetSpec = {
  name: 'ADTR',
  label: 'Tumor Results Analysis Dataset',
  class: 'BASIC DATA STRUCTURE',
  structure: 'One record per subject per parameter per analysis date',
  standard: 'adam',
  variables: [
    STUDYID,
    USUBJID,
    char('PARAMCD', 'Parameter Code', 8, { keySequence: 3 }),
    char('PARAM', 'Parameter', 80),
    num('AVAL', 'Analysis Value'),
    num('BASE', 'Baseline Value'),
    num('CHG', 'Change from Baseline'),
    num('PCHG', 'Percent Change from Baseline'),
    num('NADIR', 'Nadir Value'),
    num('PCHGNAD', 'Percent Change from Nadir'),
    date('ADT', 'Analysis Date', { keySequence: 4 }),
    int('ADY', 'Analysis Relative Day'),
    char('ABLFL', 'Baseline Record Flag', 1),
  ],
};

const tenth = (x: number) => Math.round(x * 10) / 10;

export function adtrRows(
  study: StudyDefinition,
  s: ExportSubject,
  cut: string | null,
): DatasetRow[] {
  const r = s.recist;
  if (!r || !s.enrollmentDate || r.baseline.sumMm === null) return [];
  const id = usubjid(study.id, s.subjectCode);
  const base = r.baseline.sumMm;
  const common = {
    STUDYID: study.id,
    USUBJID: id,
    PARAMCD: 'SUMDIAM',
    PARAM: 'Sum of Diameters of Target Lesions (mm)',
    BASE: base,
  };
  const rows: DatasetRow[] = [
    {
      ...common,
      AVAL: base,
      CHG: null,
      PCHG: null,
      NADIR: null,
      PCHGNAD: null,
      ADT: r.baseline.date,
      ADY: sdtmStudyDay(s.enrollmentDate, r.baseline.date),
      ABLFL: 'Y',
    },
  ];
  for (const t of r.timepoints) {
    if (cut !== null && t.date > cut) continue;
    rows.push({
      ...common,
      AVAL: t.sumMm,
      CHG: t.sumMm === null ? null : tenth(t.sumMm - base),
      PCHG: t.changeFromBaselinePct,
      NADIR: t.nadirMm,
      PCHGNAD: t.changeFromNadirPct,
      ADT: t.date,
      ADY: sdtmStudyDay(s.enrollmentDate, t.date),
      ABLFL: null,
    });
  }
  return rows;
}
