import { describe, expect, it } from 'vitest';
import { defaultStudyInput } from '../protocol/default-study.ts';
import { defaultStudy, parseStudyDefinition } from '../protocol/study-definition.ts';
import { DomainError } from '../shared/domain-error.ts';
import { reasonTexts } from '../shared/reason.ts';
import { evaluateEligibility } from './eligibility-evaluation.ts';
import {
  type EligibilityEvidenceInput,
  eligibilityEvidenceSchema,
} from './eligibility-evidence.schema.ts';

const study = defaultStudy();
const base: EligibilityEvidenceInput = {
  checkDate: '2025-02-20',
  plannedTreatmentStartDate: '2025-03-03',
  consent: { signedDate: '2025-02-10', version: '2.0' },
  birthDate: '1970-05-05',
  men1Results: [
    {
      sample: 'blood',
      origin: 'germline',
      classification: 'pathogenic',
      hgvs: 'NM_130799.2:c.1546dupC',
      lab: 'CAMS central lab',
    },
  ],
  baselineAlt: { date: '2025-02-12', value: 35, uln: 40 },
  measurableDisease: { measurable: true, reasons: ['liver target 23 mm'] },
  baselineImagingDate: '2025-02-15',
  manualAnswers: {
    'inc-diagnosis': { met: true, evidence: 'metastatic pancreatic NET, progressed on octreotide' },
    'exc-pregnancy': { met: false, evidence: 'male' },
    'exc-infection-immunodeficiency': { met: false, evidence: 'none on history and labs' },
  },
};
const run = (patch: Partial<EligibilityEvidenceInput>, s = study) =>
  evaluateEligibility(s, eligibilityEvidenceSchema.parse({ ...base, ...patch }));
const result = (id: string, patch: Partial<EligibilityEvidenceInput>, s = study) =>
  run(patch, s).criteria.find((c) => c.id === id)?.result;

describe('eligibility checklist', () => {
  it('all evidence present and in range: eligible, every criterion with its reasons', () => {
    const r = run({});
    expect(r.decision.kind).toBe('eligible');
    expect(r.criteria.map((c) => [c.id, c.result, c.verdict])).toEqual([
      ['inc-consent', 'met', 'passes'],
      ['inc-age', 'met', 'passes'],
      ['inc-diagnosis', 'met', 'passes'],
      ['inc-men1', 'met', 'passes'],
      ['inc-measurable', 'met', 'passes'],
      ['inc-imaging-window', 'met', 'passes'],
      ['inc-alt', 'met', 'passes'],
      ['exc-pregnancy', 'not-met', 'passes'],
      ['exc-infection-immunodeficiency', 'not-met', 'passes'],
    ]);
    expect(r.criteria[3]?.reasons[0]?.text).toBe(
      'pathogenic germline MEN1 variant NM_130799.2:c.1546dupC in blood, CAMS central lab',
    );
    expect(reasonTexts(r.criteria[4]?.reasons ?? [])).toContain('liver target 23 mm');
    expect(r.decision.reasons.map((x) => x.text)).toEqual([
      'all 9 criteria of leflunomide-men1-phase2 v1.0 pass',
    ]);
  });

  it('consent: signed on the check day is met, the day after is not; withdrawn is not', () => {
    expect(result('inc-consent', { consent: { signedDate: '2025-02-20' } })).toBe('met');
    expect(result('inc-consent', { consent: { signedDate: '2025-02-21' } })).toBe('not-met');
    expect(
      result('inc-consent', { consent: { signedDate: '2025-02-10', withdrawnDate: '2025-02-20' } }),
    ).toBe('not-met');
    expect(result('inc-consent', { consent: undefined })).toBe('missing-evidence');
  });

  it('age ≥ 18: the 18th birthday on the check day is met, one day short is not', () => {
    expect(result('inc-age', { birthDate: '2007-02-20' })).toBe('met');
    expect(result('inc-age', { birthDate: '2007-02-21' })).toBe('not-met');
    expect(result('inc-age', { birthDate: undefined })).toBe('missing-evidence');
  });

  it('MEN1: pathogenic and likely pathogenic count, VUS and benign do not, none is missing', () => {
    const v = (classification: string, origin = 'somatic', sample = 'tumour') => ({
      men1Results: [{ sample, origin, classification, hgvs: 'c.1A>G' }],
    });
    expect(result('inc-men1', v('likely-pathogenic') as never)).toBe('met');
    expect(result('inc-men1', v('VUS') as never)).toBe('not-met');
    expect(result('inc-men1', v('likely-benign', 'germline', 'blood') as never)).toBe('not-met');
    expect(result('inc-men1', { men1Results: [] })).toBe('missing-evidence');
    const later = run({
      men1Results: [
        {
          sample: 'blood',
          origin: 'germline',
          classification: 'pathogenic',
          hgvs: 'c.1A>G',
          reportDate: '2025-02-21',
        },
      ],
    }).criteria.find((c) => c.id === 'inc-men1');
    expect(later?.result).toBe('missing-evidence');
    expect(reasonTexts(later?.reasons ?? [])).toContain(
      '1 result(s) reported after 2025-02-20 not used',
    );
  });

  it('ALT: exactly 2 × ULN is eligible, above is not', () => {
    expect(result('inc-alt', { baselineAlt: { value: 80, uln: 40 } })).toBe('met');
    expect(result('inc-alt', { baselineAlt: { value: 80.01, uln: 40 } })).toBe('not-met');
    expect(result('inc-alt', { baselineAlt: undefined })).toBe('missing-evidence');
    const r = run({ baselineAlt: { value: 81, uln: 40 } });
    expect(r.decision).toMatchObject({ kind: 'not-eligible', failed: ['inc-alt'] });
    expect(reasonTexts(r.decision.reasons)).toEqual([
      'inc-alt: ALT 81 = 2.03 × ULN (ULN 40) > 2 × ULN: not eligible for leflunomide (label)',
    ]);
  });

  it('ALT: a decimal limit is compared exactly (2.3 × 50 is 114.99999999999999 in doubles)', () => {
    const input = structuredClone(defaultStudyInput);
    const c = input.eligibility.find((x) => x.id === 'inc-alt');
    if (c?.rule.kind === 'alt-max-times-uln') c.rule.maxTimesUln = 2.3;
    const s = parseStudyDefinition(input);
    expect(result('inc-alt', { baselineAlt: { value: 115, uln: 50 } }, s)).toBe('met');
    expect(result('inc-alt', { baselineAlt: { value: 115.001, uln: 50 } }, s)).toBe('not-met');
  });

  it('ALT must be a baseline value: 28 days before the start is, 29 is not', () => {
    expect(result('inc-alt', { baselineAlt: { date: '2025-02-03', value: 30, uln: 40 } })).toBe(
      'met',
    );
    expect(result('inc-alt', { baselineAlt: { date: '2025-02-02', value: 30, uln: 40 } })).toBe(
      'missing-evidence',
    );
  });

  it('measurable disease comes from the RECIST engine', () => {
    expect(
      result('inc-measurable', { measurableDisease: { measurable: false, reasons: [] } }),
    ).toBe('not-met');
    expect(result('inc-measurable', { measurableDisease: undefined })).toBe('missing-evidence');
  });

  it('baseline imaging: 28 days before the planned start is met, 29 is not; after the start is not', () => {
    expect(result('inc-imaging-window', { baselineImagingDate: '2025-02-03' })).toBe('met');
    expect(result('inc-imaging-window', { baselineImagingDate: '2025-02-02' })).toBe('not-met');
    expect(result('inc-imaging-window', { baselineImagingDate: '2025-03-03' })).toBe('met');
    expect(result('inc-imaging-window', { baselineImagingDate: '2025-03-04' })).toBe('not-met');
    expect(result('inc-imaging-window', { plannedTreatmentStartDate: undefined })).toBe(
      'missing-evidence',
    );
    // Across the leap day: 2024-02-01 is 29 days before 2024-03-01.
    expect(
      result('inc-imaging-window', {
        plannedTreatmentStartDate: '2024-03-01',
        baselineImagingDate: '2024-02-02',
        checkDate: '2024-02-20',
      }),
    ).toBe('met');
    expect(
      result('inc-imaging-window', {
        plannedTreatmentStartDate: '2024-03-01',
        baselineImagingDate: '2024-02-01',
        checkDate: '2024-02-20',
      }),
    ).toBe('not-met');
  });

  it('manual criteria: an exclusion that applies fails; no answer is missing evidence', () => {
    const answers = { ...base.manualAnswers };
    answers['exc-pregnancy'] = { met: true, evidence: 'positive hCG' };
    expect(run({ manualAnswers: answers }).decision).toMatchObject({
      kind: 'not-eligible',
      failed: ['exc-pregnancy'],
    });
    const { 'inc-diagnosis': _, ...rest } = base.manualAnswers ?? {};
    const incomplete = run({ manualAnswers: rest }).decision;
    expect({ ...incomplete, reasons: reasonTexts(incomplete.reasons) }).toEqual({
      kind: 'incomplete',
      missing: ['inc-diagnosis'],
      reasons: ["inc-diagnosis: investigator's answer not recorded"],
    });
  });

  it('a failure decides even while other evidence is missing', () => {
    const r = run({ baselineAlt: { value: 200, uln: 40 }, men1Results: [] });
    expect(r.decision).toMatchObject({
      kind: 'not-eligible',
      failed: ['inc-alt'],
      missing: ['inc-men1'],
    });
  });

  it('refuses answers to unknown or rule-decided criteria', () => {
    const bad = (id: string) => {
      try {
        run({ manualAnswers: { [id]: { met: true, evidence: 'x' } } });
      } catch (e) {
        if (e instanceof DomainError && e.failure.kind === 'invalid') return e.failure.issues[0];
      }
      return undefined;
    };
    expect(bad('no-such')).toMatchObject({
      path: 'manualAnswers.no-such',
      rule: 'unknown-criterion',
    });
    expect(bad('inc-alt')).toMatchObject({ rule: 'not-a-manual-criterion' });
  });
});
