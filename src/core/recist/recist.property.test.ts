/**
 * Properties that must hold for every subject (fast-check):
 * - the order in which lesions are listed never changes any result;
 * - scaling every diameter by an integer factor keeps CR, PR and SD (relative thresholds),
 *   except where only the absolute +5 mm floor kept a +20 % rise from being PD;
 * - every response is one of the codes.
 * Nodal and "too small" targets are left out of the scaling property on purpose: 10 mm and
 * 5 mm are absolute values, so scaling legitimately changes those answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.ts';
import { evaluateSubject, type RecistSubjectResult } from './evaluate-subject.ts';
import type { LesionRecord, RecistSubjectInput } from './recist-input.schema.ts';
import { BOR_RESPONSES, TIMEPOINT_RESPONSES } from './response-codes.ts';
import { subject } from './test-subject-builder.ts';

const tenth = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((t) => t / 10);

/** A random, well-formed subject: 1–5 targets, 0–3 non-targets, 0–6 follow-ups. */
const subjectArb = (opts: { nodes: boolean; statuses: boolean }) =>
  fc
    .record({
      targets: fc.array(
        fc.record({ nodal: opts.nodes ? fc.boolean() : fc.constant(false), mm: tenth(100, 800) }),
        { minLength: 1, maxLength: 5 },
      ),
      nonTargets: fc.integer({ min: 0, max: 3 }),
      visits: fc.integer({ min: 0, max: 6 }),
      seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 200, maxLength: 200 }),
    })
    .map(({ targets, nonTargets, visits, seed }) => {
      let k = 0;
      const next = () => seed[k++ % seed.length] as number;
      const baseline: LesionRecord[] = [
        ...targets.map((t, i) => ({
          id: `T${i + 1}`,
          kind: 'target' as const,
          organ: `o${i}`,
          nodal: t.nodal,
          diameterMm: t.mm,
        })),
        ...Array.from({ length: nonTargets }, (_, i) => ({
          id: `NT${i + 1}`,
          kind: 'non-target' as const,
          organ: `n${i}`,
          nodal: false,
        })),
      ];
      const followUps = Array.from({ length: visits }, () => {
        const lesions: LesionRecord[] = targets.map((t, i) => {
          const r = next();
          if (opts.statuses && r < 60) return { id: `T${i + 1}`, status: 'not-assessed' };
          if (opts.statuses && r < 120) return { id: `T${i + 1}`, status: 'too-small' };
          if (r < 180) return { id: `T${i + 1}`, status: 'absent' };
          return { id: `T${i + 1}`, diameterMm: Math.round((t.mm * 10 * next()) / 700) / 10 };
        });
        for (let i = 0; i < nonTargets; i++) {
          const r = next();
          const status =
            r < 30
              ? 'unequivocal-progression'
              : r < 200
                ? 'absent'
                : r < 260
                  ? 'not-assessed'
                  : 'present';
          lesions.push({ id: `NT${i + 1}`, status });
        }
        if (next() < 40)
          lesions.push({
            id: `N${k}`,
            kind: 'new',
            status: next() < 500 ? 'equivocal' : 'unequivocal',
          });
        return lesions;
      });
      return subject(baseline, followUps);
    });

function shuffled<T>(items: T[], keys: number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}

/** Everything but the input positions in baseline problem paths. */
function comparable(r: RecistSubjectResult) {
  return {
    ...r,
    baseline: { ...r.baseline, problems: r.baseline.problems.map(({ path: _, ...p }) => p) },
  };
}

/** Sum ≥ 120 % of the nadir: only the absolute +5 mm rule decided against PD. */
function risenTwentyPercent(tp: { sumMm: number | null; nadirMm: number | null }): boolean {
  if (tp.sumMm === null || tp.nadirMm === null) return false;
  return Math.round(tp.sumMm * 10) * 100 >= Math.round(tp.nadirMm * 10) * 120;
}

function scaled(input: RecistSubjectInput, k: number): RecistSubjectInput {
  return {
    ...input,
    assessments: input.assessments.map((a) => ({
      ...a,
      lesions: a.lesions.map((l) =>
        l.diameterMm === undefined
          ? l
          : { ...l, diameterMm: Math.round(l.diameterMm * 10 * k) / 10 },
      ),
    })),
  };
}

describe('RECIST properties', () => {
  it('shuffling lesion order never changes the result', () => {
    fc.assert(
      fc.property(
        subjectArb({ nodes: true, statuses: true }),
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        (input, keys) => {
          const reordered = {
            ...input,
            assessments: input.assessments.map((a) => ({
              ...a,
              lesions: shuffled(a.lesions, keys),
            })),
          };
          expect(comparable(evaluateSubject(reordered))).toEqual(
            comparable(evaluateSubject(input)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scaling all diameters by an integer factor keeps CR / PR / SD', () => {
    fc.assert(
      fc.property(
        subjectArb({ nodes: false, statuses: false }),
        fc.integer({ min: 2, max: 5 }),
        (input, k) => {
          const a = evaluateSubject(input).timepoints;
          const b = evaluateSubject(scaled(input, k)).timepoints;
          a.forEach((tp, i) => {
            const other = b[i];
            if (!other) throw new Error('timepoint lost');
            if (risenTwentyPercent(tp)) {
              // ≥ +20 % over the nadir but under +5 mm: a larger tumour crosses the 5 mm floor.
              expect([tp.target, 'PD']).toContain(other.target);
              return;
            }
            if (tp.target === 'CR' || tp.target === 'PR' || tp.target === 'SD')
              expect(other.target).toBe(tp.target);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every response is one of the codes, and the output is well-formed', () => {
    fc.assert(
      fc.property(subjectArb({ nodes: true, statuses: true }), (input) => {
        let r: RecistSubjectResult;
        try {
          r = evaluateSubject(input);
        } catch (e) {
          if (e instanceof DomainError) throw new Error(`generator made bad input: ${e.message}`);
          throw e;
        }
        for (const t of r.timepoints) {
          expect(TIMEPOINT_RESPONSES).toContain(t.overall);
          expect(t.reasons.length).toBeGreaterThan(0);
        }
        expect(BOR_RESPONSES).toContain(r.bestOverallResponse.confirmed.response);
        expect(BOR_RESPONSES).toContain(r.bestOverallResponse.unconfirmed.response);
      }),
      { numRuns: 300 },
    );
  });
});
