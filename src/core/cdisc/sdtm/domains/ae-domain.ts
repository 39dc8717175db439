/**
 * AE (Adverse Events, SDTMIG 3.4 §6.2.1): one record per adverse event with CTCAE grade
 * (AETOXGR), seriousness, causality, action taken and outcome as recorded.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const aeSpec: DatasetSpec = {
  name: 'AE',
  label: 'Adverse Events',
  class: 'EVENTS',
  structure: 'One record per adverse event per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('AESEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('AETERM', 'Reported Term for the Adverse Event', 200, { mandatory: true }),
    char('AEDECOD', 'Dictionary-Derived Term', 200),
    char('AEPTCD', 'Preferred Term Code', 20),
    char('AESOCCD', 'Primary System Organ Class Code', 20),
    char('AESER', 'Serious Event', 1, { codelist: 'NY' }),
    char('AEACN', 'Action Taken with Study Treatment', 40, { codelist: 'ACN' }),
    char('AEREL', 'Causality', 40),
    char('AEOUT', 'Outcome of Adverse Event', 40, { codelist: 'OUT' }),
    char('AETOXGR', 'Standard Toxicity Grade', 1),
    char('EPOCH', 'Epoch', 40),
    char('AESTDTC', 'Start Date/Time of Adverse Event', 19),
    char('AEENDTC', 'End Date/Time of Adverse Event', 19),
    int('AESTDY', 'Study Day of Start of Adverse Event'),
    int('AEENDY', 'Study Day of End of Adverse Event'),
  ],
};

const upper = (s: string) => s.replaceAll('-', ' ').toUpperCase();

/** AE_OUTCOMES as CDISC OUT submission values (codelist C66768). */
const OUTCOME: Readonly<Record<string, string>> = {
  recovered: 'RECOVERED/RESOLVED',
  recovering: 'RECOVERING/RESOLVING',
  'not-recovered': 'NOT RECOVERED/NOT RESOLVED',
  'recovered-with-sequelae': 'RECOVERED/RESOLVED WITH SEQUELAE',
  fatal: 'FATAL',
  unknown: 'UNKNOWN',
};

export function aeRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return numbered(
    s.adverseEvents.map((a) => ({
      STUDYID: c.studyId,
      DOMAIN: 'AE',
      USUBJID: c.usubjid,
      AETERM: a.term.slice(0, 200),
      AEDECOD: null,
      AEPTCD: a.meddraPtCode,
      AESOCCD: a.meddraSocCode,
      AESER: a.serious ? 'Y' : 'N',
      AEACN: upper(a.actionTaken),
      AEREL: upper(a.relatedness),
      AEOUT: OUTCOME[a.outcome] ?? upper(a.outcome),
      AETOXGR: String(a.grade),
      EPOCH: c.epoch(a.onsetDate),
      AESTDTC: a.onsetDate,
      AEENDTC: a.resolutionDate,
      AESTDY: c.dy(a.onsetDate),
      AEENDY: c.dy(a.resolutionDate),
    })),
    'AESTDTC',
    'AESEQ',
  );
}
