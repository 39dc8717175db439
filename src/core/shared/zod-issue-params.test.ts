import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDateSchema } from './iso-date.schema.ts';
import { zodIssues } from './zod-issues.ts';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a failure');
  return zodIssues(r.error);
};

describe('zod issues carry their values as params', () => {
  it('names the bound, whether it is inclusive, and the kind of value', () => {
    const s = z.object({ name: z.string().min(3), dose: z.number().positive() });
    expect(issuesOf(s, { name: 'ab', dose: 0 })).toEqual([
      expect.objectContaining({
        path: 'name',
        rule: 'too_small',
        params: { origin: 'string', minimum: 3, inclusive: 'true' },
      }),
      expect.objectContaining({
        path: 'dose',
        rule: 'too_small',
        params: { origin: 'number', minimum: 0, inclusive: 'false' },
      }),
    ]);
  });

  it('lists the allowed values, and says when a field is missing', () => {
    const s = z.object({ kind: z.enum(['a', 'b']), note: z.string() });
    const [kind, note] = issuesOf(s, { kind: 'c' });
    expect(kind).toMatchObject({ rule: 'invalid_value', params: { values: 'a, b' } });
    expect(note).toMatchObject({
      rule: 'invalid_type',
      params: { expected: 'string', missing: 'true' },
    });
  });

  it('takes the rule a refinement names (a calendar date), keeping its English message', () => {
    expect(issuesOf(isoDateSchema, '2023-02-29')).toEqual([
      { path: '', rule: 'iso-date', message: 'must be a calendar date written YYYY-MM-DD' },
    ]);
  });
});
