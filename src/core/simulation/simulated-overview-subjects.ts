/** Simulated patients as the study overview reads subjects (what the store would return). */
import type { OverviewSubject } from '../analysis/study-overview.ts';
import type { SimulatedPatient } from './simulated-patient.ts';

export function overviewSubjectsFromSimulation(patients: SimulatedPatient[]): OverviewSubject[] {
  return patients.map((p) => ({
    id: p.screeningNumber,
    label: p.screeningNumber,
    siteId: p.siteCode,
    screeningDate: p.consentDate,
    enrolmentDate: p.enrolmentDate,
    screenFailureReason: p.screenFailure,
    tumourAssessments: p.enrolmentDate ? p.tumourAssessments : [],
    treatmentEnd: p.endOfTreatment
      ? { date: p.endOfTreatment.date, reason: p.endOfTreatment.reason }
      : null,
    deathDate: p.death?.date ?? null,
    lastKnownAliveDate: p.lastKnownAlive,
    newAnticancerTherapyDate: null,
    labs: [...p.screeningLabs, ...p.labs].map((l) => ({
      date: l.date,
      test: l.test,
      value: l.value,
      uln: l.uln,
    })),
    adverseEvents: p.adverseEvents.map((a) => ({ term: a.term, grade: a.grade })),
  }));
}
