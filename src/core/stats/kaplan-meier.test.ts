import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reference from './fixtures/km-r-reference.json' with { type: 'json' };
import { type KaplanMeierResult, kaplanMeier } from './kaplan-meier.ts';
import type { KmConfType } from './km-confidence.ts';

type Num = number | null;
interface RCase {
  name: string;
  input: {
    time: number[];
    status: number[];
    confType: KmConfType;
    confLevel: number;
    landmarks: number[];
    riskTimes: number[];
  };
  expected: {
    n: number;
    events: number;
    steps: Record<
      'time' | 'nRisk' | 'nEvent' | 'nCensor' | 'survival' | 'stdErr' | 'lower' | 'upper',
      Num[]
    >;
    median: Record<'estimate' | 'lower' | 'upper', Num>;
    quantiles: Record<'estimate' | 'lower' | 'upper', Num[]>;
    landmarks: Array<{ time: number; survival: Num; stdErr: Num; lower: Num; upper: Num }>;
    atRisk: Array<{ time: number; nRisk: number }>;
  };
}

/** Same value as R to 1e-13 relative (both are IEEE doubles computed the same way), or both NA. */
function expectSame(actual: Num, expected: Num, where: string): void {
  if (expected === null) {
    expect(actual, where).toBeNull();
    return;
  }
  expect(actual, where).not.toBeNull();
  const a = actual as number;
  expect(Math.abs(a - expected), `${where}: ${a} vs R ${expected}`).toBeLessThanOrEqual(
    1e-13 * Math.max(1, Math.abs(expected)),
  );
}

function compareWithR(c: RCase, r: KaplanMeierResult): void {
  expect(r.n).toBe(c.expected.n);
  expect(r.events).toBe(c.expected.events);
  expect(r.steps).toHaveLength(c.expected.steps.time.length);
  const cols = [
    'time',
    'nRisk',
    'nEvent',
    'nCensor',
    'survival',
    'stdErr',
    'lower',
    'upper',
  ] as const;
  r.steps.forEach((s, i) => {
    for (const col of cols)
      expectSame(s[col], c.expected.steps[col][i] ?? null, `${c.name} step ${i} ${col}`);
  });
  r.quantiles.forEach((q, i) => {
    for (const col of ['estimate', 'lower', 'upper'] as const)
      expectSame(
        q[col],
        c.expected.quantiles[col][i] ?? null,
        `${c.name} quantile ${q.probability} ${col}`,
      );
  });
  for (const col of ['estimate', 'lower', 'upper'] as const)
    expectSame(r.median[col], c.expected.median[col], `${c.name} median ${col}`);
  expect(r.landmarks).toHaveLength(c.expected.landmarks.length);
  r.landmarks.forEach((l, i) => {
    const e = c.expected.landmarks[i]!;
    expect(l.time).toBe(e.time);
    for (const col of ['survival', 'stdErr', 'lower', 'upper'] as const)
      expectSame(l[col], e[col], `${c.name} landmark ${l.time} ${col}`);
  });
  expect(r.atRisk).toEqual(c.expected.atRisk);
}

describe('kaplanMeier against R survival::survfit (scripts/r-reference/km-reference.R)', () => {
  for (const c of reference as unknown as RCase[]) {
    it(c.name, () => {
      const r = kaplanMeier(c.input);
      compareWithR(c, r);
    });
  }

  it('aml: median 27 (18, 45) as print(survfit) shows; quantile.survfit puts the upper at 48', () => {
    // the upper limit is not monotone (0.458 at 45, 0.462 at 48): print takes the first crossing
    const aml = (reference as unknown as RCase[])[0]!;
    const r = kaplanMeier(aml.input);
    expect(r.median).toEqual({ estimate: 27, lower: 18, upper: 45 });
    expect(r.quantiles[1]).toEqual({ probability: 0.5, estimate: 27, lower: 18, upper: 48 });
  });

  it('a curve flat at exactly 0.5 gives the midpoint of the flat interval', () => {
    expect(kaplanMeier({ time: [1, 2, 3, 4], status: [1, 1, 1, 1] }).median.estimate).toBe(2.5);
    expect(kaplanMeier({ time: [1, 2, 3, 5], status: [1, 1, 0, 1] }).median.estimate).toBe(3.5);
    // ends flat at 0.5: print(survfit) gives the day it reached 0.5; quantile.survfit the
    // midpoint of that day (2) and the last time (4)
    const ends = kaplanMeier({ time: [1, 2, 3, 4], status: [1, 1, 0, 0] });
    expect(ends.median.estimate).toBe(2);
    expect(ends.quantiles[1]?.estimate).toBe(3);
  });

  it('median is null (R: NA) when the curve never reaches 0.5', () => {
    const r = kaplanMeier({ time: [10, 20, 30, 40], status: [1, 0, 0, 0] });
    // the lower limit does cross 0.5 (at day 10), as in R
    expect(r.median).toEqual({ estimate: null, lower: 10, upper: null });
  });
});

describe('kaplanMeier input', () => {
  it('rejects mismatched lengths, bad status and negative times naming the path', () => {
    expect(() => kaplanMeier({ time: [1, 2], status: [1] })).toThrow(/status.*same-length/);
    expect(() => kaplanMeier({ time: [1, 2], status: [1, 2] })).toThrow(/status\.1.*zero-or-one/);
    expect(() => kaplanMeier({ time: [-1], status: [1] })).toThrow(/time\.0.*finite-min-0/);
    expect(() => kaplanMeier({ time: [], status: [] })).toThrow(/non-empty/);
    expect(() => kaplanMeier({ time: [1], status: [1], confLevel: 1 })).toThrow(/confLevel/);
  });

  it('takes typed arrays as well as plain arrays', () => {
    const a = kaplanMeier({ time: [3, 1, 2], status: [1, 0, 1] });
    const b = kaplanMeier({ time: new Float64Array([3, 1, 2]), status: new Uint8Array([1, 0, 1]) });
    expect(b).toEqual(a);
  });
});

const subjects = fc.array(
  fc.record({ time: fc.integer({ min: 0, max: 40 }), status: fc.constantFrom(0, 1) }),
  { minLength: 1, maxLength: 60 },
);
const confType = fc.constantFrom<KmConfType>('log', 'log-log', 'plain');

describe('kaplanMeier properties', () => {
  it('S is non-increasing and 0 ≤ lower ≤ S ≤ upper ≤ 1 wherever the limits exist', () => {
    fc.assert(
      fc.property(
        subjects,
        confType,
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (rows, ct, level) => {
          const r = kaplanMeier({
            time: rows.map((x) => x.time),
            status: rows.map((x) => x.status),
            confType: ct,
            confLevel: level,
          });
          let previous = 1;
          for (const s of r.steps) {
            expect(s.survival).toBeLessThanOrEqual(previous);
            previous = s.survival;
            if (s.lower !== null) {
              expect(s.lower).toBeGreaterThanOrEqual(0);
              expect(s.lower).toBeLessThanOrEqual(s.survival + 1e-15);
            }
            if (s.upper !== null) {
              expect(s.upper).toBeLessThanOrEqual(1);
              expect(s.upper).toBeGreaterThanOrEqual(s.survival - 1e-15);
            }
          }
        },
      ),
    );
  });

  it('results do not depend on the order of the subjects', () => {
    fc.assert(
      fc.property(subjects, fc.integer(), (rows, seed) => {
        const shuffled = [...rows];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1664525 + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const run = (xs: typeof rows) =>
          kaplanMeier({
            time: xs.map((x) => x.time),
            status: xs.map((x) => x.status),
            landmarks: [10, 20],
            riskTimes: [0, 15],
          });
        expect(run(shuffled)).toEqual(run(rows));
      }),
    );
  });

  it('number at risk at each step equals the subjects with time ≥ that step', () => {
    fc.assert(
      fc.property(subjects, (rows) => {
        const r = kaplanMeier({ time: rows.map((x) => x.time), status: rows.map((x) => x.status) });
        for (const s of r.steps) expect(s.nRisk).toBe(rows.filter((x) => x.time >= s.time).length);
        expect(r.steps.reduce((a, s) => a + s.nEvent + s.nCensor, 0)).toBe(rows.length);
      }),
    );
  });
});
