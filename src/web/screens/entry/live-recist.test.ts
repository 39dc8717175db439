import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../core/recist/recist-input.schema.ts';
import {
  followUpDrafts,
  invalidDiameters,
  type LesionDraft,
  nextLesionId,
  parseDiameter,
  toLesionRecords,
} from './lesion-draft.ts';
import { liveRecist } from './live-recist.ts';

const baseline: Assessment = {
  date: '2026-01-05',
  lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 }],
};

const followUp = (mm: string): Assessment => {
  const drafts = followUpDrafts(baseline.lesions);
  return {
    date: '2026-03-06',
    lesions: toLesionRecords(
      drafts.map((d) => ({ ...d, diameter: mm })),
      false,
    ),
  };
};

describe('liveRecist', () => {
  it('33 mm → 23.1 mm is exactly −30 %: PR (RECIST 1.1 §4.3.1 threshold is inclusive)', () => {
    const r = liveRecist({
      enrollmentDate: '2026-01-10',
      stored: [baseline],
      draft: followUp('23.1'),
    });
    expect(r.kind).toBe('scored');
    if (r.kind !== 'scored') return;
    expect(r.score.sumMm).toBe(23.1);
    expect(r.score.changeFromBaselinePct).toBe(-30);
    expect(r.score.target).toBe('PR');
    expect(r.score.overall).toBe('PR');
    expect(r.score.reasons.length).toBeGreaterThan(0);
  });

  it('33 mm → 23.2 mm (−29.7 %) stays SD', () => {
    const r = liveRecist({
      enrollmentDate: '2026-01-10',
      stored: [baseline],
      draft: followUp('23.2'),
    });
    expect(r.kind === 'scored' && r.score.overall).toBe('SD');
  });

  it('an unmeasured target: the engine says what is missing instead of scoring', () => {
    const r = liveRecist({ enrollmentDate: '2026-01-10', stored: [baseline], draft: followUp('') });
    expect(r.kind === 'invalid' && r.issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'recist-target-one-measurement',
        'target T1 needs exactly one of diameterMm, fragmentsMm, mergedInto or status',
      ],
    ]);
  });

  it('a target marked not assessed makes the time point NE', () => {
    const draft: Assessment = {
      date: '2026-03-06',
      lesions: [{ id: 'T1', status: 'not-assessed' }],
    };
    const r = liveRecist({ enrollmentDate: '2026-01-10', stored: [baseline], draft });
    expect(r.kind === 'scored' && r.score.overall).toBe('NE');
  });

  it('the edited scan replaces its stored version (same date)', () => {
    const storedFollowUp: Assessment = {
      date: '2026-03-06',
      lesions: [{ id: 'T1', diameterMm: 40 }],
    };
    const r = liveRecist({
      enrollmentDate: '2026-01-10',
      stored: [baseline, storedFollowUp],
      draft: followUp('23.1'),
    });
    expect(r.kind === 'scored' && r.score.overall).toBe('PR');
  });

  it('the baseline scan itself: its sum, nothing scored', () => {
    const r = liveRecist({ enrollmentDate: null, stored: [], draft: baseline });
    expect(r).toMatchObject({ kind: 'baseline', sumMm: 33, baselineDate: '2026-01-05' });
  });

  it('a follow-up naming an unknown lesion is reported, not thrown', () => {
    const r = liveRecist({
      enrollmentDate: '2026-01-10',
      stored: [baseline],
      draft: { date: '2026-03-06', lesions: [{ id: 'T9', diameterMm: 10 }] },
    });
    expect(r.kind).toBe('invalid');
  });
});

describe('lesion drafts', () => {
  it('parses diameters to 0.1 mm, with a decimal comma', () => {
    expect(parseDiameter('23,1')).toBe(23.1);
    expect(parseDiameter(' ')).toBeNull();
    expect(parseDiameter('23.15')).toBe('invalid');
    expect(parseDiameter('abc')).toBe('invalid');
  });

  it('describes baseline lesions fully and follow-ups by id', () => {
    const d: LesionDraft[] = [
      { id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameter: '33', status: '' },
      {
        id: 'NT1',
        kind: 'non-target',
        organ: 'bone',
        nodal: false,
        diameter: '',
        status: 'present',
      },
    ];
    expect(toLesionRecords(d, true)).toEqual([
      { id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 },
      { id: 'NT1', kind: 'non-target', organ: 'bone', nodal: false, status: 'present' },
    ]);
    expect(toLesionRecords(d, false)).toEqual([
      { id: 'T1', diameterMm: 33 },
      { id: 'NT1', status: 'present' },
    ]);
    expect(invalidDiameters([{ ...d[0]!, diameter: '3x' }])).toEqual(['T1']);
    expect(nextLesionId(d, 'target')).toBe('T2');
    expect(nextLesionId(d, 'new')).toBe('N1');
  });
});
