import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { DomainError } from '../shared/domain-error.ts';
import { type PanelResultInput, validatePanelResults } from './panel-result-validation.ts';
import { measurableDiseaseFromRecords, recistInputFromRecords } from './recist-from-records.ts';

const study = defaultStudy();
const panel = (id: string) => {
  const p = study.panels.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const issues = (id: string, results: PanelResultInput[]) => {
  try {
    validatePanelResults(panel(id), results);
    return [];
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid')
      return e.failure.issues.map((i) => `${i.path} ${i.rule}`);
    throw e;
  }
};

describe('panel results against the protocol panel', () => {
  it('keeps decimals as written and fills the default range in the protocol unit', () => {
    expect(validatePanelResults(panel('liver-kidney'), [{ code: 'ALT', value: '80.10' }])).toEqual([
      { code: 'ALT', value: '80.10', unit: 'U/L', referenceLow: '7', referenceHigh: '40' },
    ]);
  });
  it("keeps a lab's own unit and range", () => {
    const [r] = validatePanelResults(panel('liver-kidney'), [
      { code: 'BILI', value: 1.2, unit: 'mg/dL', referenceLow: '0.2', referenceHigh: '1.2' },
    ]);
    expect(r).toEqual({
      code: 'BILI',
      value: '1.2',
      unit: 'mg/dL',
      referenceLow: '0.2',
      referenceHigh: '1.2',
    });
  });
  it('refuses wrong types, choices, units, ranges, unknown and duplicate items', () => {
    expect(issues('liver-kidney', [{ code: 'ALT', value: '1e2' }])).toEqual([
      'results.0.value item-type-number',
    ]);
    expect(issues('physical-exam', [{ code: 'ECOG', value: '5' }])).toEqual([
      'results.0.value item-type-choice',
    ]);
    expect(issues('vital-signs', [{ code: 'SYSBP', value: '120', unit: 'kPa' }])).toEqual([
      'results.0.unit protocol-unit',
    ]);
    expect(
      issues('liver-kidney', [
        { code: 'ALT', value: '30', referenceLow: '40', referenceHigh: '7' },
      ]),
    ).toEqual(['results.0.referenceLow range-order']);
    expect(issues('liver-kidney', [{ code: 'XYZ', value: '1' }])).toEqual([
      'results.0.code unknown-item',
    ]);
    expect(
      issues('liver-kidney', [
        { code: 'ALT', value: '1' },
        { code: 'ALT', value: '2' },
      ]),
    ).toEqual(['results.1.code duplicate-item']);
  });
  it('requires the required items of a panel', () => {
    expect(issues('physical-exam', [{ code: 'PEGEN', value: 'normal' }])).toEqual([
      'results required-item',
    ]);
    expect(issues('physical-exam', [{ code: 'ECOG', value: null }])).toEqual([
      'results.0.value required-item',
    ]);
  });
});

describe('RECIST input from stored scans', () => {
  const scan = (date: string, mm: number) => ({
    date,
    lesions: [{ id: 'T1', kind: 'target' as const, organ: 'liver', nodal: false, diameterMm: mm }],
  });
  it('takes the last scan on or before day 1 as the baseline and sets earlier ones aside', () => {
    const r = recistInputFromRecords(
      '2026-01-05',
      [
        scan('2026-01-02', 30),
        scan('2025-12-01', 31),
        { date: '2026-03-02', lesions: [{ id: 'T1', diameterMm: 20 }] },
      ],
      null,
    );
    expect(r?.input.assessments.map((a) => a.date)).toEqual(['2026-01-02', '2026-03-02']);
    expect(r?.setAside).toHaveLength(1);
  });
  it('reads measurable disease from the baseline scan (≥ 10 mm non-nodal target)', () => {
    expect(measurableDiseaseFromRecords('2026-01-05', [scan('2026-01-02', 10)])?.measurable).toBe(
      true,
    );
    expect(measurableDiseaseFromRecords('2026-01-05', [scan('2026-01-02', 9.9)])?.measurable).toBe(
      false,
    );
    expect(measurableDiseaseFromRecords('2026-01-05', [scan('2026-01-06', 20)])).toBeUndefined();
  });
});
