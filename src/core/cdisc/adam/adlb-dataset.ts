/**
 * ADLB (Laboratory Analysis Dataset, ADaM BDS): LB results with analysis value, baseline (last
 * value on or before day 1), change from baseline and the CTCAE v5.0 grade (ATOXGR) from the
 * core's lab grading (core/safety `gradeLabResult`: ×ULN, or ×baseline when baseline abnormal).
 * Tests the CTCAE table does not grade have no ATOXGR.
 */
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import { gradeLabResult } from '../../safety/ctcae-lab-grading.ts';
import { LAB_TESTS, type LabTestCode } from '../../safety/lab-test-codes.ts';
import type { ExportSubject } from '../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { char, date, int, num } from '../format/variable-builders.ts';
import { findingsRows } from '../sdtm/domains/findings-domains.ts';
import { STUDYID, USUBJID } from '../sdtm/identifiers.ts';

export const adlbSpec: DatasetSpec = {
  name: 'ADLB',
  label: 'Laboratory Analysis Dataset',
  class: 'BASIC DATA STRUCTURE',
  structure: 'One record per subject per parameter per analysis visit',
  standard: 'adam',
  variables: [
    STUDYID,
    USUBJID,
    char('PARAMCD', 'Parameter Code', 8, { keySequence: 3 }),
    char('PARAM', 'Parameter', 80),
    num('AVAL', 'Analysis Value'),
    num('BASE', 'Baseline Value'),
    num('CHG', 'Change from Baseline'),
    num('ANRLO', 'Analysis Normal Range Lower Limit'),
    num('ANRHI', 'Analysis Normal Range Upper Limit'),
    char('ABLFL', 'Baseline Record Flag', 1),
    int('ATOXGRN', 'Analysis Toxicity Grade (N)'),
    char('ATOXGR', 'Analysis Toxicity Grade', 1),
    num('AVISITN', 'Analysis Visit (N)'),
    char('AVISIT', 'Analysis Visit', 60),
    date('ADT', 'Analysis Date', { keySequence: 4 }),
    int('ADY', 'Analysis Relative Day'),
  ],
};

const isGraded = (code: string): code is LabTestCode => Object.hasOwn(LAB_TESTS, code);

export function adlbRows(
  study: StudyDefinition,
  s: ExportSubject,
  _cut: string | null,
): DatasetRow[] {
  const lb = findingsRows('LB', study, s);
  const baselineOf = new Map<string, number>();
  const day1 = s.enrollmentDate;
  for (const r of lb) {
    const d = r.LBDTC as string | null;
    if (day1 && d && d <= day1 && typeof r.LBSTRESN === 'number')
      baselineOf.set(r.LBTESTCD as string, r.LBSTRESN);
  }
  const baselineDate = new Map<string, string>();
  for (const r of lb) {
    const d = r.LBDTC as string | null;
    if (day1 && d && d <= day1 && typeof r.LBSTRESN === 'number')
      baselineDate.set(r.LBTESTCD as string, d);
  }
  return lb.map((r) => {
    const code = r.LBTESTCD as string;
    const aval = typeof r.LBSTRESN === 'number' ? r.LBSTRESN : null;
    const base = baselineOf.get(code) ?? null;
    let grade: number | null = null;
    if (aval !== null && isGraded(code) && typeof r.LBSTRESU === 'string') {
      try {
        grade =
          gradeLabResult({
            test: code,
            value: aval,
            unit: r.LBSTRESU,
            lln: (r.LBORNRLO as number | null) ?? null,
            uln: (r.LBORNRHI as number | null) ?? null,
            baseline: base,
          }).grade ?? null;
      } catch {
        grade = null; // unit not convertible or range missing: not gradable, left missing
      }
    }
    return {
      STUDYID: r.STUDYID ?? null,
      USUBJID: r.USUBJID ?? null,
      PARAMCD: code,
      PARAM: `${r.LBTEST as string}${r.LBSTRESU ? ` (${r.LBSTRESU as string})` : ''}`.slice(0, 80),
      AVAL: aval,
      BASE: base,
      CHG: aval !== null && base !== null ? aval - base : null,
      ANRLO: r.LBORNRLO ?? null,
      ANRHI: r.LBORNRHI ?? null,
      ABLFL: baselineDate.get(code) === r.LBDTC ? 'Y' : null,
      ATOXGRN: grade,
      ATOXGR: grade === null ? null : String(grade),
      AVISITN: r.VISITNUM ?? null,
      AVISIT: r.VISIT ?? null,
      ADT: r.LBDTC ?? null,
      ADY: r.LBDY ?? null,
    };
  });
}
