/**
 * IE (Inclusion/Exclusion Criteria Not Met, SDTMIG 3.4 §6.3.4): one record per criterion the
 * subject did not satisfy at the eligibility decision (the enrolment date, or the screen failure
 * date), from the protocol's eligibility checklist. IETESTCD/IETEST/IECAT are those of TI
 * (`ieTestCodes`), so every IE test code exists in TI. IEORRES answers the criterion as written
 * (SDTMIG 3.4 §6.3.4 assumption 3): an inclusion criterion not met is N, an exclusion criterion
 * that applies is Y. Criteria met, or still without evidence, are not IE records.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import { invalid } from '../../../shared/domain-error.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { ieTestCodes } from '../design/ti-domain.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const ieSpec: DatasetSpec = {
  name: 'IE',
  label: 'Inclusion/Exclusion Criteria Not Met',
  class: 'FINDINGS',
  structure: 'One record per inclusion/exclusion criterion not met per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('IESEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('IETESTCD', 'Incl/Excl Criterion Short Name', 8, { mandatory: true }),
    char('IETEST', 'Inclusion/Exclusion Criterion', 200, { mandatory: true }),
    char('IECAT', 'Inclusion/Exclusion Category', 9, { mandatory: true, codelist: 'IECAT' }),
    char('IEORRES', 'I/E Criterion Original Result', 1, { mandatory: true, codelist: 'NY' }),
    char('IESTRESC', 'I/E Criterion Result in Std Format', 1, {
      mandatory: true,
      codelist: 'NY',
    }),
    char('EPOCH', 'Epoch', 40),
    char('IEDTC', 'Date/Time of Collection', 19),
    int('IEDY', 'Study Day of Collection'),
  ],
};

/**
 * @example ieRows(study, { …, eligibilityNotMet: { date: '2026-01-03', criterionIds: ['inc-age'] } })
 * // [{ IETESTCD: 'INCL02', IECAT: 'INCLUSION', IEORRES: 'N', IEDTC: '2026-01-03', … }]
 */
export function ieRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const notMet = s.eligibilityNotMet;
  if (!notMet) return [];
  const c = subjectContext(study, s);
  const codes = ieTestCodes(study);
  return numbered(
    notMet.criterionIds.map((id) => {
      const criterion = study.eligibility.find((x) => x.id === id);
      const code = codes.get(id);
      if (!criterion || !code)
        throw invalid(
          'eligibilityNotMet.criterionIds',
          'unknown-criterion',
          `no eligibility criterion "${id}" in study ${study.id} (IE test codes come from TI)`,
        );
      const answer = criterion.type === 'inclusion' ? 'N' : 'Y';
      return {
        STUDYID: c.studyId,
        DOMAIN: 'IE',
        USUBJID: c.usubjid,
        IETESTCD: code,
        IETEST: criterion.text.en.slice(0, 200),
        IECAT: criterion.type === 'inclusion' ? 'INCLUSION' : 'EXCLUSION',
        IEORRES: answer,
        IESTRESC: answer,
        EPOCH: c.epoch(notMet.date),
        IEDTC: notMet.date,
        IEDY: c.dy(notMet.date),
      };
    }),
    'IEDTC',
    'IESEQ',
  );
}
