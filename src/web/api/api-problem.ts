/**
 * Errors from the API as one typed value: the server answers failures with RFC 9457
 * problem+json `{ type, title, status, detail, rule?, params?, errors?: [{ path, rule, message,
 * params? }] }`; a network failure or a non-problem answer is turned into the same shape so
 * screens handle one thing. The English `message`/`detail` are the server's; screens show them in
 * the reader's language by rule (`i18n/problem-text.ts`, `i18n/use-problem-text.ts`).
 */
import type { Reason } from '../../core/shared/reason.ts';
import { readReasons } from '../../core/shared/reason-from-stored.ts';

/** A rule's values, e.g. `{ remaining: 3, requested: 5 }`. */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface FieldError {
  /** Dotted path as the server names it, e.g. `body.username`. */
  path: string;
  rule: string;
  message: string;
  params?: ProblemParams;
  /** The message is already in the reader's language (a form's own check, `client-check.ts`). */
  localised?: boolean;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  rule?: string;
  params?: ProblemParams;
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
  readonly params: ProblemParams;
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
    this.params = body.params ?? {};
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

/** The string and number values of `v` (anything else an older or odd server sent is dropped). */
function readParams(v: unknown): ProblemParams | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' || typeof x === 'number') out[k] = x;
  }
  return out;
}

function readFieldError(v: unknown): FieldError | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.path !== 'string' || typeof o.rule !== 'string' || typeof o.message !== 'string')
    return null;
  const params = readParams(o.params);
  return { path: o.path, rule: o.rule, message: o.message, ...(params ? { params } : {}) };
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
  const params = readParams(o.params);
  return new ApiProblem({
    type: typeof o.type === 'string' ? o.type : fallback.type,
    title: typeof o.title === 'string' ? o.title : fallback.title,
    status: typeof o.status === 'number' ? o.status : res.status,
    detail: typeof o.detail === 'string' ? o.detail : fallback.detail,
    errors: Array.isArray(o.errors)
      ? o.errors.map(readFieldError).filter((e): e is FieldError => e !== null)
      : [],
    ...(typeof o.rule === 'string' ? { rule: o.rule } : {}),
    ...(params ? { params } : {}),
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
