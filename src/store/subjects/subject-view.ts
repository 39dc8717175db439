/**
 * What the API shows of a subject, derived on read and never stored (issue 5): the status
 * (core `deriveSubjectStatus`), the timeline, the visit schedule with each visit's status as of
 * today at the site (core `planVisitSchedule`), the eligibility checklist, the dose in force and
 * the drug accountability — beside the records themselves.
 */
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { planVisitSchedule } from '../../core/schedule/visit-schedule.ts';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { ageInYears } from '../../core/subjects/age-in-years.ts';
import { doseOn, doseRegimen } from '../../core/subjects/dose-regimen.ts';
import { drugAccountability } from '../../core/subjects/drug-accountability.ts';
import { isCompleteDate } from '../../core/subjects/partial-date.schema.ts';
import { deriveSubjectStatus, type SubjectStatus } from '../../core/subjects/subject-status.ts';
import { subjectTimeline, type TimelineEntry } from '../../core/subjects/subject-timeline.ts';
import { evaluateStoredEligibility } from './eligibility-evidence.ts';
import { orderedDoseChanges } from './subject-checks.ts';
import { assembleEvents, mainConsent } from './subject-events.ts';
import type { SubjectFile } from './subject-file.ts';

export interface SubjectSummary {
  id: string;
  siteId: string;
  screeningNumber: string;
  subjectCode: string | null;
  enrollmentDate: string | null;
  status: SubjectStatus;
  /**
   * Planned visits whose window closed today at the site with nothing done (core
   * `planVisitSchedule` status `missed`, CLINICAL-RULES.md): the list's "overdue" filter and
   * the dashboard's overdue visits use the same rule. 0 before enrolment.
   */
  overdueVisits: number;
}

export function subjectStatus(
  file: SubjectFile,
  study: StudyDefinition,
  today: IsoDate,
): SubjectStatus {
  return deriveSubjectStatus({
    study,
    enrollmentDate: file.subject.enrollmentDate ?? undefined,
    asOf: today,
    events: assembleEvents(file, study).events,
  });
}

export function subjectSummary(
  file: SubjectFile,
  study: StudyDefinition,
  today: IsoDate,
): SubjectSummary {
  const s = file.subject;
  const events = assembleEvents(file, study).events;
  const overdueVisits = s.enrollmentDate
    ? planVisitSchedule(study, s.enrollmentDate, today, events).visits.filter(
        (v) => v.status.kind === 'missed',
      ).length
    : 0;
  return {
    id: s.id,
    siteId: s.siteId,
    screeningNumber: s.screeningNumber,
    subjectCode: s.subjectCode,
    enrollmentDate: s.enrollmentDate,
    status: deriveSubjectStatus({
      study,
      enrollmentDate: s.enrollmentDate ?? undefined,
      asOf: today,
      events,
    }),
    overdueVisits,
  };
}

function timelineEntries(file: SubjectFile): TimelineEntry[] {
  const s = file.subject;
  const out: TimelineEntry[] = [];
  for (const c of file.consents) {
    out.push({
      date: c.signedDate,
      kind: 'consent',
      label: `${c.kind} consent v${c.version} signed`,
      recordId: c.id,
    });
    if (c.withdrawnDate)
      out.push({
        date: c.withdrawnDate,
        kind: 'consent-withdrawal',
        label: `${c.kind} consent withdrawn`,
        recordId: c.id,
      });
  }
  for (const v of file.visits)
    out.push({
      date: v.visitDate,
      kind: 'visit',
      label: `${v.kind} visit${v.cycle ? ` (cycle ${v.cycle})` : ''}`,
      recordId: v.id,
    });
  if (s.screenFailureDate)
    out.push({
      date: s.screenFailureDate,
      kind: 'screen-failure',
      label: `screen failure: ${s.screenFailureReason}`,
      recordId: s.id,
    });
  if (s.enrollmentDate)
    out.push({
      date: s.enrollmentDate,
      kind: 'enrolment',
      label: `enrolled as ${s.subjectCode} (day 1)`,
      recordId: s.id,
    });
  for (const d of file.dispensations)
    out.push({
      date: d.dispensedDate,
      kind: 'dispensing',
      label: `cycle ${d.cycle}: ${d.tabletsDispensed} tablets dispensed`,
      recordId: d.id,
    });
  for (const r of file.drug_returns)
    out.push({
      date: r.returnDate,
      kind: 'drug-return',
      label: `${r.tabletsReturned} tablets returned`,
      recordId: r.id,
    });
  for (const c of file.dose_changes)
    out.push({
      date: c.changeDate,
      kind: 'dose-change',
      label: `dose ${c.kind}${c.doseMg ? ` to ${c.doseMg} mg` : ''}: ${c.reason}`,
      recordId: c.id,
    });
  for (const m of file.missed_doses)
    out.push({
      date: m.missedDate,
      kind: 'missed-dose',
      label: `dose missed${m.reason ? `: ${m.reason}` : ''}`,
      recordId: m.id,
    });
  for (const e of file.treatment_ends)
    out.push({
      date: e.lastDoseDate,
      kind: 'end-of-treatment',
      label: `last dose; treatment ended (${e.reason})`,
      recordId: e.id,
    });
  for (const d of file.dispositions) {
    if (d.newAnticancerTherapyDate)
      out.push({
        date: d.newAnticancerTherapyDate,
        kind: 'new-anticancer-therapy',
        label: `new anticancer therapy: ${d.newAnticancerTherapy}`,
        recordId: d.id,
      });
    if (d.lostToFollowUpDate)
      out.push({
        date: d.lostToFollowUpDate,
        kind: 'lost-to-follow-up',
        label: 'lost to follow-up',
        recordId: d.id,
      });
    if (d.lastKnownAliveDate)
      out.push({
        date: d.lastKnownAliveDate,
        kind: 'last-known-alive',
        label: 'last date known alive',
        recordId: d.id,
      });
    if (d.deathDate)
      out.push({
        date: d.deathDate,
        kind: 'death',
        label: `death: ${d.deathCause}`,
        recordId: d.id,
      });
    if (d.endOfStudyDate)
      out.push({
        date: d.endOfStudyDate,
        kind: 'end-of-study',
        label: 'end of study',
        recordId: d.id,
      });
  }
  return out;
}

const bool = (v: number | null) => (v === null ? null : Number(v) === 1);

function treatmentView(file: SubjectFile, study: StudyDefinition, today: IsoDate) {
  const day1 = file.subject.enrollmentDate;
  let periods: ReturnType<typeof doseRegimen> = [];
  let problems: string[] = [];
  if (day1) {
    try {
      periods = doseRegimen(study, day1, orderedDoseChanges(file));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      problems = [e.message];
    }
  }
  const returns = new Map(file.drug_returns.map((r) => [r.dispensationId, r]));
  const accountability = drugAccountability(
    study,
    periods,
    [...file.dispensations]
      .sort(
        (a, b) =>
          a.dispensedDate.localeCompare(b.dispensedDate) || Number(a.cycle) - Number(b.cycle),
      )
      .map((d) => {
        const r = returns.get(d.id);
        return {
          id: d.id,
          cycle: Number(d.cycle),
          dispensedDate: d.dispensedDate,
          tabletsDispensed: Number(d.tabletsDispensed),
          returnDate: r?.returnDate ?? null,
          tabletsReturned: r ? Number(r.tabletsReturned) : null,
        };
      }),
    file.missed_doses.map((m) => m.missedDate),
    file.treatment_ends[0]?.lastDoseDate ?? null,
  );
  return {
    doseInForceMg: day1 && !file.treatment_ends.length ? doseOn(periods, today) : null,
    dosePeriods: periods,
    doseProblems: problems,
    dispensations: file.dispensations,
    drugReturns: file.drug_returns,
    accountability,
    doseChanges: file.dose_changes.map((c) => ({
      ...c,
      doseMg: c.doseMg === null ? null : Number(c.doseMg),
    })),
    missedDoses: file.missed_doses,
    treatmentEnd: file.treatment_ends[0] ?? null,
  };
}

export function subjectDetail(file: SubjectFile, study: StudyDefinition, today: IsoDate) {
  const s = file.subject;
  const { events, recist, recistProblems } = assembleEvents(file, study);
  const consent = mainConsent(file);
  let eligibility: unknown = null;
  try {
    eligibility = evaluateStoredEligibility(file, study, s.enrollmentDate ?? today);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    eligibility = { problems: [e.message] };
  }
  return {
    ...subjectSummary(file, study, today),
    asOf: today,
    demographics: {
      sex: s.sex,
      birthDate: s.birthDate,
      ethnicity: s.ethnicity,
      race: s.race,
      ageAtConsent:
        s.birthDate && isCompleteDate(s.birthDate) && consent
          ? ageInYears(s.birthDate, consent.signedDate)
          : null,
    },
    screenFailure: s.screenFailureDate
      ? { date: s.screenFailureDate, reason: s.screenFailureReason }
      : null,
    consents: file.consents,
    medicalHistory: file.medical_history.map((m) => ({ ...m, ongoing: Number(m.ongoing) === 1 })),
    men1Manifestations: file.men1_manifestations,
    priorTherapies: file.prior_therapies,
    men1Results: file.men1_results,
    eligibility: {
      answers: file.eligibility_answers.map((a) => ({ ...a, met: Number(a.met) === 1 })),
      evaluation: eligibility,
    },
    visits: file.visits.map((v) => ({
      ...v,
      results: file.assessment_results.filter((r) => r.visitId === v.id),
      tumourAssessments: file.tumour_assessments
        .filter((t) => t.visitId === v.id)
        .map((t) => ({
          ...t,
          lesions: JSON.parse(t.lesions) as unknown,
          tumourMarkersNormal: bool(t.tumourMarkersNormal),
        })),
    })),
    treatment: treatmentView(file, study, today),
    disposition: file.dispositions[0] ?? null,
    progression: {
      date: events.progressionDate ?? null,
      source: 'RECIST 1.1 engine over the site reads',
      problems: recist ? [] : recistProblems,
    },
    timeline: subjectTimeline(timelineEntries(file), s.enrollmentDate),
    schedule: s.enrollmentDate ? planVisitSchedule(study, s.enrollmentDate, today, events) : null,
  };
}
