/**
 * In-process HTTP test rig: a real store (SQLite or PostgreSQL), the real route table and the
 * real session authenticator, driven with Fastify's `inject` (real HTTP semantics, no socket).
 * Users are created the way production creates them: account + one-time token + own password.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../core/access/roles.ts';
import {
  createUser,
  grantRole,
  setPasswordWithToken,
} from '../../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import type { DialectName } from '../../store/migrations/migration.ts';
import { ensureDefaultProtocol } from '../../store/protocol/protocol-repository.ts';
import { createSite, type Site } from '../../store/sites/site-repository.ts';
import { createTestStore, type TestStore } from '../../store/testing/test-stores.ts';
import { sessionAuthenticator } from '../auth/session-authenticator.ts';
import { buildApp } from '../build-app.ts';
import type { RouteSpec } from '../route-spec.ts';
import { routeTable } from '../route-table.ts';

export const TEST_PASSWORD = 'a long test passphrase 42';

/** A controllable server clock. */
export class TestClock {
  ms = Date.parse('2026-03-02T08:00:00.000Z');
  now = (): string => new Date(this.ms).toISOString();
  advanceMinutes(m: number): void {
    this.ms += m * 60_000;
  }
}

export interface Client {
  username: string;
  userId: string;
  csrfToken: string;
  cookie: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  store: TestStore;
  clock: TestClock;
  /** Two enrolling sites and the central biobank. */
  sites: { a: Site; b: Site; biobank: Site };
  /** Creates a user holding `grants` and returns a signed-in client. */
  user(
    username: string,
    grants: Array<{ role: Role; site: 'a' | 'b' | 'biobank' | null }>,
  ): Promise<Client>;
  signIn(username: string, password?: string): Promise<Client>;
  anonymous: Pick<Client, 'request' | 'get' | 'post'>;
  destroy(): Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  extraRoutes: RouteSpec[] = [],
): Promise<TestApp> {
  const clock = new TestClock();
  const store = await createTestStore(dialect, { now: clock.now });
  await ensureDefaultProtocol(store);
  const app = await buildApp({
    store,
    routes: [...routeTable, ...extraRoutes],
    authenticator: sessionAuthenticator(store),
  });
  const a = await createSite(store, SYSTEM_ACTOR, {
    code: 'BJ01',
    name: 'Beijing site',
    timezone: 'Asia/Shanghai',
  });
  const b = await createSite(store, SYSTEM_ACTOR, {
    code: 'SH02',
    name: 'Shanghai site',
    timezone: 'Asia/Shanghai',
  });
  const biobank = await createSite(store, SYSTEM_ACTOR, {
    code: 'CAMS',
    name: 'Cancer Hospital, Chinese Academy of Medical Sciences',
    timezone: 'Asia/Shanghai',
    isCentralBiobank: true,
  });
  const sites = { a, b, biobank };

  const raw = (cookie: string | null, csrf: string | null) =>
    async function request(
      method: string,
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) {
      return app.inject({
        method: method as 'GET',
        url,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      });
    };

  async function signIn(username: string, password = TEST_PASSWORD): Promise<Client> {
    const r = await raw(null, null)(
      'POST',
      '/api/auth/login',
      { username, password },
      { 'x-forwarded-for': username },
    );
    if (r.statusCode !== 200)
      throw new Error(`sign-in of ${username} failed: ${r.statusCode} ${r.body}`);
    const setCookie = String(r.headers['set-cookie']);
    const cookie = setCookie.split(';')[0] ?? '';
    const b = r.json();
    const request = raw(cookie, b.csrfToken);
    return {
      username,
      userId: b.user.id,
      csrfToken: b.csrfToken,
      cookie,
      request,
      get: (u) => request('GET', u),
      post: (u, body) => request('POST', u, body ?? {}),
      put: (u, body) => request('PUT', u, body ?? {}),
      patch: (u, body) => request('PATCH', u, body ?? {}),
      delete: (u, body) => request('DELETE', u, body),
    };
  }

  async function user(
    username: string,
    grants: Array<{ role: Role; site: 'a' | 'b' | 'biobank' | null }>,
  ): Promise<Client> {
    const { user, activationToken } = await createUser(store, SYSTEM_ACTOR, {
      username,
      displayName: `Dr ${username}`,
    });
    await setPasswordWithToken(store, activationToken, TEST_PASSWORD);
    for (const g of grants)
      await grantRole(store, SYSTEM_ACTOR, user.id, g.role, g.site ? sites[g.site].id : null);
    return signIn(username);
  }

  const anonRequest = raw(null, null);
  return {
    app,
    store,
    clock,
    sites,
    user,
    signIn,
    anonymous: {
      request: anonRequest,
      get: (u) => anonRequest('GET', u),
      post: (u, b) => anonRequest('POST', u, b ?? {}),
    },
    async destroy() {
      await app.close();
      await store.destroy();
    },
  };
}
