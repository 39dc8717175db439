/**
 * TV (Trial Visits, SDTMIG 3.4 §7.3.1) from the protocol's schedule: screening, each cycle's
 * day 1 and each tumour evaluation up to the endpoint horizon, end of treatment and end of
 * study, with the same VISITNUM the findings domains use. Visits without a fixed day
 * (end of treatment, follow-up contacts) have VISITDY missing and say when in TVSTRL.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID } from '../identifiers.ts';
import { visitLabel, visitNumber } from '../visit-number.ts';
import { armOf } from './ta-domain.ts';

export const tvSpec: DatasetSpec = {
  name: 'TV',
  label: 'Trial Visits',
  class: 'TRIAL DESIGN',
  structure: 'One record per planned Visit per Arm',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    num('VISITNUM', 'Visit Number', { keySequence: 2, mandatory: true }),
    char('VISIT', 'Visit Name', 60),
    int('VISITDY', 'Planned Study Day of Visit'),
    char('ARMCD', 'Planned Arm Code', 20),
    char('ARM', 'Description of Planned Arm', 200),
    char('TVSTRL', 'Visit Start Rule', 200, { mandatory: true }),
    char('TVENRL', 'Visit End Rule', 200),
  ],
};

/**
 * @example tvRows(defaultStudy()).find((r) => r.VISITNUM === 103)?.VISITDY // 57
 */
export function tvRows(study: StudyDefinition): DatasetRow[] {
  const s = study.schedule;
  const { armcd, arm } = armOf(study);
  const base = { STUDYID: study.id, DOMAIN: 'TV', ARMCD: armcd, ARM: arm };
  const rows: DatasetRow[] = [];
  const visit = (
    kind: Parameters<typeof visitNumber>[0],
    n: number,
    day: number | null,
    start: string,
    end: string | null,
  ) =>
    rows.push({
      ...base,
      VISITNUM: visitNumber(kind, n),
      VISIT: visitLabel(kind, n),
      VISITDY: day,
      TVSTRL: start,
      TVENRL: end,
    });

  visit(
    'screening',
    1,
    -s.screeningWindowDays,
    `Study day -${s.screeningWindowDays} to -1`,
    'Day before first dose',
  );
  for (let n = 1; 1 + s.cycleLengthDays * (n - 1) <= s.horizonDays; n++) {
    const day = 1 + s.cycleLengthDays * (n - 1);
    visit('cycle-day-1', n, day, `Study day ${day} ± ${s.cycleVisitWindowDays} days`, null);
  }
  const every = s.cycleLengthDays * s.evaluationEveryCycles;
  for (let k = 1; 1 + every * k <= s.horizonDays; k++) {
    const day = 1 + every * k;
    visit('tumour-evaluation', k, day, `Study day ${day} ± ${s.evaluationWindowDays} days`, null);
  }
  visit(
    'end-of-treatment',
    1,
    null,
    `Within ${s.endOfTreatmentWithinDays} days after the last dose`,
    null,
  );
  visit(
    'end-of-study',
    1,
    s.horizonDays,
    `Study day ${s.horizonDays} ± ${s.endOfStudyWindowDays} days`,
    null,
  );
  return rows;
}
