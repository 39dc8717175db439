/**
 * Restores a backup file (see backup-format.ts) into the database that `config` names — the
 * embedded SQLite file or a PostgreSQL database — whichever engine the backup came from.
 *
 * Refuses a destination that holds data unless `force` is set (then it is replaced). Everything
 * is loaded in one transaction into a freshly migrated schema, parents before children with
 * foreign keys on; before the commit the file must have been read to its trailer with matching
 * row counts and the restored audit chain must verify, against the checkpoint the backup carried.
 * SQLite is built in a side file and renamed into place only then. Finally the chain-head
 * checkpoint outside the database is set to the restored head.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { type AuditCheckpoint, writeCheckpoint } from '../audit/audit-checkpoint.ts';
import { type ChainVerification, verifyAuditChain } from '../audit/verify-audit-chain.ts';
import type { DialectName, UntypedDb } from '../migrations/migration.ts';
import { migrations } from '../migrations/migrations.ts';
import { openSqlite, openStore, type Store } from '../open-store.ts';
import { checkpointPath, type StoreConfig } from '../store-config.ts';
import { type BackupHeader, isHeader, isTrailer } from './backup-format.ts';
import { appliedMigrations, readCatalog } from './database-catalog.ts';
import { readGzipLines } from './gzip-lines.ts';

/** The destination holds data and `force` was not given; nothing was changed. */
export class RestoreRefused extends Error {}

/** The file is not a whole, valid oncotrial backup (or does not fit this version); nothing was changed. */
export class BadBackup extends Error {}

export interface RestoreSummary {
  dialect: DialectName;
  rows: Record<string, number>;
  /** The destination held data that was replaced (`force`). */
  replaced: boolean;
  verification: ChainVerification;
}

/**
 * @example
 * await restoreDatabase('nightly.backup.gz', storeConfigFromEnv(process.env, './restored'));
 */
export async function restoreDatabase(
  file: string,
  config: StoreConfig,
  options: { force?: boolean } = {},
): Promise<RestoreSummary> {
  const header = await readHeader(file);
  const known = migrations.map((m) => m.name);
  if (header.migrations.join('\n') !== known.join('\n'))
    throw new BadBackup(
      `the backup's schema (${header.migrations.at(-1) ?? 'none'}) differs from this oncotrial's (${known.at(-1)}): restore it with the oncotrial version that made it, then upgrade`,
    );
  const holdsData = await destinationHoldsData(config);
  if (holdsData && !options.force)
    throw new RestoreRefused(
      `the destination database holds data; nothing was changed (use --force to replace it)`,
    );

  let store: Store;
  let target: string | null = null;
  if (config.kind === 'sqlite') {
    target = `${config.file}.restoring`;
    removeSqlite(target);
    store = await openStore({ ...config, file: target });
  } else {
    if (holdsData) await dropSchema(config.url);
    store = await openStore(config);
  }
  let result: Omit<RestoreSummary, 'replaced'>;
  try {
    result = await load(store, file, header);
  } catch (e) {
    await store.close();
    if (target) removeSqlite(target);
    throw e;
  }
  await store.close();
  if (config.kind === 'sqlite' && target) {
    removeSqlite(config.file);
    renameSync(target, config.file);
  }
  const cp = checkpointPath(config);
  rmSync(cp, { force: true });
  const v = result.verification;
  if (v.headSeq > 0)
    writeCheckpoint(cp, { seq: v.headSeq, hash: v.headHash, writtenAt: new Date().toISOString() });
  return { ...result, replaced: holdsData };
}

async function readHeader(file: string): Promise<BackupHeader> {
  if (!existsSync(file)) throw new BadBackup(`no such file: ${file}`);
  try {
    for await (const first of readGzipLines(file)) {
      if (isHeader(first)) return first;
      break;
    }
  } catch (e) {
    throw new BadBackup(`${file} is not an oncotrial backup (${(e as Error).message})`);
  }
  throw new BadBackup(`${file} is not an oncotrial backup (no header)`);
}

async function load(
  store: Store,
  file: string,
  header: BackupHeader,
): Promise<Omit<RestoreSummary, 'replaced'>> {
  const applied = await appliedMigrations(store.db as unknown as UntypedDb, store.dialect);
  if (applied.join('\n') !== header.migrations.join('\n'))
    throw new BadBackup('the destination schema does not match the backup');
  const dir = mkdtempSync(join(tmpdir(), 'oncotrial-restore-'));
  try {
    return await store.db.transaction().execute(async (trx) => {
      const db = trx as unknown as UntypedDb;
      const catalog = new Map((await readCatalog(db, store.dialect)).map((t) => [t.name, t]));
      for (const t of header.tables) {
        const dest = catalog.get(t.name);
        const missing = t.columns.filter((c) => !dest?.columns.includes(c));
        if (!dest || missing.length)
          throw new BadBackup(`table ${t.name} does not fit this schema (${missing.join(', ')})`);
      }
      // rows the migrations seeded (the empty chain head) give way to the backup's
      await db.deleteFrom('audit_chain_head').execute();

      const rows: Record<string, number> = {};
      let batch: unknown[][] = [];
      let batchTable: BackupHeader['tables'][number] | null = null;
      const flush = async () => {
        if (!batchTable || batch.length === 0) return;
        const cols = batchTable.columns;
        await db
          .insertInto(batchTable.name)
          .values(batch.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i] ?? null]))))
          .execute();
        batch = [];
      };
      const order = new Map(header.tables.map((t, i) => [t.name, i]));
      let at = -1;
      let trailer = null;
      let first = true;
      for await (const line of readGzipLines(file)) {
        if (first) {
          first = false;
          continue;
        }
        if (isTrailer(line)) {
          trailer = line;
          break;
        }
        const { t, r } = line as { t: string; r: unknown[] };
        const i = order.get(t);
        if (i === undefined || i < at || !Array.isArray(r))
          throw new BadBackup(`unexpected line for table ${t}: the file is damaged`);
        if (i !== at) {
          await flush();
          at = i;
          batchTable = header.tables[i]!;
        }
        batch.push(r);
        rows[t] = (rows[t] ?? 0) + 1;
        if (batch.length >= Math.min(1000, Math.floor(30_000 / batchTable!.columns.length)))
          await flush();
      }
      await flush();
      if (!trailer)
        throw new BadBackup('the backup file ends early (no trailer): it is incomplete');
      for (const t of header.tables)
        if ((rows[t.name] ?? 0) !== (trailer.rows[t.name] ?? 0))
          throw new BadBackup(
            `table ${t.name}: ${rows[t.name] ?? 0} rows, the trailer says ${trailer.rows[t.name]}`,
          );

      const checkpointFile = join(dir, 'backup.audit-head.json');
      if (header.checkpoint) writeCheckpoint(checkpointFile, header.checkpoint as AuditCheckpoint);
      const verification = await verifyAuditChain({ ...store, db: trx, checkpointFile });
      if (!verification.ok)
        throw new BadBackup(
          `the audit chain in the backup does not verify: ${verification.firstBreak?.message}`,
        );
      if (verification.headSeq !== trailer.auditHead.seq)
        throw new BadBackup('the audit chain head differs from the trailer');
      const head = await trx
        .selectFrom('audit_chain_head')
        .select(['seq', 'hash'])
        .executeTakeFirst();
      if (!head || Number(head.seq) !== verification.headSeq || head.hash !== verification.headHash)
        throw new BadBackup('the stored chain head differs from the last audit event');
      return { dialect: store.dialect, rows, verification };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when any table (other than the chain head the migrations seed) has a row. */
async function destinationHoldsData(config: StoreConfig): Promise<boolean> {
  let db: UntypedDb;
  if (config.kind === 'sqlite') {
    if (!existsSync(config.file)) return false;
    db = new Kysely({ dialect: new SqliteDialect({ database: openSqlite(config.file) }) });
  } else {
    db = new Kysely({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 1 }) }),
    });
  }
  try {
    for (const t of await readCatalog(db, config.kind)) {
      if (t.name === 'audit_chain_head') continue;
      const r = await db.selectFrom(t.name).select(sql<number>`1`.as('one')).limit(1).execute();
      if (r.length) return true;
    }
    return false;
  } finally {
    await db.destroy();
  }
}

/** Replaces a PostgreSQL database's schema with an empty one (--force). */
async function dropSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ s: string }>('select current_schema() as s');
    const schema = client.escapeIdentifier(r.rows[0]!.s);
    await client.query(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
}

function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${file}${suffix}`, { force: true });
}
