/**
 * BE (Biospecimen Events, SDTMIG 3.4 §6.2): the collection of each specimen sent to the
 * biobank, dated at collection (BESTDTC), linked by BEREFID to its label.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { dtcOfInstant } from '../sdtm-dates.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const beSpec: DatasetSpec = {
  name: 'BE',
  label: 'Biospecimen Events',
  class: 'EVENTS',
  structure: 'One record per instance per biospecimen event per biospecimen identifier',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('BESEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('BEREFID', 'Reference ID', 40),
    char('BETERM', 'Reported Term for the Biospecimen Event', 40, { mandatory: true }),
    char('BEDECOD', 'Standardized Biospecimen Event Name', 40),
    char('BESPEC', 'Specimen Material Type', 40),
    num('VISITNUM', 'Visit Number'),
    char('VISIT', 'Visit Name', 60),
    char('EPOCH', 'Epoch', 40),
    char('BESTDTC', 'Start Date/Time of Biospecimen Event', 19),
    int('BESTDY', 'Study Day of Start of Event'),
  ],
};

export function beRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return numbered(
    s.specimens.map((sp) => {
      const dtc = dtcOfInstant(sp.collectedAt);
      return {
        STUDYID: c.studyId,
        DOMAIN: 'BE',
        USUBJID: c.usubjid,
        BEREFID: sp.label.slice(0, 40),
        BETERM: 'COLLECTED',
        BEDECOD: 'COLLECTING',
        BESPEC: sp.type.toUpperCase().slice(0, 40),
        ...c.visit(sp.visitId),
        EPOCH: c.epoch(dtc),
        BESTDTC: dtc,
        BESTDY: c.dy(dtc),
      };
    }),
    'BESTDTC',
    'BESEQ',
  );
}
