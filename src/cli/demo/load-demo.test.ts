/**
 * The demo loads a simulated study through the real API: what the API then reports (subjects,
 * enrolments, the live ORR) equals what the core derives from the simulation itself, the audit
 * chain written along the way verifies, and the same seed loads the same records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedEndpoints } from '../../core/simulation/simulated-endpoints.ts';
import { sessionAuthenticator } from '../../server/auth/session-authenticator.ts';
import { buildApp } from '../../server/build-app.ts';
import { routeTable } from '../../server/route-table.ts';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import type { DialectName } from '../../store/migrations/migration.ts';
import {
  createTestStore,
  describeEachDialect,
  type TestStore,
} from '../../store/testing/test-stores.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { type DemoClient, signInDemoUser } from './demo-client.ts';
import {
  DemoNotEmptyError,
  type DemoResult,
  isFreshStudy,
  loadDemo,
  placePatients,
} from './load-demo.ts';

const SUBJECTS = 8;
/** A seed whose 8 patients include a confirmed responder, so the ORR check is not 0 = 0. */
const SEED = 1;
const LOAD_TIMEOUT = 240_000;

interface Loaded {
  store: TestStore;
  result: DemoResult;
  client: (username: string) => Promise<DemoClient>;
  close(): Promise<void>;
}

async function loadInto(dialect: DialectName): Promise<Loaded> {
  const store = await createTestStore(dialect);
  const result = await loadDemo(store, { subjects: SUBJECTS, seed: SEED });
  const app = await buildApp({
    store,
    routes: routeTable,
    authenticator: sessionAuthenticator(store),
  });
  return {
    store,
    result,
    client: (username) => signInDemoUser(app, username, DEMO_PASSWORD),
    async close() {
      await app.close();
      await store.destroy();
    },
  };
}

/**
 * A subject's records without ids, instants and anything else a second load would renumber.
 * Lists are compared as sorted lists: the API breaks ties between same-day records by id.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(canonical)
      .map((v) => [JSON.stringify(v), v] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, v]) => v);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !/(^id$|Id$|Ids$|At$|^createdAt$|^seq$|^hash$)/.test(k))
        .map(([k, v]) => [k, canonical(v)]),
    );
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return '<instant>';
    return value.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
  }
  return value;
}

async function subjectRecords(c: DemoClient): Promise<unknown[]> {
  const list = await c.send<Array<{ id: string; screeningNumber: string }>>('GET', '/api/subjects');
  const out: unknown[] = [];
  for (const s of [...list].sort((a, b) => a.screeningNumber.localeCompare(b.screeningNumber)))
    out.push(canonical(await c.send('GET', `/api/subjects/${s.id}`)));
  return out;
}

describeEachDialect('oncotrial demo', (dialect) => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await loadInto(dialect);
  }, LOAD_TIMEOUT);
  afterAll(async () => {
    await loaded?.close();
  });

  it('screens every simulated patient and enrols exactly the simulated enrolments', async () => {
    const { result } = loaded;
    const stat = await loaded.client('statistician');
    const subjects = await stat.send<
      Array<{ screeningNumber: string; enrollmentDate: string | null; subjectCode: string | null }>
    >('GET', '/api/subjects');
    expect(subjects).toHaveLength(result.patients.length);
    const simulated = placePatients(result.patients, result.sites);
    const enrolledBySim = simulated
      .filter(({ patient }) => patient.enrolmentDate)
      .map(({ patient }) => `${patient.screeningNumber} ${patient.enrolmentDate}`)
      .sort();
    const enrolledInStore = subjects
      .filter((s) => s.enrollmentDate)
      .map((s) => `${s.screeningNumber} ${s.enrollmentDate}`)
      .sort();
    expect(enrolledBySim.length).toBeGreaterThan(0);
    expect(enrolledInStore).toEqual(enrolledBySim);
    expect(result.outcomes.enrolled).toBe(enrolledBySim.length);
    expect(result.outcomes['design-closed']).toBe(0);
    // the central biobank screens nobody
    const biobank = result.sites.find((s) => s.isCentralBiobank);
    expect(biobank?.code).toBe('CAMS');
    expect(subjects.some((s) => s.screeningNumber.includes('-CAMS-'))).toBe(false);
  });

  it('reports through the live overview the ORR the core derives from the simulation', async () => {
    const { result } = loaded;
    const expected = simulatedEndpoints(result.patients);
    const stat = await loaded.client('statistician');
    const overview = await stat.send<{
      endpoints: { orr: { x: number; n: number; estimate: number } } | null;
    }>('GET', '/api/analysis/overview');
    expect(overview.endpoints).not.toBeNull();
    expect(expected.orr.x).toBeGreaterThan(0);
    expect({
      x: overview.endpoints?.orr.x,
      n: overview.endpoints?.orr.n,
      estimate: overview.endpoints?.orr.estimate,
    }).toEqual({ x: expected.orr.x, n: expected.orr.n, estimate: expected.orr.estimate });
  });

  it('writes an audit chain that verifies', async () => {
    const v = await verifyAuditChain(loaded.store);
    expect(v.firstBreak).toBeNull();
    expect(v.ok).toBe(true);
    expect(v.events).toBeGreaterThan(100);
  });

  it('signs in every demo account with the demo password', async () => {
    for (const a of loaded.result.accounts) {
      const c = await loaded.client(a.username);
      const me = await c.send<{ user: { username: string } }>('GET', '/api/auth/me');
      expect(me.user.username).toBe(a.username);
    }
  });

  it('counts as a fresh study only before anything was loaded (serve loads the demo then)', async () => {
    expect(await isFreshStudy(loaded.store)).toBe(false);
    const empty = await createTestStore(dialect);
    try {
      expect(await isFreshStudy(empty)).toBe(true);
    } finally {
      await empty.destroy();
    }
  });

  it('refuses to load into a database that already holds subjects', async () => {
    await expect(loadDemo(loaded.store, { subjects: 2, seed: SEED })).rejects.toBeInstanceOf(
      DemoNotEmptyError,
    );
  });
});

describe('oncotrial demo determinism [sqlite]', () => {
  it(
    'loads the same subject records from the same seed',
    async () => {
      const a = await loadInto('sqlite');
      const b = await loadInto('sqlite');
      try {
        const [ra, rb] = [
          await subjectRecords(await a.client('statistician')),
          await subjectRecords(await b.client('statistician')),
        ];
        expect(ra).toHaveLength(a.result.patients.length);
        expect(rb).toEqual(ra);
      } finally {
        await a.close();
        await b.close();
      }
    },
    2 * LOAD_TIMEOUT,
  );
});
