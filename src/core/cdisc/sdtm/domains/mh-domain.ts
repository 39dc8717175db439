/**
 * MH (Medical History, SDTMIG 3.4 §6.2.5): the conditions recorded at screening, with
 * MHENRTPT = ONGOING (relative to screening, MHENTPT) for those still present.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const mhSpec: DatasetSpec = {
  name: 'MH',
  label: 'Medical History',
  class: 'EVENTS',
  structure: 'One record per medical history event per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('MHSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('MHTERM', 'Reported Term for the Medical History', 200, { mandatory: true }),
    char('MHSTDTC', 'Start Date/Time of Medical History Event', 19),
    char('MHENDTC', 'End Date/Time of Medical History Event', 19),
    char('MHENRTPT', 'End Relative to Reference Time Point', 10),
    char('MHENTPT', 'End Reference Time Point', 20),
  ],
};

export function mhRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return numbered(
    s.medicalHistory.map((m) => ({
      STUDYID: c.studyId,
      DOMAIN: 'MH',
      USUBJID: c.usubjid,
      MHTERM: m.term.slice(0, 200),
      MHSTDTC: m.startDate,
      MHENDTC: m.endDate,
      MHENRTPT: m.ongoing ? 'ONGOING' : null,
      MHENTPT: m.ongoing ? 'SCREENING' : null,
    })),
    'MHSTDTC',
    'MHSEQ',
  );
}
