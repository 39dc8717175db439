/**
 * A subject's endpoint derivations for ADaM, straight from the core: the subject's record is
 * handed to `analyseEndpoints` (core/endpoints) with the protocol's parameters, and its
 * per-subject result (confirmed BOR, populations, PFS, OS, DoR with censoring reasons) is what
 * ADSL, ADRS and ADTTE print. Nothing here re-derives a value; the time-point responses come
 * from the RECIST engine's result on the export record.
 */
import { analyseEndpoints, type SubjectEndpoints } from '../../endpoints/endpoints-analysis.ts';
import type { SubjectRecord } from '../../endpoints/subject-record.schema.ts';
import type { StudyDefinition } from '../../protocol/study-definition.schema.ts';
import { DomainError } from '../../shared/domain-error.ts';
import type { ExportSubject } from '../export-subject.ts';

/** The endpoints input record of an enrolled subject (null if not enrolled). */
export function endpointRecord(
  s: ExportSubject,
  usubjid: string,
  cut: string | null,
): SubjectRecord | null {
  if (!s.enrollmentDate) return null;
  const d = s.disposition;
  return {
    id: usubjid,
    enrolmentDate: s.enrollmentDate,
    treatmentStartDate: s.firstDoseDate,
    treatmentEndDate: s.lastDoseDate,
    measurableDiseaseAtBaseline: s.measurableDiseaseAtBaseline,
    baselineAssessmentDate: s.recist?.baseline.date ?? null,
    assessments: (s.recist?.timepoints ?? []).map((t) => ({ date: t.date, response: t.overall })),
    deathDate: d?.deathDate ?? null,
    lastKnownAliveDate: d?.lastKnownAliveDate ?? lastContact(s, cut),
    newAnticancerTherapyDate: d?.newAnticancerTherapyDate ?? null,
  };
}

/** Without a recorded last-known-alive date: the latest visit or dose date on record. */
function lastContact(s: ExportSubject, cut: string | null): string | null {
  const dates = [s.enrollmentDate, s.lastDoseDate, ...s.visits.map((v) => v.date)].filter(
    (x): x is string => Boolean(x) && (cut === null || (x as string) <= cut),
  );
  return dates.sort().at(-1) ?? null;
}

/**
 * @example subjectEndpoints(study, subject, 'LEF-01-001', null)?.pfs // { days, event, reason, … }
 */
export function subjectEndpoints(
  study: StudyDefinition,
  s: ExportSubject,
  usubjid: string,
  cut: string | null,
): SubjectEndpoints | null {
  // ADSL, ADRS and ADTTE read the same derivation: computed once per subject record and cut.
  const key = `${study.id}|${cut ?? ''}`;
  const cached = memo.get(s);
  if (cached?.key === key) return cached.value;
  const value = derive(study, s, usubjid, cut);
  memo.set(s, { key, value });
  return value;
}

const memo = new WeakMap<ExportSubject, { key: string; value: SubjectEndpoints | null }>();

function derive(
  study: StudyDefinition,
  s: ExportSubject,
  usubjid: string,
  cut: string | null,
): SubjectEndpoints | null {
  const record = endpointRecord(s, usubjid, cut);
  if (!record) return null;
  try {
    const result = analyseEndpoints({
      subjects: [record],
      parameters: study.timeToEvent,
      recistRules: study.recist,
      dataCutoffDate: cut,
    });
    return result.subjects[0] ?? null;
  } catch (e) {
    // Inconsistent records (e.g. death before enrolment) are data queries, not export failures:
    // the subject's analysis values stay missing, as the endpoint derivation refuses them.
    if (e instanceof DomainError) return null;
    throw e;
  }
}
