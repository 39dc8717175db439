/**
 * A problem with a subject's dates, and what the write path does with it (issue 5, "Rules for
 * bad input"): `refuse` — impossible, nothing is written; `query` — possible but doubtful, it is
 * written and a data query is raised for the site to answer. `path` and `rule` name the field and
 * the rule, as every {@link ValidationIssue} does.
 */
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';

export type DateIssueSeverity = 'refuse' | 'query';

export interface DateIssue extends ValidationIssue {
  severity: DateIssueSeverity;
}

/**
 * The refusals as one DomainError (kind 'invalid'), or undefined when nothing is refused, for
 * the write path to throw before it writes anything.
 * @example const e = refusalError(issues); if (e) throw e;
 */
export function refusalError(issues: DateIssue[]): DomainError | undefined {
  const refused = issues.filter((i) => i.severity === 'refuse');
  if (refused.length === 0) return undefined;
  return new DomainError({
    kind: 'invalid',
    issues: refused.map(({ path, rule, message, params }) =>
      params ? { path, rule, message, params } : { path, rule, message },
    ),
  });
}
