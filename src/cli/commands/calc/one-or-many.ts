/**
 * Batch support for `calc` commands: the input is one JSON object or an array of them; the
 * output is one result or an array in the same order.
 *
 * Every item is parsed and checked (`prepare`) before anything is printed, so a bad item fails
 * the whole call with nothing on stdout, and its index leads the path (`3.assessments.2.date`).
 * Then results are computed (`finish`, which must not reject input) one by one while printing,
 * so a batch of 100,000 subjects never holds all its results at once.
 */
import type { z } from 'zod';
import { DomainError } from '../../../core/shared/domain-error.ts';
import { parseOrThrow } from '../../../core/shared/zod-issues.ts';
import { type LazyArray, lazyArray } from '../../json-writer.ts';

function withIndex<T>(i: number, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid')
      throw new DomainError({
        kind: 'invalid',
        issues: e.failure.issues.map((x) => ({ ...x, path: x.path ? `${i}.${x.path}` : `${i}` })),
      });
    throw e;
  }
}

/**
 * Parses, checks and computes one item or each item of an array. Without `finish`, the
 * results are what `prepare` returns (computed before printing).
 *
 * @example oneOrMany([{ a: 1 }, { a: 2 }], schema, (x) => x.a * 2) // prints as [2, 4]
 */
export function oneOrMany<S extends z.ZodType, P, R = P>(
  raw: unknown,
  schema: S,
  prepare: (item: z.output<S>) => P,
  finish?: (prepared: P) => R,
): P | R | P[] | LazyArray {
  const done = finish ?? ((p: P) => p);
  if (!Array.isArray(raw)) return done(prepare(parseOrThrow(schema, raw)));
  const prepared = raw.map((item, i) => withIndex(i, () => prepare(parseOrThrow(schema, item))));
  if (!finish) return prepared;
  raw.length = 0; // the parsed copies are all that is needed now; let the raw JSON go
  return lazyArray(
    (function* () {
      for (let i = 0; i < prepared.length; i++) {
        const p = prepared[i] as P;
        prepared[i] = undefined as P; // release each input once its result is printed
        yield finish(p);
      }
    })(),
  );
}
