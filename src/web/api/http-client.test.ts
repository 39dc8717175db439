import { describe, expect, it } from 'vitest';
import { ApiProblem } from './api-problem.ts';
import { CSRF_HEADER, createHttpClient } from './http-client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake fetch answering from a table of `METHOD path` → Response factories. */
function fakeFetch(routes: Record<string, () => Response>) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    const answer = routes[`${init.method ?? 'GET'} ${url}`];
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const json =
  (status: number, body: unknown, type = 'application/json') =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
/** The ApiProblem a request rejects with (fails the test if it resolves or throws another). */
async function problemOf(p: Promise<unknown>): Promise<ApiProblem> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiProblem);
  return e as ApiProblem;
}
const header = (c: Call | undefined, name: string) =>
  (c?.init.headers as Record<string, string> | undefined)?.[name];

describe('http client', () => {
  it('sends same-origin credentials and parses JSON', async () => {
    const { fetchImpl, calls } = fakeFetch({ 'GET /api/study?page=2': json(200, { ok: 1 }) });
    const http = createHttpClient(fetchImpl);
    expect(await http.request('GET', '/api/study', { query: { page: 2, x: undefined } })).toEqual({
      ok: 1,
    });
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(header(calls[0], CSRF_HEADER)).toBeUndefined();
  });

  it('fetches the CSRF token from /api/auth/me once and sends it on every write', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/auth/me': json(200, { user: {}, grants: [], csrfToken: 'tok-1' }),
      'POST /api/things': json(201, { id: 1 }),
      'DELETE /api/things/1': () => new Response(null, { status: 204 }),
    });
    const http = createHttpClient(fetchImpl);
    await http.request('POST', '/api/things', { body: { a: 1 } });
    expect(await http.request('DELETE', '/api/things/1')).toBeUndefined();
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/things',
      'DELETE /api/things/1',
    ]);
    expect(header(calls[1], CSRF_HEADER)).toBe('tok-1');
    expect(header(calls[1], 'content-type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe('{"a":1}');
    expect(header(calls[2], CSRF_HEADER)).toBe('tok-1');
  });

  it('uses a remembered token without asking, and sends none when signed out', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/auth/me': json(401, {
        type: 't',
        title: 'Sign-in required',
        status: 401,
        detail: 'd',
      }),
      'POST /api/auth/login': json(200, { csrfToken: 'x' }),
    });
    const http = createHttpClient(fetchImpl);
    await http.request('POST', '/api/auth/login', { body: {} });
    expect(header(calls[1], CSRF_HEADER)).toBeUndefined();
    http.rememberCsrfToken('tok-2');
    await http.request('POST', '/api/auth/login', { body: {} });
    expect(calls).toHaveLength(3);
    expect(header(calls[2], CSRF_HEADER)).toBe('tok-2');
  });

  it('turns a problem+json answer into an ApiProblem with its field errors', async () => {
    const problem = {
      type: 'https://oncotrial.dev/problems/invalid-input',
      title: 'The input is not valid',
      status: 400,
      detail: 'body.username: must not be empty',
      errors: [{ path: 'body.username', rule: 'too_small', message: 'must not be empty' }, 7],
    };
    const { fetchImpl } = fakeFetch({
      'GET /api/auth/me': json(200, { csrfToken: 't' }),
      'POST /api/auth/login': json(400, problem, 'application/problem+json'),
    });
    const http = createHttpClient(fetchImpl);
    const err = await problemOf(http.request('POST', '/api/auth/login', { body: {} }));
    expect(err.status).toBe(400);
    expect(err.detail).toBe(problem.detail);
    expect(err.errors).toEqual([problem.errors[0]]);
    expect(err.fieldErrors('username')).toEqual([problem.errors[0]]);
    expect(err.fieldErrors('password')).toEqual([]);
  });

  it('reports a non-JSON failure and a network failure as problems', async () => {
    const { fetchImpl } = fakeFetch({
      'GET /api/x': () =>
        new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });
    const http = createHttpClient(fetchImpl);
    const bad = await problemOf(http.request('GET', '/api/x'));
    expect(bad).toMatchObject({ status: 502, title: 'Bad Gateway', isNetworkError: false });
    const down = await problemOf(http.request('GET', '/api/down'));
    expect(down).toMatchObject({ status: 0, isNetworkError: true, detail: 'Failed to fetch' });
  });

  it('forgets the token after a 401 so the next write asks for the new session', async () => {
    let me = 0;
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/auth/me': () => json(200, { csrfToken: `tok-${++me}` })(),
      'POST /api/a': json(401, { type: 't', title: 'Sign-in required', status: 401, detail: 'd' }),
    });
    const http = createHttpClient(fetchImpl);
    await http.request('POST', '/api/a').catch(() => {});
    await http.request('POST', '/api/a').catch(() => {});
    expect(calls.filter((c) => c.url === '/api/auth/me')).toHaveLength(2);
    expect(header(calls[3], CSRF_HEADER)).toBe('tok-2');
  });
});
