/**
 * Scores a simulated cohort exactly as the live study would: RECIST 1.1 per patient from the
 * lesion measurements, then the endpoint derivations (ORR, PFS, OS). Used to check that a
 * simulation realises its parameters, and by the demo to show what to expect.
 */

import { analyseEndpoints, type EndpointsResult } from '../endpoints/endpoints-analysis.ts';
import type { EndpointsInput } from '../endpoints/endpoints-input.schema.ts';
import type { SubjectRecord } from '../endpoints/subject-record.schema.ts';
import { evaluateSubject } from '../recist/evaluate-subject.ts';
import type { SimulatedPatient } from './simulated-patient.ts';

export function toSubjectRecord(p: SimulatedPatient): SubjectRecord | null {
  if (!p.enrolmentDate) return null;
  const [baseline] = p.tumourAssessments;
  const scored = baseline
    ? evaluateSubject({ enrollmentDate: p.enrolmentDate, assessments: p.tumourAssessments })
    : null;
  const measurable = !!baseline && baseline.lesions.some((l) => l.kind === 'target');
  return {
    id: p.screeningNumber,
    enrolmentDate: p.enrolmentDate,
    treatmentStartDate: p.enrolmentDate,
    treatmentEndDate: p.endOfTreatment?.date ?? null,
    measurableDiseaseAtBaseline: measurable,
    baselineAssessmentDate: baseline?.date ?? null,
    assessments: scored
      ? scored.timepoints.map((t) => ({ date: t.date, response: t.overall }))
      : [],
    deathDate: p.death?.date ?? null,
    lastKnownAliveDate: p.lastKnownAlive,
    newAnticancerTherapyDate: null,
  };
}

export function simulatedEndpoints(
  patients: SimulatedPatient[],
  extra: Omit<EndpointsInput, 'subjects'> = {},
): EndpointsResult {
  const subjects = patients.map(toSubjectRecord).filter((s): s is SubjectRecord => s !== null);
  return analyseEndpoints({ subjects, ...extra });
}
