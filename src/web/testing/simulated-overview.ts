/**
 * A dashboard overview (the shape of GET /api/analysis/overview) computed from the seeded trial
 * simulator, scored by the same core engines the server uses (RECIST per subject, endpoints
 * analysis). Chart transforms are tested on it, and the chart browser test serves it, so the
 * figures are drawn from realistic numbers rather than hand-made ones.
 */

import type { EndpointsResult } from '../../core/endpoints/endpoints-analysis.ts';
import { evaluateSubject } from '../../core/recist/evaluate-subject.ts';
import { studyDay } from '../../core/shared/calendar-date.ts';
import { simulateTrial } from '../../core/simulation/simulate-trial.ts';
import { simulatedEndpoints } from '../../core/simulation/simulated-endpoints.ts';
import type { SimulatedPatient } from '../../core/simulation/simulated-patient.ts';
import { DEFAULT_SIMULATION } from '../../core/simulation/simulation-parameters.ts';
import type {
  AeByGrade,
  AnalysisOverview,
  EdishPoint,
  ReasonCount,
  TumourCourse,
} from '../api/analysis.resource.ts';

function countBy<T>(items: readonly T[], key: (t: T) => string | null): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const i of items) {
    const k = key(i);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

function tumourCourse(p: SimulatedPatient, asOf: string, bor: TumourCourse['bor']): TumourCourse {
  const enrolment = p.enrolmentDate as string;
  const scored =
    p.tumourAssessments.length > 0
      ? evaluateSubject({ enrollmentDate: enrolment, assessments: p.tumourAssessments })
      : null;
  const timepoints = (scored?.timepoints ?? []).map((t) => ({
    day: studyDay(enrolment, t.date),
    pctChange: t.changeFromBaselinePct,
    overall: t.overall,
  }));
  const responder = bor === 'CR' || bor === 'PR';
  const firstResponse = timepoints.find((t) => t.overall === 'CR' || t.overall === 'PR');
  const end = p.endOfTreatment;
  return {
    subjectId: p.screeningNumber,
    label: p.screeningNumber,
    siteId: p.siteCode,
    enrolmentDate: enrolment,
    bor,
    bestPctChange: scored?.bestPctChange ?? null,
    treatmentDays: end && end.date <= asOf ? studyDay(enrolment, end.date) : null,
    ongoing: !end || end.date > asOf,
    responseDay: responder && firstResponse ? firstResponse.day : null,
    progressionDay: scored?.progressionDate ? studyDay(enrolment, scored.progressionDate) : null,
    deathDay: p.death ? studyDay(enrolment, p.death.date) : null,
    timepoints,
  };
}

function aeByGrade(patients: readonly SimulatedPatient[]): AeByGrade[] {
  const rows = new Map<string, AeByGrade>();
  for (const p of patients) {
    const worst = new Map<string, number>();
    for (const ae of p.adverseEvents)
      worst.set(ae.term, Math.max(worst.get(ae.term) ?? 0, ae.grade));
    for (const [term, grade] of worst) {
      const row = rows.get(term) ?? { term, grades: [0, 0, 0, 0, 0] };
      row.grades[grade - 1] = (row.grades[grade - 1] ?? 0) + 1;
      rows.set(term, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.term.localeCompare(b.term));
}

function edish(patients: readonly SimulatedPatient[]): EdishPoint[] {
  return patients.flatMap((p) => {
    const peak = (test: string) =>
      Math.max(0, ...p.labs.filter((l) => l.test === test).map((l) => l.value / l.uln));
    const alt = peak('ALT');
    const bili = peak('BILI');
    if (alt === 0 || bili === 0) return [];
    return [
      {
        subjectId: p.screeningNumber,
        label: p.screeningNumber,
        peakAltXUln: alt,
        peakBiliXUln: bili,
      },
    ];
  });
}

/**
 * @example simulatedOverview().endpoints.orr // the simulated cohort's ORR with its exact CI
 * @example simulatedOverview(1000) // a 1,000-patient cohort (screened), for scale
 */
export type SimulatedOverview = AnalysisOverview & {
  endpoints: EndpointsResult;
  enrolmentBySite: Array<{ siteId: string; siteCode: string; dates: string[] }>;
};

export function simulatedOverview(screened = DEFAULT_SIMULATION.screened): SimulatedOverview {
  const params = { ...DEFAULT_SIMULATION, screened };
  const { patients } = simulateTrial(params);
  const asOf = params.asOf;
  const endpoints = simulatedEndpoints(patients);
  const borOf = new Map(endpoints.subjects.map((s) => [s.id, s.bor]));
  const enrolled = patients.filter((p) => p.enrolmentDate !== null);
  const stopped = enrolled.filter((p) => p.endOfTreatment && p.endOfTreatment.date <= asOf);
  const sites = [...new Set(enrolled.map((p) => p.siteCode))].sort();
  return {
    asOf,
    endpoints,
    tumour: enrolled.map((p) => tumourCourse(p, asOf, borOf.get(p.screeningNumber) ?? 'MISSING')),
    consort: {
      screened: patients.length,
      screenFailures: countBy(patients, (p) => p.screenFailure),
      enrolled: enrolled.length,
      treated: enrolled.length,
      discontinued: countBy(stopped, (p) => p.endOfTreatment?.reason ?? null),
      onTreatment: enrolled.length - stopped.length,
      analysed: endpoints.orr.n,
    },
    enrolmentBySite: sites.map((code) => ({
      siteId: code,
      siteCode: code,
      dates: enrolled.filter((p) => p.siteCode === code).map((p) => p.enrolmentDate as string),
    })),
    safety: { aeByGrade: aeByGrade(enrolled), edish: edish(enrolled), openAlerts: 2 },
    openQueries: 3,
    overdueVisits: enrolled.slice(0, 2).map((p, i) => ({
      subjectId: p.screeningNumber,
      label: p.screeningNumber,
      visit: i === 0 ? 'cycle-day-1/3' : 'tumour-evaluation/2',
      kind: i === 0 ? 'cycle-day-1' : 'tumour-evaluation',
      sequence: i === 0 ? 3 : 2,
      cycle: i === 0 ? 3 : 4,
      due: '2026-11-20',
    })),
  };
}
