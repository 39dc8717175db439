/**
 * DM (Demographics, SDTMIG 3.4 §6.1.1): one record per subject screened. RFSTDTC is day 1
 * (enrolment = first dose in this protocol), RFXSTDTC/RFXENDTC the first and last dose, AGE in
 * completed years at consent (core `ageInYears`), ARMCD the single arm, SCRNFAIL for screen
 * failures and NOTASSGN for subjects still in screening (SDTMIG §5 DM assumptions).
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import { isIsoDate } from '../../../shared/calendar-date.ts';
import { ageInYears } from '../../../subjects/age-in-years.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { armOf } from '../design/ta-domain.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { subjectContext } from './subject-context.ts';

export const dmSpec: DatasetSpec = {
  name: 'DM',
  label: 'Demographics',
  class: 'SPECIAL PURPOSE',
  structure: 'One record per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    char('SUBJID', 'Subject Identifier for the Study', 20, { mandatory: true }),
    char('RFSTDTC', 'Subject Reference Start Date/Time', 19),
    char('RFENDTC', 'Subject Reference End Date/Time', 19),
    char('RFXSTDTC', 'Date/Time of First Study Treatment', 19),
    char('RFXENDTC', 'Date/Time of Last Study Treatment', 19),
    char('RFICDTC', 'Date/Time of Informed Consent', 19),
    char('RFPENDTC', 'Date/Time of End of Participation', 19),
    char('DTHDTC', 'Date/Time of Death', 19),
    char('DTHFL', 'Subject Death Flag', 1, { codelist: 'NY' }),
    char('SITEID', 'Study Site Identifier', 40, { mandatory: true }),
    char('BRTHDTC', 'Date/Time of Birth', 10),
    int('AGE', 'Age'),
    char('AGEU', 'Age Units', 5, { codelist: 'AGEU' }),
    char('SEX', 'Sex', 1, { codelist: 'SEX', mandatory: true }),
    char('RACE', 'Race', 60, { codelist: 'RACE' }),
    char('ETHNIC', 'Ethnicity', 30, { codelist: 'ETHNIC' }),
    char('ARMCD', 'Planned Arm Code', 20),
    char('ARM', 'Description of Planned Arm', 200),
    char('ACTARMCD', 'Actual Arm Code', 20),
    char('ACTARM', 'Description of Actual Arm', 200),
    char('ARMNRS', 'Reason Arm and/or Actual Arm is Null', 40),
    char('COUNTRY', 'Country', 3, { mandatory: true, codelist: 'COUNTRY' }),
  ],
};

function armColumns(study: StudyDefinition, s: ExportSubject) {
  const { armcd, arm } = armOf(study);
  if (s.screenFailureDate)
    return {
      ARMCD: 'SCRNFAIL',
      ARM: 'Screen Failure',
      ACTARMCD: 'SCRNFAIL',
      ACTARM: 'Screen Failure',
    };
  if (!s.enrollmentDate)
    return { ARMCD: 'NOTASSGN', ARM: 'Not Assigned', ACTARMCD: 'NOTASSGN', ACTARM: 'Not Assigned' };
  if (!s.firstDoseDate)
    return { ARMCD: armcd, ARM: arm, ACTARMCD: 'NOTTRT', ACTARM: 'Not Treated' };
  return { ARMCD: armcd, ARM: arm, ACTARMCD: armcd, ACTARM: arm };
}

/** @example dmRows(study, subject)[0].AGE // 54 */
export function dmRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  const d = s.disposition;
  const birth = s.birthDate && isIsoDate(s.birthDate) ? s.birthDate : null;
  const age = birth && s.consentDate ? ageInYears(birth, s.consentDate) : null;
  const ends = [
    s.lastDoseDate,
    d?.endOfStudyDate,
    d?.deathDate,
    d?.lostToFollowUpDate,
    s.screenFailureDate,
  ]
    .filter((x): x is string => Boolean(x))
    .sort();
  const arms = armColumns(study, s);
  return [
    {
      STUDYID: c.studyId,
      DOMAIN: 'DM',
      USUBJID: c.usubjid,
      SUBJID: s.subjectCode,
      RFSTDTC: s.enrollmentDate,
      RFENDTC: s.enrollmentDate ? (ends.at(-1) ?? null) : null,
      RFXSTDTC: s.firstDoseDate,
      RFXENDTC: s.lastDoseDate,
      RFICDTC: s.consentDate,
      RFPENDTC: ends.at(-1) ?? null,
      DTHDTC: d?.deathDate ?? null,
      DTHFL: d?.deathDate ? 'Y' : null,
      SITEID: s.siteId,
      BRTHDTC: s.birthDate,
      AGE: age,
      AGEU: age === null ? null : 'YEARS',
      SEX: s.sex ?? 'U',
      RACE: s.race,
      ETHNIC: s.ethnicity,
      ...arms,
      ARMNRS:
        arms.ARMCD === 'SCRNFAIL'
          ? 'SCREEN FAILURE'
          : arms.ARMCD === 'NOTASSGN'
            ? 'NOT ASSIGNED'
            : arms.ACTARMCD === 'NOTTRT'
              ? 'ASSIGNED, NOT TREATED'
              : null,
      COUNTRY: 'CHN',
    },
  ];
}
