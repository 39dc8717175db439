import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.ts';
import { defaultStudyInput } from './default-study.ts';
import { defaultStudy, parseStudyDefinition } from './study-definition.ts';

function issuesOf(input: unknown) {
  try {
    parseStudyDefinition(input);
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid') return e.failure.issues;
    throw e;
  }
  return [];
}

const clone = () => structuredClone(defaultStudyInput) as Record<string, any>;

describe('study definition', () => {
  it('accepts the default leflunomide MEN-1 study', () => {
    const s = defaultStudy();
    expect(s.treatment.startingDoseMg).toBe(20);
    expect(s.schedule.cycleLengthDays).toBe(28);
    expect(s.schedule.evaluationEveryCycles).toBe(2);
    expect(s.schedule.postTreatmentImagingIntervalDays).toBe(42);
    expect(s.schedule.horizonDays).toBe(252);
    expect(s.phase2Design).toMatchObject({ r1: 0, n1: 10, r: 3, n: 29 });
    expect(s.panels.map((p) => p.id)).toEqual([
      'history',
      'physical-exam',
      'vital-signs',
      'blood-routine',
      'urine-routine',
      'liver-kidney',
      'tumour-markers',
      'ecg',
      'ct-imaging',
      'blood-biomarkers',
    ]);
    expect(s.eligibility.some((c) => c.rule.kind === 'men1-pathogenic-variant')).toBe(true);
    expect(s.registryText).toContain('leflunomide tablets (20 mg orally, once a day, before bed)');
  });

  it('names the path and the rule of each problem', () => {
    const bad = clone();
    bad.schedule.cycleLengthDays = 0;
    bad.visits[0].panels.push('no-such-panel');
    bad.phase2Design.n1 = 40;
    bad.treatment.doseLevelsMg = [20, 30];
    const issues = issuesOf(bad);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'schedule.cycleLengthDays', rule: 'too_small' }),
      ]),
    );
    // cross-field rules run only once the shapes are valid
    bad.schedule.cycleLengthDays = 28;
    const issues2 = issuesOf(bad);
    expect(issues2.map((i) => i.path)).toEqual(
      expect.arrayContaining(['visits.0.panels.10', 'phase2Design.n1', 'treatment.doseLevelsMg.1']),
    );
    expect(issues2.find((i) => i.path === 'visits.0.panels.10')?.message).toMatch(
      /unknown panel "no-such-panel"/,
    );
  });

  it('rejects a missing title in one language', () => {
    const bad = clone();
    delete bad.title['zh-CN'];
    expect(issuesOf(bad).map((i) => i.path)).toContain('title.zh-CN');
  });
});

describe('study definition: phase III outlook assumptions', () => {
  it('the default study states them; a version stored before they existed gets the same', () => {
    expect(defaultStudy().phase3Outlook).toMatchObject({
      alpha: 0.05,
      sides: 2,
      power: 0.8,
      allocationRatio: 1,
      survival: { controlMedianMonths: 4.6, accrualMonths: 24, followUpMonths: 12 },
      response: { controlOrr: 0.05, targetOrr: { kind: 'observed' } },
    });
    const old = clone();
    delete old.phase3Outlook;
    expect(parseStudyDefinition(old).phase3Outlook).toEqual(defaultStudy().phase3Outlook);
  });

  it('names the field and the rule of a bad assumption', () => {
    const bad = clone();
    bad.phase3Outlook.alpha = 0;
    bad.phase3Outlook.sides = 3;
    bad.phase3Outlook.power = 0.4;
    bad.phase3Outlook.survival.hazardRatio = { kind: 'fixed', value: 1.2 };
    bad.phase3Outlook.survival.accrualMonths = 0;
    bad.phase3Outlook.survival.dropoutPerYear = 1;
    const issues = issuesOf(bad);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'phase3Outlook.alpha',
        'phase3Outlook.sides',
        'phase3Outlook.power',
        'phase3Outlook.survival.hazardRatio.value',
        'phase3Outlook.survival.accrualMonths',
        'phase3Outlook.survival.dropoutPerYear',
      ]),
    );
    expect(
      issues.find((i) => i.path === 'phase3Outlook.survival.hazardRatio.value')?.message,
    ).toMatch(/must be < 1/);
    const orr = clone();
    orr.phase3Outlook.response.targetOrr = { kind: 'fixed', value: 0.05 };
    expect(issuesOf(orr)).toEqual([
      expect.objectContaining({
        path: 'phase3Outlook.response.targetOrr.value',
        message: expect.stringContaining('must exceed the control ORR'),
      }),
    ]);
  });
});
