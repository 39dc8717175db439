import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { simonDecision } from '../stats/simon-decision.ts';
import { evaluateEligibility } from './eligibility-evaluation.ts';
import type { EligibilityEvidenceInput } from './eligibility-evidence.schema.ts';
import { enrolmentGate } from './enrolment-gate.ts';
import { eligibleEvidence } from './testing/eligible-evidence.ts';

const study = defaultStudy();
const evidence = eligibleEvidence;
const criterion = (id: string, over: Partial<EligibilityEvidenceInput> = {}) => {
  const c = evaluateEligibility(study, evidence(over)).criteria.find((x) => x.id === id);
  if (!c) throw new Error(`the default protocol has ${id}`);
  return c;
};
const coded = (id: string, over: Partial<EligibilityEvidenceInput> = {}) =>
  criterion(id, over).reasons.map(({ code, params }) => ({ code, params }));

describe('eligibility reasons: codes and params (a screen translates from these)', () => {
  it('ALT exactly 2 × ULN is within the limit; 0.1 above is above (leflunomide label)', () => {
    expect(coded('inc-alt', { baselineAlt: { date: '2025-12-15', value: 80, uln: 40 } })).toEqual([
      {
        code: 'eligibility.alt-within-limit',
        params: { value: 80, timesUln: '2.00', uln: 40, maxTimesUln: 2 },
      },
    ]);
    expect(coded('inc-alt', { baselineAlt: { date: '2025-12-15', value: 80.1, uln: 40 } })).toEqual(
      [
        {
          code: 'eligibility.alt-above-limit',
          params: { value: 80.1, timesUln: '2.00', uln: 40, maxTimesUln: 2 },
        },
      ],
    );
  });

  it('ALT outside the screening window is not a baseline (28 days back is, 29 is not)', () => {
    expect(coded('inc-alt', { baselineAlt: { date: '2025-12-08', value: 35, uln: 40 } })).toEqual([
      {
        code: 'eligibility.alt-within-limit',
        params: { value: 35, timesUln: '0.88', uln: 40, maxTimesUln: 2 },
      },
    ]);
    expect(coded('inc-alt', { baselineAlt: { date: '2025-12-07', value: 35, uln: 40 } })).toEqual([
      {
        code: 'eligibility.alt-not-baseline',
        params: { altDate: '2025-12-07', days: 28, start: '2026-01-05' },
      },
    ]);
  });

  it('consent, age, imaging and manual answers carry what decided them', () => {
    expect(coded('inc-consent')).toEqual([
      {
        code: 'eligibility.consent-version-signed',
        params: { signedDate: '2025-12-10', version: '2.0' },
      },
    ]);
    expect(coded('inc-age', { birthDate: '2008-01-05' })).toEqual([
      {
        code: 'eligibility.age-at-least',
        params: { age: 18, checkDate: '2026-01-05', birthDate: '2008-01-05', minAge: 18 },
      },
    ]);
    expect(coded('inc-imaging-window', { baselineImagingDate: '2025-12-07' })).toEqual([
      {
        code: 'eligibility.imaging-too-old',
        params: { imagingDate: '2025-12-07', days: 29, start: '2026-01-05', maxDays: 28 },
      },
    ]);
    expect(coded('exc-pregnancy')).toEqual([
      { code: 'eligibility.manual-no', params: { evidence: 'notes' } },
    ]);
  });

  it('a MEN1 variant names its class, origin and sample by their codes', () => {
    const vus = {
      men1Results: [
        {
          sample: 'tumour' as const,
          origin: 'somatic' as const,
          classification: 'VUS' as const,
          hgvs: 'c.1A>G',
          lab: 'CAMS',
          reportDate: '2025-12-20',
        },
      ],
    };
    expect(criterion('inc-men1', vus).reasons).toEqual([
      {
        code: 'eligibility.men1-variant-lab-reported',
        params: {
          classification: 'VUS',
          origin: 'somatic',
          hgvs: 'c.1A>G',
          sample: 'tumour',
          lab: 'CAMS',
          reportDate: '2025-12-20',
        },
        text: 'VUS somatic MEN1 variant c.1A>G in tumour, CAMS, reported 2025-12-20',
      },
      {
        code: 'eligibility.men1-none-pathogenic',
        params: {},
        text: 'no pathogenic or likely pathogenic MEN1 variant (VUS and benign classes do not count)',
      },
    ]);
  });

  it('the RECIST engine’s reasons pass through: coded ones as they are, plain text as text', () => {
    const recist = { code: 'recist.target-measurable', params: { mm: 23 }, text: 'liver 23 mm' };
    expect(
      criterion('inc-measurable', {
        measurableDisease: { measurable: true, reasons: [recist, 'older text'] },
      }).reasons,
    ).toEqual([
      {
        code: 'eligibility.measurable',
        params: {},
        text: 'at least one measurable lesion (RECIST 1.1)',
      },
      recist,
      { code: 'text', params: {}, text: 'older text' },
    ]);
  });

  it('the gate refuses with one finding per failing criterion: its id, and its own findings', () => {
    const gate = enrolmentGate({
      consent: { signedDate: '2025-12-10', withdrawnDate: null },
      eligibility: evaluateEligibility(
        study,
        evidence({ baselineAlt: { date: '2025-12-15', value: 90, uln: 40 } }),
      ),
      design: simonDecision({ r1: 0, n1: 10, r: 3, n: 29 }, []),
    });
    expect(gate.kind).toBe('refused');
    expect(gate.reasons).toEqual([
      {
        code: 'eligibility.criterion',
        params: {
          criterionId: 'inc-alt',
          findings: 'ALT 90 = 2.25 × ULN (ULN 40) > 2 × ULN: not eligible for leflunomide (label)',
        },
        text: 'inc-alt: ALT 90 = 2.25 × ULN (ULN 40) > 2 × ULN: not eligible for leflunomide (label)',
        criterionId: 'inc-alt',
        findings: [
          {
            code: 'eligibility.alt-above-limit',
            params: { value: 90, timesUln: '2.25', uln: 40, maxTimesUln: 2 },
            text: 'ALT 90 = 2.25 × ULN (ULN 40) > 2 × ULN: not eligible for leflunomide (label)',
          },
        ],
      },
    ]);
  });

  it('the gate’s consent refusal cites ICH E6(R3)', () => {
    const gate = enrolmentGate({
      consent: null,
      eligibility: evaluateEligibility(study, evidence()),
      design: simonDecision({ r1: 0, n1: 10, r: 3, n: 29 }, []),
    });
    expect(gate.reasons).toEqual([
      {
        code: 'enrolment.consent-first',
        params: {},
        text: 'ICH E6(R3): no study procedure before informed consent',
      },
    ]);
  });
});
