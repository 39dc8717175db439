/**
 * ADRS (Response Analysis Dataset, ADaM BDS): OVR per assessment (RECIST engine time-point
 * response), BOR (unconfirmed best), CBOR (confirmed best, the primary endpoint's basis) and
 * RSP (confirmed objective response Y/N) — all from core derivations. AVAL orders responses
 * (CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD 5, NE 6, MISSING 7).
 */

import { isObjectiveResponse } from '../../endpoints/response-rates.ts';
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import type { BorResponse } from '../../recist/response-codes.ts';
import type { ExportSubject } from '../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { char, date, int, num } from '../format/variable-builders.ts';
import { STUDYID, USUBJID, usubjid } from '../sdtm/identifiers.ts';
import { sdtmStudyDay } from '../sdtm/study-day.ts';
import { subjectEndpoints } from './subject-endpoints.ts';

export const adrsSpec: DatasetSpec = {
  name: 'ADRS',
  label: 'Response Analysis Dataset',
  class: 'BASIC DATA STRUCTURE',
  structure: 'One record per subject per parameter per analysis date',
  standard: 'adam',
  variables: [
    STUDYID,
    USUBJID,
    char('PARAMCD', 'Parameter Code', 8, { keySequence: 3 }),
    char('PARAM', 'Parameter', 80),
    char('AVALC', 'Analysis Value (C)', 20),
    num('AVAL', 'Analysis Value'),
    date('ADT', 'Analysis Date', { keySequence: 4 }),
    int('ADY', 'Analysis Relative Day'),
    char('ANL01FL', 'Analysis Flag 01', 1),
    char('EFFFL', 'Efficacy (Response-Evaluable) Pop Flag', 1),
  ],
};

const CODES: readonly BorResponse[] = ['CR', 'PR', 'SD', 'NON-CR/NON-PD', 'PD', 'NE', 'MISSING'];
const aval = (r: BorResponse) => CODES.indexOf(r) + 1;

export function adrsRows(
  study: StudyDefinition,
  s: ExportSubject,
  cut: string | null,
): DatasetRow[] {
  if (!s.enrollmentDate) return [];
  const id = usubjid(study.id, s.subjectCode);
  const e = subjectEndpoints(study, s, id, cut);
  const efffl = e ? (e.populations.responseEvaluable ? 'Y' : 'N') : null;
  const base = { STUDYID: study.id, USUBJID: id, EFFFL: efffl };
  const ady = (d: string | null) => sdtmStudyDay(s.enrollmentDate, d);
  const rows: DatasetRow[] = (s.recist?.timepoints ?? [])
    .filter((t) => cut === null || t.date <= cut)
    .map((t) => ({
      ...base,
      PARAMCD: 'OVR',
      PARAM: 'Overall Response by Investigator (RECIST 1.1)',
      AVALC: t.overall,
      AVAL: aval(t.overall),
      ADT: t.date,
      ADY: ady(t.date),
      ANL01FL: 'Y',
    }));
  if (e) {
    rows.push(
      {
        ...base,
        PARAMCD: 'BOR',
        PARAM: 'Best Overall Response (unconfirmed)',
        AVALC: e.unconfirmedBor,
        AVAL: aval(e.unconfirmedBor),
        ADT: null,
        ADY: null,
        ANL01FL: 'Y',
      },
      {
        ...base,
        PARAMCD: 'CBOR',
        PARAM: 'Best Overall Response (confirmed)',
        AVALC: e.bor,
        AVAL: aval(e.bor),
        ADT: e.borDate,
        ADY: ady(e.borDate),
        ANL01FL: 'Y',
      },
      {
        ...base,
        PARAMCD: 'RSP',
        PARAM: 'Confirmed Objective Response (CR or PR)',
        AVALC: isObjectiveResponse(e.bor) ? 'Y' : 'N',
        AVAL: isObjectiveResponse(e.bor) ? 1 : 0,
        ADT: e.borDate,
        ADY: ady(e.borDate),
        ANL01FL: 'Y',
      },
    );
  }
  return rows;
}
