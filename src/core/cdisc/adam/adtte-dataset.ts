/**
 * ADTTE (Time-to-Event Analysis Dataset, ADaM BDS-TTE): PFS, OS and duration of response per
 * subject, every value from the core endpoint derivation — AVAL in days from enrolment
 * (inclusive: end − origin + 1, CLINICAL-RULES.md), CNSR 0 for an event and 1 for censoring,
 * the event or censoring date, and the derivation's reason code and explanation.
 */
import type { TimeToEvent } from '../../endpoints/time-to-event.ts';
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { char, date, int, num } from '../format/variable-builders.ts';
import { STUDYID, USUBJID, usubjid } from '../sdtm/identifiers.ts';
import { subjectEndpoints } from './subject-endpoints.ts';

export const adtteSpec: DatasetSpec = {
  name: 'ADTTE',
  label: 'Time-to-Event Analysis Dataset',
  class: 'BASIC DATA STRUCTURE',
  structure: 'One record per subject per parameter',
  standard: 'adam',
  variables: [
    STUDYID,
    USUBJID,
    char('PARAMCD', 'Parameter Code', 8, { keySequence: 3 }),
    char('PARAM', 'Parameter', 80),
    num('AVAL', 'Analysis Value'),
    char('AVALU', 'Analysis Value Unit', 10),
    num('AVALM', 'Analysis Value (Months)'),
    date('STARTDT', 'Time-to-Event Origin Date for Subject'),
    date('ADT', 'Analysis Date'),
    int('CNSR', 'Censor'),
    char('EVNTDESC', 'Event or Censoring Description', 200),
    char('CNSDTDSC', 'Censor Date Description', 200),
    char('SRCREAS', 'Derivation Reason Code', 40),
    char('SAFFL', 'Safety Population Flag', 1),
    char('EFFFL', 'Efficacy (Response-Evaluable) Pop Flag', 1),
  ],
};

const PARAMS = [
  ['PFS', 'Progression-Free Survival (days)', 'pfs'],
  ['OS', 'Overall Survival (days)', 'os'],
  ['DOR', 'Duration of Response (days)', 'dor'],
] as const;

export function adtteRows(
  study: StudyDefinition,
  s: ExportSubject,
  cut: string | null,
): DatasetRow[] {
  if (!s.enrollmentDate) return [];
  const id = usubjid(study.id, s.subjectCode);
  const e = subjectEndpoints(study, s, id, cut);
  if (!e) return [];
  const rows: DatasetRow[] = [];
  for (const [code, name, key] of PARAMS) {
    const t: TimeToEvent<string> | null = e[key];
    if (!t) continue;
    const explanation = t.reasons.join('; ').slice(0, 200);
    rows.push({
      STUDYID: study.id,
      USUBJID: id,
      PARAMCD: code,
      PARAM: name,
      AVAL: t.days,
      AVALU: 'DAYS',
      AVALM: t.months,
      STARTDT: key === 'dor' ? e.borDate : s.enrollmentDate,
      ADT: t.date,
      CNSR: t.event ? 0 : 1,
      EVNTDESC: t.event ? explanation : null,
      CNSDTDSC: t.event ? null : explanation,
      SRCREAS: t.reason,
      SAFFL: e.populations.treated ? 'Y' : 'N',
      EFFFL: e.populations.responseEvaluable ? 'Y' : 'N',
    });
  }
  return rows;
}
