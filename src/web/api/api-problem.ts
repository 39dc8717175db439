/**
 * Errors from the API as one typed value: the server answers failures with RFC 9457
 * problem+json `{ type, title, status, detail, errors?: [{ path, rule, message }] }`; a network
 * failure or a non-problem answer is turned into the same shape so screens handle one thing.
 */
import type { Reason } from '../../core/shared/reason.ts';
import { readReasons } from '../../core/shared/reason-from-stored.ts';

export interface FieldError {
  /** Dotted path as the server names it, e.g. `body.username`. */
  path: string;
  rule: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  rule?: string;
  /** A conflict's findings one by one (e.g. the enrolment gate's failing criteria), as core reasons. */
  reasons?: Reason[];
}

export const NETWORK_PROBLEM_TYPE = 'about:blank#network-error';

export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly rule: string | undefined;
  readonly reasons: Reason[];

  constructor(body: ProblemBody) {
    super(body.detail || body.title);
    this.name = 'ApiProblem';
    this.type = body.type;
    this.title = body.title;
    this.status = body.status;
    this.detail = body.detail;
    this.errors = body.errors ?? [];
    this.rule = body.rule;
    this.reasons = body.reasons ?? [];
  }

  /** True when the request never got an answer (offline, server down). */
  get isNetworkError(): boolean {
    return this.type === NETWORK_PROBLEM_TYPE;
  }

  /**
   * The field errors for one input, matched on the path with or without the `body.` prefix.
   * @example problem.fieldErrors('username') // errors at 'body.username'
   */
  fieldErrors(path: string): FieldError[] {
    return this.errors.filter((e) => e.path === path || e.path === `body.${path}`);
  }
}

/**
 * The messages for one input out of any error (none unless it is an ApiProblem naming the field).
 * @example fieldMessages(login.error, 'username') // ['must not be empty']
 */
export function fieldMessages(error: unknown, path: string): string[] {
  return error instanceof ApiProblem ? error.fieldErrors(path).map((e) => e.message) : [];
}

function isFieldError(v: unknown): v is FieldError {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.path === 'string' && typeof o.rule === 'string' && typeof o.message === 'string';
}

/** Reads a failed response into an ApiProblem, whatever its body. */
export async function problemFromResponse(res: Response): Promise<ApiProblem> {
  const fallback: ProblemBody = {
    type: 'about:blank',
    title: res.statusText || `HTTP ${res.status}`,
    status: res.status,
    detail: `${res.status} ${res.statusText}`.trim(),
  };
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return new ApiProblem(fallback);
  }
  if (typeof body !== 'object' || body === null) return new ApiProblem(fallback);
  const o = body as Record<string, unknown>;
  return new ApiProblem({
    type: typeof o.type === 'string' ? o.type : fallback.type,
    title: typeof o.title === 'string' ? o.title : fallback.title,
    status: typeof o.status === 'number' ? o.status : res.status,
    detail: typeof o.detail === 'string' ? o.detail : fallback.detail,
    errors: Array.isArray(o.errors) ? o.errors.filter(isFieldError) : [],
    ...(typeof o.rule === 'string' ? { rule: o.rule } : {}),
    ...(Array.isArray(o.reasons) ? { reasons: readReasons(o.reasons) } : {}),
  });
}

export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem({
    type: NETWORK_PROBLEM_TYPE,
    title: 'Network error',
    status: 0,
    detail: cause instanceof Error ? cause.message : String(cause),
  });
}
