/**
 * The one place where domain outcomes become HTTP: RFC 9457 problem details
 * (`application/problem+json`). Validation problems list every field with its rule.
 */
import type { DomainFailure, RuleParams, ValidationIssue } from '../core/shared/domain-error.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For `invalid`: each field and rule. */
  errors?: ValidationIssue[];
  rule?: string;
  /** The values the rule's message speaks of, for a translated message (`web/i18n/problem-text.ts`). */
  params?: RuleParams;
  /** For a `conflict` that has them: the rule's findings one by one (enrolment gate), code + params + English text. */
  reasons?: import('../core/shared/reason.ts').Reason[];
  retryAfterSeconds?: number;
}

const BASE = 'https://oncotrial.dev/problems/';

export function problemFromFailure(f: DomainFailure): Problem {
  switch (f.kind) {
    case 'invalid':
      return {
        type: `${BASE}invalid-input`,
        title: 'The input is not valid',
        status: 400,
        detail: f.issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; '),
        errors: f.issues,
      };
    case 'not-found':
      return {
        type: `${BASE}not-found`,
        title: 'Not found',
        status: 404,
        detail: `${f.entity} ${f.id} not found`,
        // what and which, so a screen can say it in the reader's language
        params: { entity: f.entity, id: f.id },
      };
    case 'conflict':
      return {
        type: `${BASE}conflict`,
        title: 'Conflict with the current state',
        status: 409,
        detail: f.message,
        rule: f.rule,
        ...(f.params ? { params: f.params } : {}),
        ...(f.reasons ? { reasons: f.reasons } : {}),
      };
    case 'forbidden':
      return {
        type: `${BASE}forbidden`,
        title: 'Not allowed',
        status: 403,
        detail: f.message,
        rule: f.rule,
        ...(f.params ? { params: f.params } : {}),
      };
    case 'unauthenticated':
      return {
        type: `${BASE}unauthenticated`,
        title: 'Sign-in required',
        status: 401,
        detail: f.message,
      };
    case 'locked':
      return {
        type: `${BASE}locked`,
        title: 'The data are locked',
        status: 423,
        detail: f.message,
        rule: f.rule,
        ...(f.params ? { params: f.params } : {}),
      };
    case 'rate-limited':
      return {
        type: `${BASE}rate-limited`,
        title: 'Too many attempts',
        status: 429,
        detail: f.message,
        retryAfterSeconds: f.retryAfterSeconds,
      };
    default: {
      const never: never = f;
      return never;
    }
  }
}

export function internalProblem(): Problem {
  return {
    type: `${BASE}internal`,
    title: 'Internal error',
    status: 500,
    detail: 'an unexpected error occurred; it has been logged',
  };
}

export function notFoundRouteProblem(method: string, url: string): Problem {
  return {
    type: `${BASE}no-such-route`,
    title: 'No such route',
    status: 404,
    detail: `${method} ${url} is not an API route`,
  };
}
