/**
 * The study at a glance, computed from plain subject records with the core engines only: RECIST
 * per subject (confirmed BOR, best % change, time-point responses), the endpoints (ORR, DCR,
 * PFS, OS, the Simon decision), the CONSORT flow, enrolment by site, the safety summary (AEs by
 * worst grade, eDISH peaks). The dashboard and the reports both read this one derivation.
 */
import type { EndpointsResult } from '../endpoints/endpoints-analysis.ts';
import { analyseEndpoints } from '../endpoints/endpoints-analysis.ts';
import type { SubjectRecord } from '../endpoints/subject-record.schema.ts';
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { evaluateSubject } from '../recist/evaluate-subject.ts';
import type { Assessment } from '../recist/recist-input.schema.ts';
import type { TimepointResponse } from '../recist/response-codes.ts';
import { compareDates, type IsoDate, studyDay } from '../shared/calendar-date.ts';

export interface OverviewSubject {
  id: string;
  /** Subject code once enrolled, else the screening number. */
  label: string;
  siteId: string;
  screeningDate: IsoDate | null;
  enrolmentDate: IsoDate | null;
  screenFailureReason: string | null;
  /** Site reads: baseline first. */
  tumourAssessments: Assessment[];
  treatmentEnd: { date: IsoDate; reason: string } | null;
  deathDate: IsoDate | null;
  lastKnownAliveDate: IsoDate | null;
  /**
   * Every date the subject is known to have been alive (recorded last-known-alive dates, visit
   * dates). The latest on or before the as-of date counts: a visit after a data cut must not
   * hide the contact before it (CLINICAL-RULES.md, OS censored at the last date known alive).
   */
  aliveDates?: readonly IsoDate[];
  newAnticancerTherapyDate: IsoDate | null;
  /** Liver labs with their upper limit of normal, for eDISH. */
  labs: Array<{ date: IsoDate; test: string; value: number; uln: number | null }>;
  adverseEvents: Array<{ term: string; grade: number }>;
}

export interface TumourRow {
  subjectId: string;
  label: string;
  siteId: string;
  enrolmentDate: IsoDate;
  bor: string;
  bestPctChange: number | null;
  /** Days on treatment; null while ongoing. */
  treatmentDays: number | null;
  ongoing: boolean;
  responseDay: number | null;
  progressionDay: number | null;
  deathDay: number | null;
  timepoints: Array<{ day: number; pctChange: number | null; overall: TimepointResponse }>;
}

export interface StudyOverview {
  asOf: IsoDate;
  endpoints: EndpointsResult | null;
  tumour: TumourRow[];
  consort: {
    screened: number;
    screenFailures: Array<{ reason: string; count: number }>;
    enrolled: number;
    treated: number;
    discontinued: Array<{ reason: string; count: number }>;
    onTreatment: number;
    analysed: number;
  };
  enrolmentBySite: Array<{ siteId: string; dates: IsoDate[] }>;
  safety: {
    aeByGrade: Array<{ term: string; grades: [number, number, number, number, number] }>;
    edish: Array<{ subjectId: string; label: string; peakAltXUln: number; peakBiliXUln: number }>;
  };
}

function countBy(values: string[]): Array<{ reason: string; count: number }> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

const within = (d: IsoDate | null, asOf: IsoDate): IsoDate | null =>
  d && compareDates(d, asOf) <= 0 ? d : null;

/**
 * Last date known alive: the recorded one when given, else the latest date the subject was seen
 * (a scan, the end of treatment, enrolment) — never a guess beyond the data, never after death.
 */
function lastKnownAlive(
  s: OverviewSubject,
  scans: Assessment[],
  endDate: IsoDate | null,
  death: IsoDate | null,
  asOf: IsoDate,
): IsoDate {
  const seen = [
    s.enrolmentDate!,
    endDate,
    ...scans.map((a) => a.date),
    within(s.lastKnownAliveDate, asOf),
    ...(s.aliveDates ?? []).map((d) => within(d, asOf)),
  ].filter((d): d is IsoDate => d !== null);
  const latest = seen.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  return death && compareDates(latest, death) > 0 ? death : latest;
}

/** @example studyOverview(defaultStudy(), subjects, '2026-11-25').endpoints?.orr.estimate */
export function studyOverview(
  study: StudyDefinition,
  subjects: OverviewSubject[],
  asOf: IsoDate,
): StudyOverview {
  const enrolled = subjects.filter(
    (s) => s.enrolmentDate && compareDates(s.enrolmentDate, asOf) <= 0,
  );
  const rows: TumourRow[] = [];
  const records: SubjectRecord[] = [];
  for (const s of enrolled) {
    const origin = s.enrolmentDate!;
    const scans = s.tumourAssessments.filter((a) => compareDates(a.date, asOf) <= 0);
    const scored = scans.length
      ? evaluateSubject(
          {
            enrollmentDate: origin,
            assessments: scans,
            newTherapyDate: s.newAnticancerTherapyDate,
          },
          study.recist,
        )
      : null;
    const measurable = !!scans[0]?.lesions.some((l) => l.kind === 'target');
    const end =
      s.treatmentEnd && compareDates(s.treatmentEnd.date, asOf) <= 0 ? s.treatmentEnd : null;
    const death = within(s.deathDate, asOf);
    records.push({
      id: s.id,
      enrolmentDate: origin,
      treatmentStartDate: origin,
      treatmentEndDate: end?.date ?? null,
      measurableDiseaseAtBaseline: measurable,
      baselineAssessmentDate: scans[0]?.date ?? null,
      assessments: scored
        ? scored.timepoints.map((t) => ({ date: t.date, response: t.overall }))
        : [],
      deathDate: death,
      lastKnownAliveDate: lastKnownAlive(s, scans, end?.date ?? null, death, asOf),
      newAnticancerTherapyDate: within(s.newAnticancerTherapyDate, asOf),
    });
    const confirmed = scored?.bestOverallResponse.confirmed;
    rows.push({
      subjectId: s.id,
      label: s.label,
      siteId: s.siteId,
      enrolmentDate: origin,
      bor: confirmed?.response ?? 'MISSING',
      bestPctChange: scored?.bestPctChange ?? null,
      treatmentDays: end ? studyDay(origin, end.date) : null,
      ongoing: !end && !death,
      responseDay:
        confirmed?.date && ['CR', 'PR'].includes(confirmed.response)
          ? studyDay(origin, confirmed.date)
          : null,
      progressionDay: scored?.progressionDate ? studyDay(origin, scored.progressionDate) : null,
      deathDay: death ? studyDay(origin, death) : null,
      timepoints: (scored?.timepoints ?? []).map((t) => ({
        day: studyDay(origin, t.date),
        pctChange: t.changeFromBaselinePct,
        overall: t.overall,
      })),
    });
  }
  const d = study.phase2Design;
  const endpoints = records.length
    ? analyseEndpoints({
        subjects: records,
        parameters: study.timeToEvent,
        recistRules: study.recist,
        design: { r1: d.r1, n1: d.n1, r: d.r, n: d.n },
        dataCutoffDate: asOf,
      })
    : null;
  const screened = subjects.filter(
    (s) => !s.screeningDate || compareDates(s.screeningDate, asOf) <= 0,
  );
  const ended = enrolled.map((s) =>
    s.treatmentEnd && compareDates(s.treatmentEnd.date, asOf) <= 0 ? s.treatmentEnd.reason : null,
  );
  const bySite = new Map<string, IsoDate[]>();
  for (const s of enrolled)
    bySite.set(s.siteId, [...(bySite.get(s.siteId) ?? []), s.enrolmentDate!]);
  const aeMap = new Map<string, [number, number, number, number, number]>();
  for (const s of enrolled) {
    // worst grade per subject and term (the usual AE table counts subjects, not events)
    const worst = new Map<string, number>();
    for (const ae of s.adverseEvents)
      worst.set(ae.term, Math.max(worst.get(ae.term) ?? 0, ae.grade));
    for (const [term, g] of worst) {
      const row = aeMap.get(term) ?? [0, 0, 0, 0, 0];
      if (g >= 1 && g <= 5) row[g - 1]! += 1;
      aeMap.set(term, row);
    }
  }
  const edish = enrolled.flatMap((s) => {
    const peak = (test: string) =>
      Math.max(
        0,
        ...s.labs
          .filter((l) => l.test === test && l.uln && compareDates(l.date, asOf) <= 0)
          .map((l) => l.value / (l.uln as number)),
      );
    const alt = peak('ALT');
    const bili = peak('BILI');
    return alt > 0 && bili > 0
      ? [{ subjectId: s.id, label: s.label, peakAltXUln: alt, peakBiliXUln: bili }]
      : [];
  });
  return {
    asOf,
    endpoints,
    tumour: rows,
    consort: {
      screened: screened.length,
      screenFailures: countBy(
        screened.filter((s) => s.screenFailureReason).map((s) => s.screenFailureReason!),
      ),
      enrolled: enrolled.length,
      treated: enrolled.length,
      discontinued: countBy(ended.filter((r): r is string => r !== null)),
      onTreatment: ended.filter((r) => r === null).length,
      analysed: endpoints?.orr.n ?? 0,
    },
    enrolmentBySite: [...bySite].map(([siteId, dates]) => ({ siteId, dates: dates.sort() })),
    safety: {
      aeByGrade: [...aeMap]
        .map(([term, grades]) => ({ term, grades }))
        .sort((a, b) => b.grades.reduce((x, y) => x + y) - a.grades.reduce((x, y) => x + y)),
      edish,
    },
  };
}
