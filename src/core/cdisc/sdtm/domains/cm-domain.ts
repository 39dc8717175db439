/**
 * CM (Concomitant/Prior Medications, SDTMIG 3.4 §6.1.2): one record per medication as
 * recorded, with ATC code, dose, route, frequency and indication.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const cmSpec: DatasetSpec = {
  name: 'CM',
  label: 'Concomitant/Prior Medications',
  class: 'INTERVENTIONS',
  structure:
    'One record per recorded medication occurrence or constant-dosing interval per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('CMSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('CMTRT', 'Reported Name of Drug, Med, or Therapy', 200, { mandatory: true }),
    char('CMCLASCD', 'Medication Class Code', 10),
    char('CMINDC', 'Indication', 200),
    num('CMDOSE', 'Dose per Administration'),
    char('CMDOSTXT', 'Dose Description', 40),
    char('CMDOSU', 'Dose Units', 20),
    char('CMDOSFRQ', 'Dosing Frequency per Interval', 20),
    char('CMROUTE', 'Route of Administration', 20),
    char('EPOCH', 'Epoch', 40),
    char('CMSTDTC', 'Start Date/Time of Medication', 19),
    char('CMENDTC', 'End Date/Time of Medication', 19),
    int('CMSTDY', 'Study Day of Start of Medication'),
    int('CMENDY', 'Study Day of End of Medication'),
  ],
};

export function cmRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return numbered(
    s.medications.map((m) => {
      const dose =
        m.dose !== null && Number.isFinite(Number(m.dose)) && m.dose.trim() !== ''
          ? Number(m.dose)
          : null;
      return {
        STUDYID: c.studyId,
        DOMAIN: 'CM',
        USUBJID: c.usubjid,
        CMTRT: m.name.slice(0, 200),
        CMCLASCD: m.atcCode,
        CMINDC: m.indication.slice(0, 200),
        CMDOSE: dose,
        CMDOSTXT: dose === null ? (m.dose?.slice(0, 40) ?? null) : null,
        CMDOSU: m.doseUnit,
        CMDOSFRQ: m.frequency,
        CMROUTE: m.route?.toUpperCase() ?? null,
        EPOCH: c.epoch(m.startDate),
        CMSTDTC: m.startDate,
        CMENDTC: m.stopDate,
        CMSTDY: c.dy(m.startDate),
        CMENDY: c.dy(m.stopDate),
      };
    }),
    'CMSTDTC',
    'CMSEQ',
  );
}
