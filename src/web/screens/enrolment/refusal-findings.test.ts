import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../core/protocol/study-definition.ts';
import { evaluateEligibility } from '../../../core/subjects/eligibility-evaluation.ts';
import { enrolmentGate } from '../../../core/subjects/enrolment-gate.ts';
import { refusalFindings } from './refusal-findings.ts';

const study = defaultStudy();

describe('refusalFindings', () => {
  it('introduces each failing criterion of a real gate refusal by its protocol text', () => {
    // ALT 90 with ULN 40 is 2.25 × ULN > 2 (inc-alt fails); the VUS does not count (inc-men1)
    const eligibility = evaluateEligibility(study, {
      checkDate: '2025-09-01',
      plannedTreatmentStartDate: '2025-09-01',
      consent: { signedDate: '2025-08-10' },
      birthDate: '1970-05-01',
      men1Results: [
        { sample: 'blood', origin: 'germline', classification: 'VUS', hgvs: 'c.1546dupC' },
      ],
      baselineAlt: { date: '2025-08-15', value: 90, uln: 40 },
      measurableDisease: { measurable: true, reasons: [] },
      baselineImagingDate: '2025-08-15',
      manualAnswers: {},
    });
    const gate = enrolmentGate({
      consent: { signedDate: '2025-08-10', withdrawnDate: null },
      eligibility,
      design: { enrolmentOpen: true } as never,
    });
    expect(gate.kind).toBe('refused');
    const findings = refusalFindings(gate.reasons, study.eligibility);
    const alt = findings.find((f) => f.criterion?.en.startsWith('Baseline ALT'));
    expect(alt?.criterion?.['zh-CN']).toBe('基线ALT ≤ 2 × ULN（来氟米特说明书）');
    expect(alt?.text).toMatch(/^ALT 90 = 2.25 × ULN/);
    const men1 = findings.find((f) => f.criterion?.en.startsWith('Pathogenic or likely'));
    expect(men1?.text).toMatch(/VUS/);
    expect(findings.every((f) => f.criterion !== null)).toBe(true);
  });

  it('keeps findings about no criterion (consent, phase II design) as written', () => {
    expect(
      refusalFindings(
        [
          'ICH E6(R3): no study procedure before informed consent',
          'stage 1: 10 enrolled',
          'inc-unknown: not in this study',
        ],
        study.eligibility,
      ),
    ).toEqual([
      { criterion: null, text: 'ICH E6(R3): no study procedure before informed consent' },
      { criterion: null, text: 'stage 1: 10 enrolled' },
      { criterion: null, text: 'inc-unknown: not in this study' },
    ]);
  });
});
