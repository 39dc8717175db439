/**
 * Domain outcomes that are not success, as values. Every layer passes these along; the server
 * maps them to HTTP in one place (`server/problem.ts`) and the CLI to exit codes. A failure names
 * its rule (a code of `rule-messages.ts`) and may carry the rule's `params`, so a screen can say
 * it in the reader's language while the English `message` stays for API clients, CLI and audit.
 */
import type { ReasonParams } from './reason.ts';

/** The values a rule's message speaks of, e.g. `{ remaining: 3, requested: 5 }`. */
export type RuleParams = ReasonParams;

/** One thing wrong with an input: where (`path`, dotted, e.g. `assessments.2.lesions.0.id`), which rule, and what to do. */
export interface ValidationIssue {
  path: string;
  rule: string;
  message: string;
  params?: RuleParams;
}

export type DomainFailure =
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'not-found'; entity: string; id: string }
  /** `reasons`: the rule's findings one by one (e.g. each failing eligibility criterion), coded for any language. */
  | {
      kind: 'conflict';
      rule: string;
      message: string;
      reasons?: import('./reason.ts').Reason[];
      params?: RuleParams;
    }
  | { kind: 'forbidden'; rule: string; message: string; params?: RuleParams }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'locked'; rule: string; message: string; params?: RuleParams }
  | { kind: 'rate-limited'; message: string; retryAfterSeconds: number };

/** The one error class: thrown at most once, carrying a {@link DomainFailure}. */
export class DomainError extends Error {
  readonly failure: DomainFailure;
  constructor(failure: DomainFailure) {
    super(describeFailure(failure));
    this.name = 'DomainError';
    this.failure = failure;
  }
}

export function describeFailure(f: DomainFailure): string {
  switch (f.kind) {
    case 'invalid':
      return f.issues.map((i) => `${i.path || '(input)'}: ${i.message} [${i.rule}]`).join('; ');
    case 'not-found':
      return `${f.entity} ${f.id} not found`;
    case 'conflict':
    case 'forbidden':
    case 'locked':
      return `${f.message} [${f.rule}]`;
    case 'unauthenticated':
    case 'rate-limited':
      return f.message;
    default: {
      const never: never = f;
      return never;
    }
  }
}

export function invalid(
  path: string,
  rule: string,
  message: string,
  params?: RuleParams,
): DomainError {
  return new DomainError({
    kind: 'invalid',
    issues: [params ? { path, rule, message, params } : { path, rule, message }],
  });
}
