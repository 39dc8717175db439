/**
 * A signed-in user of the demo, talking to the real Fastify app in-process with `inject`: the
 * same sign-in, session cookie, CSRF token, access checks, validation and audited write path as
 * a browser, without a socket. A refused request throws {@link DemoRequestError} carrying the
 * response body, so a bug in the write path is visible instead of quietly skipped.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class DemoRequestError extends Error {
  readonly status: number;
  readonly body: string;
  constructor(method: string, url: string, status: number, body: string) {
    super(`${method} ${url} was refused: ${status} ${body}`);
    this.name = 'DemoRequestError';
    this.status = status;
    this.body = body;
  }
}

/** Requests sent and time spent, per method and route shape (ids replaced by `:id`). */
export type RequestStats = Map<string, { count: number; ms: number }>;

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export interface DemoClient {
  username: string;
  /** Sends a request; resolves with the parsed JSON body of a 2xx answer, else throws. */
  send<T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<T>;
  /** Sends a request and returns the raw answer, whatever its status. */
  raw(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

function parse<T>(r: LightMyRequestResponse): T {
  return (r.body.length > 0 ? r.json() : {}) as T;
}

/**
 * Signs `username` in through `POST /api/auth/login` and returns a client holding the session.
 *
 * @example
 * const c = await signInDemoUser(app, 'coordinator', DEMO_PASSWORD);
 * const subject = await c.send('POST', '/api/subjects', { siteId, screeningNumber: 'S-1' });
 */
export async function signInDemoUser(
  app: FastifyInstance,
  username: string,
  password: string,
  stats: RequestStats = new Map(),
): Promise<DemoClient> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  if (login.statusCode !== 200)
    throw new DemoRequestError('POST', '/api/auth/login', login.statusCode, login.body);
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const csrf = String(login.json().csrfToken);
  const raw = async (method: string, url: string, body?: unknown) => {
    const t0 = performance.now();
    const r = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const key = `${method} ${url.replace(ID, ':id')}`;
    const s = stats.get(key) ?? { count: 0, ms: 0 };
    s.count++;
    s.ms += performance.now() - t0;
    stats.set(key, s);
    return r;
  };
  return {
    username,
    raw,
    async send<T>(method: string, url: string, body?: unknown): Promise<T> {
      const r = await raw(method, url, body);
      if (r.statusCode < 200 || r.statusCode > 299)
        throw new DemoRequestError(method, url, r.statusCode, r.body);
      return parse<T>(r);
    },
  };
}
