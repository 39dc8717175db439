/**
 * Turns zod's issues into {@link ValidationIssue}s that name the path and the rule, so a bad
 * input always gets an error a person can act on; the issue's values travel as `params` so a
 * screen can say the rule in the reader's language.
 */
import type { z } from 'zod';
import { DomainError, type ValidationIssue } from './domain-error.ts';
import { zodIssueParams, zodIssueRule } from './zod-issue-params.ts';

export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => {
    const params = zodIssueParams(i);
    return {
      path: i.path.map(String).join('.'),
      rule: zodIssueRule(i),
      message: i.message,
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
}

/** Parse `input` with `schema` or throw one {@link DomainError} of kind `invalid`. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = zodIssues(r.error).map((i) => ({
    ...i,
    path: prefix ? (i.path ? `${prefix}.${i.path}` : prefix) : i.path,
  }));
  throw new DomainError({ kind: 'invalid', issues });
}
