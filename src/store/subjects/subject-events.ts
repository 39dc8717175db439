/**
 * Assembles the core's view of a subject from the stored file: the dated events read by the
 * schedule, the derived status and the date-consistency rules (`SubjectEvents`), the tumour
 * assessments in the RECIST engine's shape, and the ALT results. `sources` maps each event path
 * (`events.doses.2.date`) to the record and field it came from, so a refused write can name the
 * request field.
 */

import { storedTumourAssessments } from '../../core/analysis/overview-subject-from-file.ts';
import type { StudyDefinition, VisitKind } from '../../core/protocol/study-definition.schema.ts';
import { evaluateSubject, type RecistSubjectResult } from '../../core/recist/index.ts';
import type { Assessment } from '../../core/recist/recist-input.schema.ts';
import { compareDates, type IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Reason } from '../../core/shared/reason.ts';
import { recistInputFromRecords } from '../../core/subjects/recist-from-records.ts';
import type {
  AltResult,
  SubjectEvents,
  TreatmentEndReason,
} from '../../core/subjects/subject-events.schema.ts';
import type { SubjectFile } from './subject-file.ts';

export interface EventSource {
  recordId: string;
  /** The request body field the date came from. */
  field: string;
}

export interface AssembledEvents {
  events: SubjectEvents;
  sources: Map<string, EventSource>;
  recist: RecistSubjectResult | null;
  /** Why RECIST could not be computed (no scan, stored lesions the engine refuses…). */
  recistProblems: string[];
}

const byDate =
  <T>(date: (x: T) => string) =>
  (a: T, b: T) =>
    compareDates(date(a), date(b));

/** The main informed consent: first signature, withdrawal if any. */
export function mainConsent(
  file: SubjectFile,
): { signedDate: IsoDate; version: string; withdrawnDate: IsoDate | null } | null {
  const main = file.consents.filter((c) => c.kind === 'main').sort(byDate((c) => c.signedDate));
  const first = main[0];
  if (!first) return null;
  const withdrawn = main
    .map((c) => c.withdrawnDate)
    .filter((d): d is string => d !== null)
    .sort(compareDates)[0];
  return {
    signedDate: first.signedDate,
    version: main.at(-1)?.version ?? first.version,
    withdrawnDate: withdrawn ?? null,
  };
}

/** ALT results of every visit, with the lab's ULN (reference high); results without a ULN are left out. */
export function altResults(file: SubjectFile): Array<AltResult & { recordId: string }> {
  const visitDate = new Map(file.visits.map((v) => [v.id, v.visitDate]));
  return file.assessment_results
    .filter((r) => r.itemCode === 'ALT' && r.value !== null && r.referenceHigh !== null)
    .map((r) => ({
      recordId: r.id,
      date: visitDate.get(r.visitId) ?? '',
      value: Number(r.value),
      uln: Number(r.referenceHigh),
    }))
    .filter((r) => r.date !== '' && Number.isFinite(r.value) && r.uln > 0);
}

/** Stored tumour assessments of one reader, in the RECIST engine's input shape (core conversion). */
export function tumourAssessments(file: SubjectFile, reader: 'site' | 'independent'): Assessment[] {
  return storedTumourAssessments(file, reader);
}

/** Runs the RECIST engine over a reader's stored scans (null before enrolment or without scans). */
export function recistOf(
  file: SubjectFile,
  study: StudyDefinition,
  reader: 'site' | 'independent',
): { result: RecistSubjectResult | null; problems: string[]; setAside: Reason[] } {
  const day1 = file.subject.enrollmentDate;
  if (!day1)
    return { result: null, problems: ['not enrolled: no day 1 to score from'], setAside: [] };
  const built = recistInputFromRecords(
    day1,
    tumourAssessments(file, reader),
    file.dispositions[0]?.newAnticancerTherapyDate ?? null,
    file.subject.subjectCode ?? file.subject.id,
  );
  if (!built) return { result: null, problems: ['no tumour assessment recorded'], setAside: [] };
  try {
    return {
      result: evaluateSubject(built.input, study.recist),
      problems: [],
      setAside: built.setAside,
    };
  } catch (e) {
    if (e instanceof DomainError)
      return { result: null, problems: [e.message], setAside: built.setAside };
    throw e;
  }
}

/**
 * @example assembleEvents(file, study).events.consentDate
 */
export function assembleEvents(file: SubjectFile, study: StudyDefinition): AssembledEvents {
  const sources = new Map<string, EventSource>();
  const s = file.subject;
  if (s.enrollmentDate) sources.set('enrollmentDate', { recordId: s.id, field: 'enrollmentDate' });
  if (s.screenFailureDate)
    sources.set('events.screenFailure.date', { recordId: s.id, field: 'date' });
  const consent = mainConsent(file);
  const mains = file.consents.filter((c) => c.kind === 'main');
  const firstMain = [...mains].sort(byDate((c) => c.signedDate))[0];
  if (firstMain) sources.set('events.consentDate', { recordId: firstMain.id, field: 'signedDate' });
  const withdrawing = mains.find(
    (c) => c.withdrawnDate === consent?.withdrawnDate && c.withdrawnDate,
  );
  if (withdrawing)
    sources.set('events.consentWithdrawalDate', { recordId: withdrawing.id, field: 'date' });

  const doses: Array<{ date: IsoDate; src: EventSource }> = [
    ...file.dispensations.map((d) => ({
      date: d.dispensedDate,
      src: { recordId: d.id, field: 'dispensedDate' },
    })),
    ...file.dose_changes
      .filter((c) => c.kind !== 'interruption')
      .map((c) => ({ date: c.changeDate, src: { recordId: c.id, field: 'date' } })),
    ...file.missed_doses.map((m) => ({
      date: m.missedDate,
      src: { recordId: m.id, field: 'date' },
    })),
  ];
  doses.forEach((d, i) => sources.set(`events.doses.${i}.date`, d.src));

  const end = file.treatment_ends[0];
  if (end)
    sources.set('events.treatmentEnd.lastDoseDate', { recordId: end.id, field: 'lastDoseDate' });
  const disp = file.dispositions[0];
  if (disp) {
    sources.set('events.deathDate', { recordId: disp.id, field: 'deathDate' });
    sources.set('events.newAnticancerTherapyDate', {
      recordId: disp.id,
      field: 'newAnticancerTherapyDate',
    });
  }
  file.visits.forEach((v, i) =>
    sources.set(`events.visitsDone.${i}.date`, { recordId: v.id, field: 'date' }),
  );
  const alt = altResults(file);
  alt.forEach((r, i) =>
    sources.set(`events.altResults.${i}.date`, { recordId: r.recordId, field: 'results' }),
  );

  const recist = recistOf(file, study, 'site');
  const events: SubjectEvents = {
    consentDate: consent?.signedDate,
    screenFailure:
      s.screenFailureDate && s.screenFailureReason
        ? { date: s.screenFailureDate, reason: s.screenFailureReason }
        : undefined,
    doses: doses.map((d) => ({ date: d.date })),
    treatmentEnd: end
      ? { lastDoseDate: end.lastDoseDate, reason: end.reason as TreatmentEndReason }
      : undefined,
    progressionDate: recist.result?.progressionDate ?? undefined,
    deathDate: disp?.deathDate ?? undefined,
    lostToFollowUpDate: disp?.lostToFollowUpDate ?? undefined,
    consentWithdrawalDate: consent?.withdrawnDate ?? undefined,
    newAnticancerTherapyDate: disp?.newAnticancerTherapyDate ?? undefined,
    visitsDone: file.visits.map((v) => ({ kind: v.kind as VisitKind, date: v.visitDate })),
    altResults: alt.map(({ date, value, uln }) => ({ date, value, uln })),
  };
  return { events, sources, recist: recist.result, recistProblems: recist.problems };
}
