/**
 * ADAE (Adverse Event Analysis Dataset, ADaM OCCDS): the AE records with analysis dates,
 * relative days, CTCAE grade (ATOXGR) and the treatment-emergent flag: onset on or after the
 * first dose and no later than 28 days after the last dose (the end-of-treatment window of the
 * protocol; a study parameter to confirm with the sponsor).
 */
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import { addDays, isIsoDate } from '../../shared/calendar-date.ts';
import type { ExportSubject } from '../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { char, date, int } from '../format/variable-builders.ts';
import { aeRows, aeSpec } from '../sdtm/domains/ae-domain.ts';
import { STUDYID, USUBJID } from '../sdtm/identifiers.ts';

/**
 * AE variables ADAE carries as they are in SDTM (ADaM OCCDS: the dictionary-coded term and body
 * system the AE tables count by, and seriousness with its ICH E2A criteria).
 */
const FROM_SDTM_AE = [
  'AEDECOD',
  'AEBODSYS',
  'AESER',
  'AESCONG',
  'AESDISAB',
  'AESDTH',
  'AESHOSP',
  'AESLIFE',
  'AESMIE',
] as const;
const sdtmAeVariable = (name: (typeof FROM_SDTM_AE)[number]) => {
  const v = aeSpec.variables.find((x) => x.name === name);
  if (!v) throw new Error(`SDTM AE has no ${name}`);
  return v;
};

export const adaeSpec: DatasetSpec = {
  name: 'ADAE',
  label: 'Adverse Event Analysis Dataset',
  class: 'OCCURRENCE DATA STRUCTURE',
  structure: 'One record per subject per adverse event',
  standard: 'adam',
  variables: [
    STUDYID,
    USUBJID,
    int('AESEQ', 'Sequence Number', { keySequence: 3 }),
    char('AETERM', 'Reported Term for the Adverse Event', 200),
    ...FROM_SDTM_AE.map(sdtmAeVariable),
    char('AEREL', 'Causality', 40),
    date('ASTDT', 'Analysis Start Date'),
    date('AENDT', 'Analysis End Date'),
    int('ASTDY', 'Analysis Start Relative Day'),
    int('AENDY', 'Analysis End Relative Day'),
    int('ATOXGRN', 'Analysis Toxicity Grade (N)'),
    char('ATOXGR', 'Analysis Toxicity Grade', 1),
    char('TRTEMFL', 'Treatment Emergent Analysis Flag', 1),
    date('TRTSDT', 'Date of First Exposure to Treatment'),
    date('TRTEDT', 'Date of Last Exposure to Treatment'),
  ],
};

const completeDate = (d: unknown) =>
  typeof d === 'string' && isIsoDate(d.slice(0, 10)) ? d.slice(0, 10) : null;

export function adaeRows(
  study: StudyDefinition,
  s: ExportSubject,
  _cut: string | null,
): DatasetRow[] {
  const window = study.schedule.endOfTreatmentWithinDays;
  return aeRows(study, s).map((ae) => {
    const start = completeDate(ae.AESTDTC);
    const teEnd = s.lastDoseDate ? addDays(s.lastDoseDate, window) : null;
    const emergent =
      start !== null &&
      s.firstDoseDate !== null &&
      start >= s.firstDoseDate &&
      (teEnd === null || start <= teEnd);
    return {
      STUDYID: ae.STUDYID ?? null,
      USUBJID: ae.USUBJID ?? null,
      AESEQ: ae.AESEQ ?? null,
      AETERM: ae.AETERM ?? null,
      ...Object.fromEntries(FROM_SDTM_AE.map((name) => [name, ae[name] ?? null])),
      AEREL: ae.AEREL ?? null,
      ASTDT: start,
      AENDT: completeDate(ae.AEENDTC),
      ASTDY: ae.AESTDY ?? null,
      AENDY: ae.AEENDY ?? null,
      ATOXGRN: Number(ae.AETOXGR),
      ATOXGR: ae.AETOXGR ?? null,
      TRTEMFL: emergent ? 'Y' : null,
      TRTSDT: s.firstDoseDate,
      TRTEDT: s.lastDoseDate,
    };
  });
}
