import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../core/protocol/study-definition.ts';
import { textReason } from '../../../core/shared/reason-from-stored.ts';
import { evaluateEligibility } from '../../../core/subjects/eligibility-evaluation.ts';
import { enrolmentGate } from '../../../core/subjects/enrolment-gate.ts';
import { enrolmentReason } from '../../../core/subjects/enrolment-reasons.ts';
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
    expect(alt?.reasons.map((r) => r.text)).toEqual([
      'ALT 90 = 2.25 × ULN (ULN 40) > 2 × ULN: not eligible for leflunomide (label)',
    ]);
    expect(alt?.reasons[0]).toMatchObject({
      code: 'eligibility.alt-above-limit',
      params: { value: 90, timesUln: '2.25', uln: 40, maxTimesUln: 2 },
    });
    const men1 = findings.find((f) => f.criterion?.en.startsWith('Pathogenic or likely'));
    expect(men1?.reasons.map((r) => r.code)).toEqual([
      'eligibility.men1-variant',
      'eligibility.men1-none-pathogenic',
    ]);
    expect(men1?.reasons[0]?.text).toMatch(/VUS/);
    expect(findings.every((f) => f.criterion !== null)).toBe(true);
  });

  it('keeps findings about no criterion of the study (consent, phase II design, text) as one reason', () => {
    const consent = enrolmentReason('enrolment.consent-first');
    const text = textReason('stage 1: 10 enrolled');
    const unknown = {
      code: 'eligibility.criterion',
      params: { criterionId: 'inc-unknown', findings: 'not in this study' },
      text: 'inc-unknown: not in this study',
    };
    expect(refusalFindings([consent, text, unknown], study.eligibility)).toEqual([
      { criterion: null, reasons: [consent] },
      { criterion: null, reasons: [text] },
      { criterion: null, reasons: [unknown] },
    ]);
  });
});
