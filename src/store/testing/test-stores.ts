/**
 * The dialect matrix for store and API tests (like Kysely's own): every suite written with
 * {@link describeEachDialect} runs on SQLite and, when `ONCOTRIAL_TEST_PG_URL` names a server
 * where we may CREATE DATABASE, on PostgreSQL — each test store in a fresh database.
 * `npm test` sets that variable when a server answers (scripts/test.mjs).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import type { DialectName } from '../migrations/migration.ts';
import { type OpenStoreOptions, openStore, type Store } from '../open-store.ts';
import type { StoreConfig } from '../store-config.ts';

export const pgTestUrl = process.env.ONCOTRIAL_TEST_PG_URL;

export interface TestStore extends Store {
  /** Closes the store and removes its database and data directory. */
  destroy(): Promise<void>;
}

/** A fresh, migrated store on `dialect`. */
export async function createTestStore(
  dialect: DialectName,
  options: OpenStoreOptions = {},
): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-test-'));
  let config: StoreConfig;
  let dropDb: (() => Promise<void>) | null = null;
  if (dialect === 'sqlite') {
    config = { kind: 'sqlite', file: join(dataDir, 'test.sqlite'), dataDir };
  } else {
    if (!pgTestUrl) throw new Error('ONCOTRIAL_TEST_PG_URL is not set');
    const name = `oncotrial_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const u = new URL(pgTestUrl);
    u.pathname = `/${name}`;
    config = { kind: 'postgres', url: u.toString(), dataDir };
    dropDb = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const store = await openStore(config, { poolSize: 4, ...options });
  return {
    ...store,
    async destroy() {
      await store.close().catch(() => {});
      if (dropDb) await dropDb();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reopens an existing test store's database (e.g. after a simulated restart). */
export async function reopenTestStore(
  store: Store,
  options: OpenStoreOptions = {},
): Promise<Store> {
  return openStore(store.config, { poolSize: 4, ...options });
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgTestUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export const testDialects: DialectName[] = ['sqlite', 'postgres'];

/**
 * Runs `suite` once per database engine. On a machine without PostgreSQL the postgres variant is
 * reported as skipped, with the reason in its title.
 */
export function describeEachDialect(title: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of testDialects) {
    if (dialect === 'postgres' && !pgTestUrl) {
      describe.skip(`${title} [postgres] (skipped: no PostgreSQL — set ONCOTRIAL_TEST_PG_URL)`, () =>
        suite(dialect));
    } else {
      describe(`${title} [${dialect}]`, () => suite(dialect));
    }
  }
}
