import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { ensureDefaultProtocol } from '../store/protocol/protocol-repository.ts';
import {
  createTestStore,
  describeEachDialect,
  type TestStore,
} from '../store/testing/test-stores.ts';
import { buildApp } from './build-app.ts';
import { defineRoute, json } from './route-spec.ts';
import { routeTable } from './route-table.ts';

const echo = defineRoute({
  method: 'POST',
  path: '/api/test/echo/:n',
  summary: 'echo',
  tag: 'test',
  access: { kind: 'public' },
  params: z.object({ n: z.coerce.number().int().min(1) }),
  body: z.object({ name: z.string().min(1), dose: z.number().positive() }),
  async handler({ params, body }) {
    return json({ n: params.n, ...body });
  },
});
const guarded = defineRoute({
  method: 'GET',
  path: '/api/test/guarded',
  summary: 'guarded',
  tag: 'test',
  access: { kind: 'roles', roles: ['statistician'], scope: 'study' },
  async handler() {
    return json({ secret: true });
  },
});

describeEachDialect('HTTP server', (dialect) => {
  let store: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    await ensureDefaultProtocol(store);
    app = await buildApp({ store, routes: [...routeTable, echo, guarded] });
  });
  afterAll(async () => {
    await app.close();
    await store.destroy();
  });

  it('answers health', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', database: dialect });
  });

  it('serves the study definition in force', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/study' });
    expect(r.statusCode).toBe(200);
    const b = r.json();
    expect(b.version).toBe('1.0');
    expect(b.definition.treatment.startingDoseMg).toBe(20);
    expect(b.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names every bad field and its rule in an RFC 9457 problem', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/test/echo/0',
      payload: { name: '', dose: -1 },
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    const p = r.json();
    expect(p.status).toBe(400);
    expect(p.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.dose',
      'body.name',
      'params.n',
    ]);
    expect(p.errors.every((e: { rule: string }) => e.rule.length > 0)).toBe(true);
  });

  it('refuses the NUL character in any field (PostgreSQL cannot store it) with a 400 naming the field', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/test/echo/1',
      payload: { name: 'a\u0000b', dose: 1 },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([
      { path: 'body.name', rule: 'no-nul-character', message: expect.stringMatching(/NUL/) },
    ]);
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/test/echo/1',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toMatchObject({ path: 'body', rule: 'json-syntax' });
  });

  it('refuses a role-guarded route without a session', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/test/guarded' });
    expect(r.statusCode).toBe(401);
    expect(r.json().title).toBe('Sign-in required');
  });

  it('answers unknown API routes with a problem', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
  });

  it('publishes OpenAPI generated from the route table, with access', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/api/test/echo/{n}'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['name', 'dose']);
    expect(doc.paths['/api/study/versions'].post['x-access']).toEqual({
      kind: 'roles',
      roles: ['administrator'],
      scope: 'study',
    });
  });
});
