/**
 * Test evidence of a patient who meets every criterion of the default study on 2026-01-05
 * (consent, age, MEN1 germline variant, measurable disease, imaging in window, ALT ≤ 2 × ULN,
 * the investigator's answers), parsed by the real schema; `over` replaces whole fields.
 */
import {
  type EligibilityEvidence,
  type EligibilityEvidenceInput,
  eligibilityEvidenceSchema,
} from '../eligibility-evidence.schema.ts';

export function eligibleEvidence(
  over: Partial<EligibilityEvidenceInput> = {},
): EligibilityEvidence {
  return eligibilityEvidenceSchema.parse({
    checkDate: '2026-01-05',
    plannedTreatmentStartDate: '2026-01-05',
    consent: { signedDate: '2025-12-10', version: '2.0' },
    birthDate: '1970-05-01',
    men1Results: [
      { sample: 'blood', origin: 'germline', classification: 'pathogenic', hgvs: 'c.1546dupC' },
    ],
    baselineAlt: { date: '2025-12-15', value: 35, uln: 40 },
    measurableDisease: { measurable: true },
    baselineImagingDate: '2025-12-15',
    manualAnswers: {
      'inc-diagnosis': { met: true, evidence: 'notes' },
      'exc-pregnancy': { met: false, evidence: 'notes' },
      'exc-infection-immunodeficiency': { met: false, evidence: 'notes' },
    },
    ...over,
  });
}
