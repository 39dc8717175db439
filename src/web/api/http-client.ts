/**
 * The one place the web app calls `fetch`. Same-origin cookies carry the session; every
 * state-changing request carries the CSRF token in `x-csrf-token` (taken from the sign-in
 * answer, or fetched once from GET /api/auth/me). Failures become `ApiProblem`s.
 * Resource modules (`*.resource.ts`) build the URLs; components never do.
 */
import { networkProblem, problemFromResponse } from './api-problem.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

export interface HttpClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  /** Called with the token from sign-in (or null at sign-out) so writes need no extra round trip. */
  rememberCsrfToken(token: string | null): void;
}

export const CSRF_HEADER = 'x-csrf-token';
const SESSION_PATH = '/api/auth/me';
const STATE_CHANGING: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const type = res.headers.get('content-type') ?? '';
  return type.includes('json') ? res.json() : res.text();
}

/**
 * @example
 * const http = createHttpClient(fetch);
 * const study = await http.request<StudyResponse>('GET', '/api/study');
 */
export function createHttpClient(fetchImpl: typeof fetch): HttpClient {
  let csrfToken: string | null = null;
  let pendingToken: Promise<string | null> | null = null;

  async function send(
    method: HttpMethod,
    url: string,
    options: RequestOptions,
    csrf: string | null,
  ) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (csrf) headers[CSRF_HEADER] = csrf;
    try {
      return await fetchImpl(url, {
        method,
        headers,
        credentials: 'same-origin',
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw networkProblem(e);
    }
  }

  /** The session's token; null when signed out (a sign-in request needs none). */
  function tokenForWrite(): Promise<string | null> {
    if (csrfToken) return Promise.resolve(csrfToken);
    pendingToken ??= (async () => {
      try {
        const res = await send('GET', SESSION_PATH, {}, null);
        if (!res.ok) return null;
        const body = (await res.json()) as { csrfToken?: unknown };
        csrfToken = typeof body.csrfToken === 'string' ? body.csrfToken : null;
        return csrfToken;
      } catch {
        return null;
      } finally {
        pendingToken = null;
      }
    })();
    return pendingToken;
  }

  return {
    async request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
      const csrf = STATE_CHANGING.has(method) ? await tokenForWrite() : null;
      const res = await send(method, withQuery(path, options.query), options, csrf);
      if (!res.ok) {
        // the session is gone: the next write must fetch the new session's token
        if (res.status === 401) csrfToken = null;
        throw await problemFromResponse(res);
      }
      return (await readBody(res)) as T;
    },
    rememberCsrfToken(token) {
      csrfToken = token;
    },
  };
}

/** The app's client, on the browser's fetch (bound: some browsers reject an unbound call). */
export const http: HttpClient = createHttpClient((input, init) => globalThis.fetch(input, init));
