/**
 * The prohibited-medication matcher's, the overlap's and the consequences' reasons as codes and
 * parameters (what a translation is built from): the verdict, what matched and the protocol rule
 * are in the code; the overlap's unknown or open dates too, inclusive at both ends.
 */
import { describe, expect, it } from 'vitest';
import { assessMedication } from '../safety-records/medication-consequences.ts';
import { medicationOverlap } from './medication-period-overlap.ts';
import { MEDICATION_REASONS } from './medication-reasons.ts';
import { screenMedication } from './prohibited-medication-matcher.ts';

const plain = (r: { code: string; params: object } | undefined) =>
  r ? { code: r.code, params: r.params } : undefined;

describe('matcher reasons', () => {
  it('a brand of a protocol hepatotoxic drug: prohibited, brand, hepatotoxic rule', () => {
    const s = screenMedication({ name: 'Dilantin 100 mg' });
    expect(plain(s.reasons[0])).toEqual({
      code: 'medication.hit-prohibited-brand-hepatotoxic',
      params: { term: 'Dilantin', drug: 'phenytoin' },
    });
  });

  it('a somatostatin analogue is a review by its own rule; a near miss says how far', () => {
    expect(screenMedication({ name: 'Sandostatin LAR 30 mg' }).reasons[0]?.code).toBe(
      'medication.hit-review-brand-somatostatin',
    );
    expect(plain(screenMedication({ name: 'sunitinibum' }).reasons[0])).toEqual({
      code: 'medication.hit-review-near-miss-antitumour',
      params: { term: 'sunitinibum', drug: 'sunitinib', distance: 2, target: 'sunitinib' },
    });
  });

  it('a TCM dosage form and a look-alike', () => {
    expect(plain(screenMedication({ name: '某某清热汤' }).reasons[0])).toMatchObject({
      code: 'medication.hit-review-tcm-suffix-tcm',
      params: { term: '某某清热汤', suffix: '汤' },
    });
    expect(plain(screenMedication({ name: 'rifaximin 550 mg' }).reasons[0])).toEqual({
      code: 'medication.look-alike-rifaximin',
      params: { term: 'rifaximin' },
    });
    expect(screenMedication({ name: 'omeprazole' }).reasons[0]?.code).toBe('medication.no-match');
  });
});

describe('overlap reasons', () => {
  it('stopped on the day of the first dose overlaps (inclusive); open ends are in the code', () => {
    const o = medicationOverlap({
      medStart: '2026-01-01',
      medStop: '2026-01-15',
      treatmentStart: '2026-01-15',
    });
    expect(plain(o.reasons[0])).toEqual({
      code: 'medication.overlaps-start-stop-on-treatment-until',
      params: {
        medStart: '2026-01-01',
        medStop: '2026-01-15',
        treatmentStart: '2026-01-15',
        from: '2026-01-15',
        to: '2026-01-15',
      },
    });
    const before = medicationOverlap({
      medStart: '2026-01-01',
      medStop: '2026-01-14',
      treatmentStart: '2026-01-15',
    });
    expect(before.reasons[0]?.code).toBe('medication.no-overlap-start-stop-on-treatment');
    const partial = medicationOverlap({ medStop: '2026-01', treatmentStart: '2026-01-15' });
    expect(partial.reasons[0]?.code).toBe('medication.possibly-no-start-stop-on-treatment');
  });
});

describe('consequence reasons', () => {
  it('a prohibited drug during treatment: the alert summary by category and match', () => {
    const a = assessMedication(
      { name: 'Afinitor 10 mg', startDate: '2026-02-01' },
      { start: '2026-01-05', end: null },
    );
    const alert = a.consequences.find((c) => c.kind === 'alert');
    expect(alert?.kind === 'alert' ? plain(alert.summary) : null).toEqual({
      code: 'medication.alert-antitumour-brand',
      params: { name: 'Afinitor 10 mg', drug: 'everolimus', term: 'Afinitor', from: '2026-02-01' },
    });
    expect(
      assessMedication({ name: 'Afinitor' }, { start: null, end: null }).overlap.reasons[0]?.code,
    ).toBe('medication.not-on-treatment');
  });

  it('every code is in the catalogue', () => {
    const a = assessMedication(
      { name: 'Dilantin', atcCode: 'N03AB02' },
      { start: '2026-01-05', end: null },
    );
    for (const r of a.reasons) expect(Object.keys(MEDICATION_REASONS)).toContain(r.code);
  });
});
