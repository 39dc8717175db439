/**
 * A fresh database for a rig that runs the real server: a temporary data directory and, for
 * PostgreSQL, a new database on the server at `pgAdminUrl` (dropped again by `destroy`). An
 * administrator account is made the way production makes one (account, one-time token, own
 * password, role grant) through the store, and the store is closed before any server starts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  createUser,
  grantRole,
  setPasswordWithToken,
} from '../../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import type { DialectName } from '../../store/migrations/migration.ts';
import { openStore, type Store } from '../../store/open-store.ts';
import { type StoreConfig, storeConfigFromEnv } from '../../store/store-config.ts';

export const RIG_PASSWORD = 'a long rig passphrase 42';

export interface RigDatabase {
  dialect: DialectName;
  dataDir: string;
  /** Set for PostgreSQL. */
  databaseUrl?: string;
  config: StoreConfig;
  admin: { username: string; password: string };
  /** Opens the store (no migration) to inspect what the server left. */
  open(): Promise<Store>;
  destroy(): Promise<void>;
}

/**
 * @example
 * const rig = await createRigDatabase('sqlite');
 * const server = await startServerProcess({ dataDir: rig.dataDir, databaseUrl: rig.databaseUrl });
 */
export async function createRigDatabase(
  dialect: DialectName,
  pgAdminUrl = process.env.ONCOTRIAL_TEST_PG_URL,
): Promise<RigDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-rig-'));
  let databaseUrl: string | undefined;
  let drop = async (): Promise<void> => {};
  if (dialect === 'postgres') {
    if (!pgAdminUrl) throw new Error('no PostgreSQL: set ONCOTRIAL_TEST_PG_URL');
    const name = `oncotrial_rig_${randomBytes(6).toString('hex')}`;
    await pgAdmin(pgAdminUrl, `CREATE DATABASE ${name}`);
    const u = new URL(pgAdminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    drop = () => pgAdmin(pgAdminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const config = storeConfigFromEnv(databaseUrl ? { DATABASE_URL: databaseUrl } : {}, dataDir);
  const admin = { username: 'rig-admin', password: RIG_PASSWORD };
  const store = await openStore(config);
  try {
    const { user, activationToken } = await createUser(store, SYSTEM_ACTOR, {
      username: admin.username,
      displayName: 'Rig administrator',
    });
    await setPasswordWithToken(store, activationToken, admin.password);
    await grantRole(store, SYSTEM_ACTOR, user.id, 'administrator', null);
  } finally {
    await store.close();
  }
  return {
    dialect,
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    config,
    admin,
    open: () => openStore(config, { migrate: false }),
    async destroy() {
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs one statement as the PostgreSQL administrator (CREATE/DROP DATABASE). */
export async function pgAdmin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
