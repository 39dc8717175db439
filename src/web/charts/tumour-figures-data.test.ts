import { describe, expect, it } from 'vitest';
import type { TumourCourse } from '../api/analysis.resource.ts';
import { simulatedOverview } from '../testing/simulated-overview.ts';
import { spiderData } from './spider-data.ts';
import { swimmerData } from './swimmer-data.ts';
import { waterfallData } from './waterfall-data.ts';

const course = (over: Partial<TumourCourse>): TumourCourse => ({
  subjectId: over.label ?? 'S',
  label: 'S',
  siteId: 'A',
  enrolmentDate: '2026-01-01',
  bor: 'SD',
  bestPctChange: null,
  treatmentDays: null,
  ongoing: true,
  responseDay: null,
  progressionDay: null,
  deathDay: null,
  timepoints: [],
  ...over,
});

describe('waterfallData', () => {
  it('sorts growth left to shrinkage right, ties by label, and leaves out unmeasured subjects', () => {
    const d = waterfallData([
      course({ label: 'B', bestPctChange: -30, bor: 'PR' }),
      course({ label: 'A', bestPctChange: -30, bor: 'PR' }),
      course({ label: 'C', bestPctChange: 25, bor: 'PD' }),
      course({ label: 'D', bestPctChange: null, bor: 'NE' }),
      course({ label: 'E', bestPctChange: -29.9, bor: 'SD' }),
    ]);
    expect(d.bars.map((b) => [b.rank, b.label])).toEqual([
      [1, 'C'],
      [2, 'E'],
      [3, 'A'],
      [4, 'B'],
    ]);
    expect(d.notEvaluable).toBe(1);
    expect(d.shrinkage30).toBe(2); // −30 % counts (RECIST: "at least a 30 % decrease"); −29.9 does not
    expect(d.guides).toEqual([-30, 20]);
  });

  it('on the simulated cohort: one bar per measured subject, colours = confirmed BOR', () => {
    const o = simulatedOverview();
    const d = waterfallData(o.tumour);
    expect(d.bars.length + d.notEvaluable).toBe(o.tumour.length);
    const bor = new Map(o.endpoints.subjects.map((s) => [s.id, s.bor]));
    for (const b of d.bars) expect(b.bor).toBe(bor.get(b.subjectId));
    // a confirmed PR or CR needs the target sum down ≥ 30 % at some assessment
    for (const b of d.bars.filter((x) => x.bor === 'PR' || x.bor === 'CR'))
      expect(b.bestPctChange).toBeLessThanOrEqual(-30);
  });
});

describe('swimmerData', () => {
  it('runs an ongoing lane to the data cut and a stopped one to its last treatment day', () => {
    const d = swimmerData(
      [
        course({ label: 'On', enrolmentDate: '2026-01-01', ongoing: true }),
        course({
          label: 'Off',
          treatmentDays: 40,
          ongoing: false,
          progressionDay: 38,
          deathDay: 90,
        }),
      ],
      '2026-01-31',
    );
    expect(d.lanes).toEqual([
      expect.objectContaining({ label: 'Off', endDay: 40, ongoing: false }),
      expect.objectContaining({ label: 'On', endDay: 31, ongoing: true }),
    ]);
    expect(d.events).toEqual([
      { label: 'Off', kind: 'progression', day: 38 },
      { label: 'Off', kind: 'death', day: 90 },
    ]);
  });

  it('on the simulated cohort: a lane per enrolled subject, longest first', () => {
    const o = simulatedOverview();
    const d = swimmerData(o.tumour, o.asOf);
    expect(d.lanes).toHaveLength(o.tumour.length);
    for (let i = 1; i < d.lanes.length; i++)
      expect(d.lanes[i]!.endDay).toBeLessThanOrEqual(d.lanes[i - 1]!.endDay);
    const responders = o.endpoints.subjects.filter((s) => s.bor === 'CR' || s.bor === 'PR').length;
    expect(d.events.filter((e) => e.kind === 'response')).toHaveLength(responders);
  });
});

describe('spiderData', () => {
  it('starts each line at baseline (day 1, 0 %), skips incomplete sums, drops subjects without any', () => {
    const pts = spiderData([
      course({
        label: 'A',
        timepoints: [
          { day: 113, pctChange: -35, overall: 'PR' },
          { day: 57, pctChange: -10, overall: 'SD' },
          { day: 170, pctChange: null, overall: 'NE' },
        ],
      }),
      course({ label: 'B', timepoints: [{ day: 57, pctChange: null, overall: 'NE' }] }),
    ]);
    expect(pts.map((p) => [p.label, p.day, p.pctChange])).toEqual([
      ['A', 1, 0],
      ['A', 57, -10],
      ['A', 113, -35],
    ]);
  });
});
