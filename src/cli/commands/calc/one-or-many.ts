/**
 * Batch support for `calc` commands: the input is one JSON object or an array of them; the
 * output is one result or an array in the same order. A bad item fails the whole call, with
 * its index leading the path (`3.assessments.2.date`), so the error still names the place.
 */
import type { z } from 'zod';
import { DomainError } from '../../../core/shared/domain-error.ts';
import { parseOrThrow } from '../../../core/shared/zod-issues.ts';

/**
 * Parses and computes one item or each item of an array.
 *
 * @example oneOrMany([{ a: 1 }, { a: 2 }], schema, (x) => x.a * 2) // [2, 4]
 */
export function oneOrMany<S extends z.ZodType, R>(
  raw: unknown,
  schema: S,
  compute: (item: z.output<S>) => R,
): R | R[] {
  if (!Array.isArray(raw)) return compute(parseOrThrow(schema, raw));
  return raw.map((item, i) => {
    const parsed = parseOrThrow(schema, item, String(i));
    try {
      return compute(parsed);
    } catch (e) {
      if (e instanceof DomainError && e.failure.kind === 'invalid')
        throw new DomainError({
          kind: 'invalid',
          issues: e.failure.issues.map((x) => ({ ...x, path: x.path ? `${i}.${x.path}` : `${i}` })),
        });
      throw e;
    }
  });
}
