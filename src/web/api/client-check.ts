/**
 * Checks a form's input in the browser with the server's own zod schema (from src/core) before
 * sending it. The findings come back as an ApiProblem with the server's field paths
 * (`body.<field>`), so a form shows what the browser found and what the server answered the
 * same way: next to the field, through `fieldMessages`.
 */
import type { z } from 'zod';
import { zodIssueParams, zodIssueRule } from '../../core/shared/zod-issue-params.ts';
import { ApiProblem } from './api-problem.ts';

export const CLIENT_CHECK_TYPE = 'about:blank#client-check';

/**
 * @param relabel a message in the user's language for an issue, or undefined to keep zod's
 * @example clientCheck(protocolDeviationSchema, { category: 'other' }) // problem naming body.severity…
 */
export function clientCheck(
  schema: z.ZodType,
  input: unknown,
  relabel: (issue: z.core.$ZodIssue) => string | undefined = () => undefined,
): ApiProblem | null {
  const r = schema.safeParse(input);
  if (r.success) return null;
  return new ApiProblem({
    type: CLIENT_CHECK_TYPE,
    title: 'Invalid input',
    status: 400,
    detail: '',
    errors: r.error.issues.map((i) => {
      const own = relabel(i);
      return {
        path: ['body', ...i.path.map(String)].join('.'),
        rule: zodIssueRule(i),
        message: own ?? i.message,
        // a relabelled message is already in the reader's language: shown as given
        ...(own === undefined ? { params: zodIssueParams(i) } : { localised: true }),
      };
    }),
  });
}
