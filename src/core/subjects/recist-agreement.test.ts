import { describe, expect, it } from 'vitest';
import { evaluateSubject } from '../recist/index.ts';
import { recistReason } from '../recist/recist-reason.ts';
import { compareResponses, disagreementText } from './recist-agreement.ts';

/** Baseline target 50 mm, then 35 mm (−30 %: PR, RECIST 1.1 §4.3.1) and 36 mm (−28 %: SD). */
const engine = evaluateSubject({
  enrollmentDate: '2026-01-05',
  assessments: [
    {
      date: '2026-01-02',
      lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 50 }],
    },
    { date: '2026-03-02', lesions: [{ id: 'T1', diameterMm: 35 }] },
    { date: '2026-04-27', lesions: [{ id: 'T1', diameterMm: 36 }] },
  ],
});

describe('investigator response beside the RECIST engine', () => {
  it('the engine scores −30 % PR and −28 % SD (the thresholds compared against)', () => {
    expect(engine.timepoints.map((t) => [t.date, t.overall])).toEqual([
      ['2026-03-02', 'PR'],
      ['2026-04-27', 'SD'],
    ]);
  });

  it('agrees on PR at −30 %, disagrees when the investigator calls PR at −28 %', () => {
    const a = compareResponses(engine.timepoints, [
      { date: '2026-03-02', response: 'PR' },
      { date: '2026-04-27', response: 'PR' },
    ]);
    expect(a.map((x) => [x.date, x.engine, x.investigator, x.agrees])).toEqual([
      ['2026-03-02', 'PR', 'PR', true],
      ['2026-04-27', 'SD', 'PR', false],
    ]);
    expect(a[1]?.reasons[0]?.text).toBe('investigator PR, RECIST 1.1 engine SD: they disagree');
    expect(a[1]?.reasons.slice(1).every((r) => r.text.startsWith('engine: '))).toBe(true);
    const text = disagreementText(a[1] as (typeof a)[number], 'investigator');
    expect(text).toMatch(
      /^investigator's response PR on 2026-04-27 differs from the RECIST 1\.1 engine's SD \(/,
    );
  });

  it('missing on either side is not a disagreement: no response, or no engine time point (baseline)', () => {
    const a = compareResponses(engine.timepoints, [{ date: '2026-01-02', response: 'SD' }]);
    expect(a.map((x) => [x.date, x.engine, x.investigator, x.agrees])).toEqual([
      ['2026-01-02', null, 'SD', null],
      ['2026-03-02', 'PR', null, null],
      ['2026-04-27', 'SD', null, null],
    ]);
  });

  it('NON-CR/NON-PD and NE are compared as codes like the others', () => {
    const a = compareResponses(
      [
        { date: '2026-03-02', overall: 'NON-CR/NON-PD', reasons: [] },
        {
          date: '2026-04-27',
          overall: 'NE',
          reasons: [recistReason('recist.target-not-assessed', { id: 'T1' })],
        },
      ],
      [
        { date: '2026-03-02', response: 'NON-CR/NON-PD' },
        { date: '2026-04-27', response: 'SD' },
      ],
    );
    expect(a.map((x) => x.agrees)).toEqual([true, false]);
    expect(disagreementText(a[1] as (typeof a)[number], 'investigator')).toContain(
      "engine's NE (target T1 not assessed)",
    );
  });
});
