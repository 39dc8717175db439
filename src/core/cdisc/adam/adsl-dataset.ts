/**
 * ADSL (Subject-Level Analysis Dataset, ADaMIG 1.3 §3.2): one record per enrolled subject with
 * treatment dates, population flags (enrolled, safety = treated, efficacy = response-evaluable,
 * from core `populationMembership`), confirmed best overall response and death.
 */
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import { daysBetween } from '../../shared/calendar-date.ts';
import type { ExportSubject } from '../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { char, date, int } from '../format/variable-builders.ts';
import { armOf } from '../sdtm/design/ta-domain.ts';
import { dmRows } from '../sdtm/domains/dm-domain.ts';
import { STUDYID, USUBJID, usubjid } from '../sdtm/identifiers.ts';
import { subjectEndpoints } from './subject-endpoints.ts';

export const adslSpec: DatasetSpec = {
  name: 'ADSL',
  label: 'Subject-Level Analysis Dataset',
  class: 'SUBJECT LEVEL ANALYSIS DATASET',
  structure: 'One record per subject',
  standard: 'adam',
  variables: [
    STUDYID,
    USUBJID,
    char('SUBJID', 'Subject Identifier for the Study', 20),
    char('SITEID', 'Study Site Identifier', 40),
    int('AGE', 'Age'),
    char('AGEU', 'Age Units', 5),
    char('SEX', 'Sex', 1),
    char('RACE', 'Race', 60),
    char('ETHNIC', 'Ethnicity', 30),
    char('ARM', 'Description of Planned Arm', 200),
    char('ARMCD', 'Planned Arm Code', 20),
    char('TRT01P', 'Planned Treatment for Period 01', 200),
    char('TRT01A', 'Actual Treatment for Period 01', 200),
    date('RANDDT', 'Date of Enrolment'),
    date('TRTSDT', 'Date of First Exposure to Treatment'),
    date('TRTEDT', 'Date of Last Exposure to Treatment'),
    int('TRTDURD', 'Total Treatment Duration (Days)'),
    char('ENRLFL', 'Enrolled Population Flag', 1),
    char('SAFFL', 'Safety Population Flag', 1),
    char('EFFFL', 'Efficacy (Response-Evaluable) Pop Flag', 1),
    char('BOR', 'Best Overall Response (Confirmed)', 20),
    date('BORDT', 'Date of Best Overall Response'),
    char('BORU', 'Best Overall Response (Unconfirmed)', 20),
    char('DTHFL', 'Subject Death Flag', 1),
    date('DTHDT', 'Date of Death'),
    date('LSTALVDT', 'Date Last Known Alive'),
    char('EOSSTT', 'End of Study Status', 20),
  ],
};

/** @example adslRows(study, subject, null)[0].SAFFL // 'Y' */
export function adslRows(
  study: StudyDefinition,
  s: ExportSubject,
  cut: string | null,
): DatasetRow[] {
  if (!s.enrollmentDate) return [];
  const id = usubjid(study.id, s.subjectCode);
  const dm = dmRows(study, s)[0] as DatasetRow;
  const e = subjectEndpoints(study, s, id, cut);
  const yn = (b: boolean | undefined) => (b === undefined ? null : b ? 'Y' : 'N');
  const d = s.disposition;
  const ended = d?.deathDate || d?.lostToFollowUpDate || s.consentWithdrawnDate;
  const { arm } = armOf(study);
  return [
    {
      STUDYID: study.id,
      USUBJID: id,
      SUBJID: s.subjectCode,
      SITEID: s.siteId,
      AGE: dm.AGE ?? null,
      AGEU: dm.AGEU ?? null,
      SEX: dm.SEX ?? null,
      RACE: dm.RACE ?? null,
      ETHNIC: dm.ETHNIC ?? null,
      ARM: dm.ARM ?? null,
      ARMCD: dm.ARMCD ?? null,
      TRT01P: arm,
      TRT01A: s.firstDoseDate ? arm : null,
      RANDDT: s.enrollmentDate,
      TRTSDT: s.firstDoseDate,
      TRTEDT: s.lastDoseDate,
      TRTDURD:
        s.firstDoseDate && s.lastDoseDate ? daysBetween(s.firstDoseDate, s.lastDoseDate) + 1 : null,
      ENRLFL: 'Y',
      SAFFL: yn(e?.populations.treated),
      EFFFL: yn(e?.populations.responseEvaluable),
      BOR: e?.bor ?? null,
      BORDT: e?.borDate ?? null,
      BORU: e?.unconfirmedBor ?? null,
      DTHFL: d?.deathDate ? 'Y' : null,
      DTHDT: d?.deathDate ?? null,
      LSTALVDT: e?.os.event === false ? e.os.date : (d?.lastKnownAliveDate ?? null),
      EOSSTT: ended ? 'DISCONTINUED' : d?.endOfStudyDate ? 'COMPLETED' : 'ONGOING',
    },
  ];
}
