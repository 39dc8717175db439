/**
 * Readies a subject's records for export as of a data cut: drops everything dated after the
 * cut (records, visits, scans, disposition events; a treatment still running at the cut has
 * no last dose), then runs the RECIST engine over the investigator's scans
 * (core/subjects `recistInputFromRecords`, core/recist `evaluateSubject`) and reads measurable
 * disease from the baseline scan. A subject screened after the cut is dropped (null).
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { evaluateSubject } from '../recist/evaluate-subject.ts';
import { DomainError } from '../shared/domain-error.ts';
import {
  measurableDiseaseFromRecords,
  recistInputFromRecords,
} from '../subjects/recist-from-records.ts';
import type { ExportSubject } from './export-subject.ts';

const upTo = (cut: string | null) => (date: string | null | undefined) =>
  cut === null || date === null || date === undefined || date.slice(0, 10) <= cut;
const kept = (cut: string | null) => (date: string | null | undefined) =>
  date && upTo(cut)(date) ? date : null;

/**
 * @example prepareExportSubject(study, raw, '2026-06-30')?.recist?.bestOverallResponse.confirmed
 */
export function prepareExportSubject(
  study: StudyDefinition,
  raw: ExportSubject,
  cut: string | null,
): ExportSubject | null {
  const before = upTo(cut);
  const at = kept(cut);
  const firstDate = raw.consentDate ?? raw.enrollmentDate ?? raw.screenFailureDate;
  if (cut !== null && firstDate && firstDate > cut) return null;
  const visits = raw.visits.filter((v) => before(v.date));
  const visitIds = new Set(visits.map((v) => v.id));
  const d = raw.disposition;
  const s: ExportSubject = {
    ...raw,
    consentWithdrawnDate: at(raw.consentWithdrawnDate),
    enrollmentDate: at(raw.enrollmentDate),
    screenFailureDate: at(raw.screenFailureDate),
    firstDoseDate: at(raw.firstDoseDate),
    lastDoseDate: at(raw.lastDoseDate),
    treatmentEndReason: at(raw.lastDoseDate) ? raw.treatmentEndReason : null,
    dispensations: raw.dispensations.filter((x) => before(x.date)),
    doseChanges: raw.doseChanges.filter((x) => before(x.date)),
    disposition: d && {
      endOfStudyDate: at(d.endOfStudyDate),
      deathDate: at(d.deathDate),
      deathCause: at(d.deathDate) ? d.deathCause : null,
      lostToFollowUpDate: at(d.lostToFollowUpDate),
      lastKnownAliveDate: at(d.lastKnownAliveDate),
      newAnticancerTherapyDate: at(d.newAnticancerTherapyDate),
    },
    medicalHistory: raw.medicalHistory.filter((m) => before(m.startDate)),
    men1Results: raw.men1Results.filter((m) => before(m.reportDate)),
    visits,
    results: raw.results.filter((r) => visitIds.has(r.visitId)),
    tumourAssessments: raw.tumourAssessments.filter((t) => before(t.date)),
    adverseEvents: raw.adverseEvents
      .filter((a) => before(a.onsetDate))
      .map((a) => ({ ...a, resolutionDate: at(a.resolutionDate) })),
    medications: raw.medications
      .filter((m) => before(m.startDate))
      .map((m) => ({ ...m, stopDate: at(m.stopDate) })),
    specimens: raw.specimens.filter((x) => before(x.collectedAt)),
    eligibilityNotMet:
      raw.eligibilityNotMet && before(raw.eligibilityNotMet.date) ? raw.eligibilityNotMet : null,
    recist: null,
    recistIndependent: null,
    measurableDiseaseAtBaseline: false,
  };
  return withRecist(study, s);
}

function withRecist(study: StudyDefinition, s: ExportSubject): ExportSubject {
  if (!s.enrollmentDate) return s;
  const scans = s.tumourAssessments
    .filter((t) => t.reader === 'site')
    .map((t) => ({ date: t.date, lesions: t.lesions }));
  try {
    const measurable = measurableDiseaseFromRecords(s.enrollmentDate, scans)?.measurable ?? false;
    const built = recistInputFromRecords(
      s.enrollmentDate,
      scans,
      s.disposition?.newAnticancerTherapyDate ?? null,
      s.subjectCode,
    );
    const recist = built ? evaluateSubject(built.input, study.recist) : null;
    return {
      ...s,
      measurableDiseaseAtBaseline: measurable,
      recist,
      recistIndependent: independentRecist(study, s),
    };
  } catch (e) {
    // Scans the engine refuses are a data query: RS/ADRS/ADTR stay empty for the subject.
    if (e instanceof DomainError) return { ...s, recistIndependent: independentRecist(study, s) };
    throw e;
  }
}

/** The engine over the independent reviewer's scans (SDTM TU/TR/RS only; ADaM stays on the site's). */
function independentRecist(study: StudyDefinition, s: ExportSubject) {
  if (!s.enrollmentDate) return null;
  const scans = s.tumourAssessments
    .filter((t) => t.reader === 'independent')
    .map((t) => ({ date: t.date, lesions: t.lesions }));
  if (scans.length === 0) return null;
  try {
    const built = recistInputFromRecords(
      s.enrollmentDate,
      scans,
      s.disposition?.newAnticancerTherapyDate ?? null,
      s.subjectCode,
    );
    return built ? evaluateSubject(built.input, study.recist) : null;
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}
