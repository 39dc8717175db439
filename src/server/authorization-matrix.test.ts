/**
 * Every route × every role, generated from the route table: a route without a matrix row fails,
 * a row that disagrees with the route's declared access fails, and each role is really refused
 * (403) or let through (anything but 401/403) by the running server. Anonymous callers get 401 on
 * every non-public route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../core/access/roles.ts';
import { describeEachDialect } from '../store/testing/test-stores.ts';
import { authorizationMatrix } from './authorization-matrix.ts';
import type { RouteSpec } from './route-spec.ts';
import { routeTable } from './route-table.ts';
import { type Client, createTestApp, type TestApp } from './testing/test-app.ts';

const key = (r: RouteSpec) => `${r.method} ${r.path}`;

/** A syntactically valid path for a route: parameters become a harmless placeholder UUID. */
const urlOf = (r: RouteSpec) => r.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');

function declared(r: RouteSpec): 'public' | 'signed-in' | Role[] {
  return r.access.kind === 'roles' ? [...r.access.roles].sort() : r.access.kind;
}

describe('authorisation matrix: one reviewed row per route', () => {
  it('has a row for every route and a route for every row', () => {
    const routes = routeTable.map(key).sort();
    const rows = Object.keys(authorizationMatrix).sort();
    expect(
      routes.filter((k) => !rows.includes(k)),
      'routes without a matrix row',
    ).toEqual([]);
    expect(
      rows.filter((k) => !routes.includes(k)),
      'matrix rows without a route',
    ).toEqual([]);
  });
  it.each(routeTable.map((r) => [key(r), r] as const))(
    '%s: the route declares what the matrix says',
    (_k, r) => {
      const row = authorizationMatrix[key(r)]!;
      const expected = typeof row.allow === 'string' ? row.allow : [...row.allow].sort();
      expect(declared(r)).toEqual(expected);
    },
  );
});

describeEachDialect('authorisation matrix enforced over HTTP', (dialect) => {
  let t: TestApp;
  const clients = new Map<Role, Client>();
  let unexpectedAllows = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const role of ROLES)
      clients.set(role, await t.user(`only-${role}`, [{ role, site: 'a' }]));
  });
  afterAll(async () => {
    await t.destroy();
  });

  const guarded = routeTable.filter((r) => r.access.kind !== 'public');
  it.each(guarded.map((r) => [key(r), r] as const))('%s: anonymous → 401', async (_k, r) => {
    const res = await t.anonymous.request(r.method, urlOf(r), r.method === 'GET' ? undefined : {});
    expect(res.statusCode).toBe(401);
  });

  const roleRoutes = routeTable.filter((r) => r.access.kind === 'roles');
  // Sign-out ends the caller's session: run it last so other rows keep their sessions.
  it.each(roleRoutes.map((r) => [key(r), r] as const))(
    '%s: each role refused or admitted as the matrix says',
    async (_k, r) => {
      const allow = authorizationMatrix[key(r)]!.allow as readonly Role[];
      for (const role of ROLES) {
        const res = await clients
          .get(role)!
          .request(r.method, urlOf(r), r.method === 'GET' ? undefined : {});
        if (allow.includes(role)) {
          expect(
            [401, 403],
            `${role} must be admitted to ${key(r)} (got ${res.statusCode} ${res.body})`,
          ).not.toContain(res.statusCode);
        } else {
          if (res.statusCode !== 403) unexpectedAllows++;
          expect(res.statusCode, `${role} must be refused ${key(r)}`).toBe(403);
        }
      }
    },
  );

  it('signed-in routes admit every role', async () => {
    for (const r of routeTable.filter((x) => x.access.kind === 'signed-in' && x.method === 'GET')) {
      for (const role of ROLES)
        expect((await clients.get(role)!.get(urlOf(r))).statusCode, `${role} ${key(r)}`).toBe(200);
    }
  });

  it('zero unexpected allows', () => {
    expect(unexpectedAllows).toBe(0);
  });
});
