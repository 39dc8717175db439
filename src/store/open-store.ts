/**
 * Opens the database (SQLite or PostgreSQL) behind one Kysely instance and runs migrations.
 * SQLite is durable by default: WAL with synchronous=FULL, set on the connection before use
 * (an acknowledged write survives a crash); foreign keys on; a busy timeout so a second process
 * (a CLI command beside the server) waits instead of failing.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './migrations/migration.ts';
import { runMigrations } from './migrations/run-migrations.ts';
import type { Database } from './schema/database.ts';
import { checkpointPath, type StoreConfig } from './store-config.ts';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  config: StoreConfig;
  /** Where the audit chain-head checkpoint is written (outside the database). */
  checkpointFile: string;
  /** Server clock: UTC ISO instant. Injected so tests can control time. */
  now(): string;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  migrate?: boolean;
  now?: () => string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export function openSqlite(file: string): SqliteDatabase.Database {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  return sqlite;
}

export async function openStore(
  config: StoreConfig,
  options: OpenStoreOptions = {},
): Promise<Store> {
  let db: Kysely<Database>;
  if (config.kind === 'sqlite') {
    const sqlite = openSqlite(config.file);
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    const pool = new pg.Pool({ connectionString: config.url, max: options.poolSize ?? 10 });
    // An idle connection can die (server restart, admin termination). node-postgres then emits
    // 'error' on the pool; unhandled, that would crash the process. The pool drops the client and
    // the next query opens a new connection, so there is nothing else to do.
    pool.on('error', () => {});
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const dialect: DialectName = config.kind;
  if (options.migrate !== false) {
    try {
      await runMigrations(db, dialect);
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  return {
    db,
    dialect,
    config,
    checkpointFile: checkpointPath(config),
    now: options.now ?? (() => new Date().toISOString()),
    close: () => db.destroy(),
  };
}
