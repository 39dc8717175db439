/**
 * TI (Trial Inclusion/Exclusion Criteria, SDTMIG 3.4 §7.4.1) from the protocol's eligibility
 * criteria. IETESTCD is INCL01…/EXCL01… in protocol order (8 characters at most); IE records
 * of subjects use the same codes (`ieTestCodes`).
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID } from '../identifiers.ts';

export const tiSpec: DatasetSpec = {
  name: 'TI',
  label: 'Trial Inclusion/Exclusion Criteria',
  class: 'TRIAL DESIGN',
  structure: 'One record per I/E criterion',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    char('IETESTCD', 'Incl/Excl Criterion Short Name', 8, { keySequence: 2, mandatory: true }),
    char('IETEST', 'Inclusion/Exclusion Criterion', 200, { mandatory: true }),
    char('IECAT', 'Inclusion/Exclusion Category', 9, { mandatory: true, codelist: 'IECAT' }),
    char('TIVERS', 'Protocol Criteria Versions', 10),
  ],
};

/** Criterion id → IETESTCD. @example ieTestCodes(study).get('inc-age') // 'INCL02' */
export function ieTestCodes(study: StudyDefinition): Map<string, string> {
  const counters = { inclusion: 0, exclusion: 0 };
  return new Map(
    study.eligibility.map((c) => {
      counters[c.type] += 1;
      const prefix = c.type === 'inclusion' ? 'INCL' : 'EXCL';
      return [c.id, `${prefix}${String(counters[c.type]).padStart(2, '0')}`];
    }),
  );
}

export function tiRows(study: StudyDefinition): DatasetRow[] {
  const codes = ieTestCodes(study);
  return study.eligibility.map((c) => ({
    STUDYID: study.id,
    DOMAIN: 'TI',
    IETESTCD: codes.get(c.id) as string,
    IETEST: c.text.en.slice(0, 200),
    IECAT: c.type === 'inclusion' ? 'INCLUSION' : 'EXCLUSION',
    TIVERS: study.version,
  }));
}
