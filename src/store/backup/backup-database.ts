/**
 * An online, consistent backup while the server keeps writing:
 * - SQLite: better-sqlite3's `.backup()` (SQLite's online backup API) copies the live file in one
 *   step to a temporary file — a consistent snapshot taken under a read lock for the time of one
 *   page copy — which is then written out;
 * - PostgreSQL: every table read in one REPEATABLE READ, READ ONLY transaction (one snapshot).
 * The audit checkpoint is read before the snapshot, so the snapshot contains the event it names.
 * The file is written beside its final name and renamed into place once complete and synced.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { readCheckpoint } from '../audit/audit-checkpoint.ts';
import type { UntypedDb } from '../migrations/migration.ts';
import { checkpointPath, type StoreConfig } from '../store-config.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupTrailer,
} from './backup-format.ts';
import { appliedMigrations, readCatalog } from './database-catalog.ts';
import { GzipLineWriter } from './gzip-lines.ts';
import { tableRows } from './table-rows.ts';

export interface BackupSummary {
  file: string;
  dialect: 'sqlite' | 'postgres';
  tables: number;
  rows: Record<string, number>;
  auditHead: { seq: number; hash: string };
  bytes: number;
}

/**
 * @example
 * const summary = await backupDatabase(storeConfigFromEnv(), 'oncotrial-2026-11-25.backup.gz');
 * summary.auditHead.seq; // audit events in the backup
 */
export async function backupDatabase(config: StoreConfig, outFile: string): Promise<BackupSummary> {
  const checkpoint = readCheckpoint(checkpointPath(config));
  const tmp = join(dirname(outFile), `.${process.pid}-${Date.now()}.backup-part`);
  try {
    const summary =
      config.kind === 'sqlite'
        ? await fromSqlite(config.file, tmp, checkpoint)
        : await fromPostgres(config.url, tmp, checkpoint);
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, outFile);
    return { ...summary, file: outFile };
  } finally {
    rmSync(tmp, { force: true });
  }
}

type Snapshot = Omit<BackupSummary, 'file'>;

async function fromSqlite(
  file: string,
  out: string,
  checkpoint: BackupHeader['checkpoint'],
): Promise<Snapshot> {
  const copy = `${out}.sqlite`;
  if (!existsSync(file)) throw new Error(`no database at ${file}`);
  const live = new SqliteDatabase(file, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 10000');
    // all remaining pages in one step: a writer in between can only make the copy restart once
    await live.backup(copy, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  const db: UntypedDb = new Kysely({
    dialect: new SqliteDialect({ database: new SqliteDatabase(copy) }),
  });
  try {
    return await writeSnapshot(db, 'sqlite', out, checkpoint);
  } finally {
    await db.destroy();
    rmSync(copy, { force: true });
  }
}

async function fromPostgres(
  url: string,
  out: string,
  checkpoint: BackupHeader['checkpoint'],
): Promise<Snapshot> {
  const db: UntypedDb = new Kysely({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    return await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => writeSnapshot(trx, 'postgres', out, checkpoint));
  } finally {
    await db.destroy();
  }
}

async function writeSnapshot(
  db: UntypedDb,
  dialect: 'sqlite' | 'postgres',
  out: string,
  checkpoint: BackupHeader['checkpoint'],
): Promise<Snapshot> {
  const tables = await readCatalog(db, dialect);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    source: { dialect },
    migrations: await appliedMigrations(db, dialect),
    checkpoint,
    tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
  };
  const writer = new GzipLineWriter(out);
  const rows: Record<string, number> = {};
  let auditHead = { seq: 0, hash: '' };
  try {
    await writer.write(header);
    for (const t of tables) {
      let n = 0;
      const seqAt = t.columns.indexOf('seq');
      const hashAt = t.columns.indexOf('hash');
      for await (const r of tableRows(db, t)) {
        await writer.write({ t: t.name, r });
        n++;
        if (t.name === 'audit_events')
          auditHead = { seq: Number(r[seqAt]), hash: String(r[hashAt]) };
      }
      rows[t.name] = n;
    }
    const trailer: BackupTrailer = { end: true, rows, auditHead };
    await writer.write(trailer);
  } finally {
    await writer.close();
  }
  return { dialect, tables: tables.length, rows, auditHead, bytes: writer.bytes };
}
