/**
 * Property-based fuzzing of every route's input (fast-check): arbitrary path parameters, query
 * strings and JSON bodies — with SQL-injection and script payloads mixed in — sent by a user who
 * holds every role study-wide. For every answer: never a 5xx; a 400 names each bad field with a
 * rule; and a refused request writes nothing (the audit chain head does not move, apart from the
 * audited refusals themselves, such as a signature refused for a wrong password).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES } from '../core/access/roles.ts';
import { describeEachDialect } from '../store/testing/test-stores.ts';
import type { RouteSpec } from './route-spec.ts';
import { routeTable } from './route-table.ts';
import { type Client, createTestApp, type TestApp } from './testing/test-app.ts';

const PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE audit_events; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=cmd|/C calc!A0',
  '../../etc/passwd',
  '\u0000',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 中文 ﷽',
];
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...PAYLOADS));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const body = fc.oneof(fc.dictionary(text, json, { maxKeys: 6 }), json);

/** Audited refusals: writing these for a refused request is the point, not a partial write. */
const REFUSAL_ACTIONS = new Set([
  'signature-refused',
  'login-failed',
  'login-refused-locked',
  'login-refused-disabled',
]);

// Sign-in and password routes would lock the fuzzing user out; they have their own tests.
const fuzzed = routeTable.filter((r) => !r.path.startsWith('/api/auth/'));

const fill = (r: RouteSpec, values: string[]) => {
  let i = 0;
  return r.path.replace(/:(\w+)/g, () => encodeURIComponent(values[i++ % values.length] || 'x'));
};

describeEachDialect('input fuzzing of every route', (dialect) => {
  let t: TestApp;
  let all: Client;
  let fiveXx = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    all = await t.user(
      'everything',
      ROLES.map((role) => ({ role, site: null })),
    );
  });
  afterAll(() => t.destroy());

  const head = async () =>
    Number(
      (await t.store.db.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow()).seq,
    );

  it.each(fuzzed.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_k, r) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), text, { maxKeys: 3 }),
        body,
        async (params, query, b) => {
          const qs = new URLSearchParams(query).toString();
          const url = `${fill(r, params)}${qs ? `?${qs}` : ''}`;
          const before = await head();
          const res = await all.request(r.method, url, r.method === 'GET' ? undefined : b);
          if (res.statusCode >= 500) fiveXx++;
          expect(res.statusCode, `${r.method} ${url} → ${res.body}`).toBeLessThan(500);
          if (res.statusCode === 400) {
            const p = res.json();
            expect(Array.isArray(p.errors), res.body).toBe(true);
            for (const e of p.errors) {
              expect(typeof e.path).toBe('string');
              expect(e.rule, res.body).toBeTruthy();
              expect(e.message, res.body).toBeTruthy();
            }
          }
          if (res.statusCode >= 400) {
            const events = await t.store.db
              .selectFrom('audit_events')
              .select('action')
              .where('seq', '>', before)
              .execute();
            expect(
              events.filter((e) => !REFUSAL_ACTIONS.has(e.action)),
              `refused ${r.method} ${url} wrote ${JSON.stringify(events)}`,
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 6, seed: 20261125 },
    );
  });

  it('answered no request with a 5xx', () => {
    expect(fiveXx).toBe(0);
  });
});
