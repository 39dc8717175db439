/**
 * Backup and restore on both engines, through the real command line: `oncotrial backup` runs as
 * its own process while this process keeps writing audited commands; `oncotrial restore` loads
 * the file into a fresh database. The restored database must be exactly the original as of one
 * instant (every table a prefix-consistent subset: each entity present iff its create event is
 * in the restored chain) and its audit chain must verify; a backup taken at rest must restore
 * to a copy equal in every table. A destination holding data is refused without --force, and a
 * truncated file is refused with nothing changed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser } from '../accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../audit/audited-write.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { openStore } from '../open-store.ts';
import { ensureDefaultProtocol } from '../protocol/protocol-repository.ts';
import { createSite } from '../sites/site-repository.ts';
import { type StoreConfig, storeConfigFromEnv } from '../store-config.ts';
import {
  createTestStore,
  describeEachDialect,
  pgTestUrl,
  type TestStore,
} from '../testing/test-stores.ts';
import { backupDatabase } from './backup-database.ts';
import { readCatalog } from './database-catalog.ts';
import { BadBackup, RestoreRefused, restoreDatabase } from './restore-database.ts';
import { tableRows } from './table-rows.ts';

const CLI = resolve(import.meta.dirname, '../../../bin/oncotrial.mjs');

function cli(
  args: string[],
  config: StoreConfig,
): Promise<{ status: number | null; out: string; err: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (config.kind === 'postgres') env.DATABASE_URL = config.url;
  const child = spawn(process.execPath, [CLI, ...args, '--data-dir', config.dataDir], { env });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  return new Promise((done) => child.on('exit', (status) => done({ status, out, err })));
}

/** Every table as JSON row strings (objects by column), in the backup's order. */
async function tables(config: StoreConfig): Promise<Map<string, string[]>> {
  const store = await openStore(config, { migrate: false });
  try {
    const out = new Map<string, string[]>();
    for (const t of await readCatalog(store.db, store.dialect)) {
      const rows: string[] = [];
      for await (const r of tableRows(store.db, t))
        rows.push(JSON.stringify(Object.fromEntries(t.columns.map((c, i) => [c, r[i]]))));
      out.set(t.name, rows);
    }
    return out;
  } finally {
    await store.close();
  }
}

async function verify(config: StoreConfig) {
  const store = await openStore(config, { migrate: false });
  try {
    return await verifyAuditChain(store);
  } finally {
    await store.close();
  }
}

/**
 * A fresh store laid out as the command line finds it under `--data-dir` (the SQLite test stores
 * use another file name).
 */
async function cliStore(dialect: 'sqlite' | 'postgres'): Promise<TestStore> {
  if (dialect === 'postgres') return createTestStore(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-backup-store-'));
  const store = await openStore(storeConfigFromEnv({}, dataDir));
  return {
    ...store,
    async destroy() {
      await store.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An empty, migrated destination (closed, so a restore may replace it). */
async function emptyDestination(dialect: 'sqlite' | 'postgres'): Promise<TestStore> {
  const d = await cliStore(dialect);
  await d.close();
  return d;
}

describeEachDialect('backup and restore', (dialect) => {
  const dir = mkdtempSync(join(tmpdir(), 'oncotrial-backup-test-'));
  const cleanup: TestStore[] = [];
  let original: TestStore;
  let n = 0;

  beforeAll(async () => {
    original = await cliStore(dialect);
    cleanup.push(original);
    await ensureDefaultProtocol(original);
  });
  afterAll(async () => {
    for (const s of cleanup) await s.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const write = async () => {
    const i = n++;
    if (i % 2)
      await createSite(original, SYSTEM_ACTOR, {
        code: `B${i}`,
        name: `Site ${i}`,
        timezone: 'Asia/Shanghai',
      });
    else
      await createUser(original, SYSTEM_ACTOR, { username: `user-${i}`, displayName: `User ${i}` });
  };

  it('backs up while audited writes go on, and restores one consistent instant', async () => {
    for (let i = 0; i < 10; i++) await write();
    let stop = false;
    const failures: unknown[] = [];
    const writers = Array.from({ length: 3 }, async () => {
      try {
        while (!stop) {
          await write();
          // better-sqlite3 answers synchronously: let the event loop see the backup process
          await new Promise((r) => setImmediate(r));
        }
      } catch (e) {
        failures.push(e);
      }
    });
    const file = join(dir, 'during.backup.gz');
    const backup = await cli(['backup', '--out', file], original.config);
    const atBackupEnd = n;
    const deadline = Date.now() + 30_000;
    while (n < atBackupEnd + 10 && failures.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    stop = true;
    await Promise.all(writers);
    expect(failures).toEqual([]);
    expect(backup.err).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.out).toMatch(/^backup written: .*during\.backup\.gz/);

    const dest = await emptyDestination(dialect);
    cleanup.push(dest);
    const restore = await cli(['restore', '--in', file], dest.config);
    expect(restore.err).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.out).toMatch(/audit chain OK/);

    const restoredCheck = await verify(dest.config);
    expect(restoredCheck.firstBreak).toBeNull();
    expect(restoredCheck.ok).toBe(true);
    expect(restoredCheck.checkpoint?.seq).toBe(restoredCheck.headSeq);
    const head = restoredCheck.headSeq;
    const originalCheck = await verify(original.config);
    expect(originalCheck.ok).toBe(true);
    // the snapshot was taken mid-stream: after the first writes, before the last ones
    expect(head).toBeGreaterThan(10);
    expect(head).toBeLessThan(originalCheck.headSeq);

    const before = await tables(original.config);
    const after = await tables(dest.config);
    expect([...after.keys()]).toEqual([...before.keys()]);
    // the chain is the original's first `head` events, exactly
    expect(after.get('audit_events')).toEqual(before.get('audit_events')!.slice(0, head));
    // every other row is an original row, and an entity is there iff its creation is in the chain
    const created = new Set(
      after
        .get('audit_events')!
        .map((r) => JSON.parse(r) as { action: string; entity_id: string })
        .filter((e) => e.action === 'create')
        .map((e) => e.entity_id),
    );
    for (const [table, rows] of after) {
      if (table === 'audit_events' || table === 'audit_chain_head') continue;
      const originalRows = new Set(before.get(table));
      for (const r of rows) expect(originalRows.has(r), `${table} ${r}`).toBe(true);
    }
    const idsOf = (rows: string[]) => rows.map((r) => (JSON.parse(r) as { id: string }).id);
    for (const table of ['sites', 'users']) {
      const present = idsOf(after.get(table)!);
      expect(present.length).toBeGreaterThan(3);
      expect(new Set(present)).toEqual(
        new Set(idsOf(before.get(table)!).filter((id) => created.has(id))),
      );
    }
  }, 120_000);

  it('a backup at rest restores to an equal database; a destination with data is refused without --force', async () => {
    const file = join(dir, 'rest.backup.gz');
    const summary = await backupDatabase(original.config, file);
    const originalCheck = await verify(original.config);
    expect(summary.auditHead.seq).toBe(originalCheck.headSeq);

    const dest = await emptyDestination(dialect);
    cleanup.push(dest);
    await restoreDatabase(join(dir, 'during.backup.gz'), dest.config);
    const partial = await verify(dest.config);

    const refused = await cli(['restore', '--in', file], dest.config);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/holds data.*--force/);
    expect((await verify(dest.config)).headSeq).toBe(partial.headSeq);

    const forced = await cli(['restore', '--in', file, '--force'], dest.config);
    expect(forced.err).toBe('');
    expect(forced.status).toBe(0);
    expect(forced.out).toMatch(/replacing its data/);
    expect(await tables(dest.config)).toEqual(await tables(original.config));
    const v = await verify(dest.config);
    expect({ ok: v.ok, headSeq: v.headSeq, headHash: v.headHash, events: v.events }).toEqual({
      ok: true,
      headSeq: originalCheck.headSeq,
      headHash: originalCheck.headHash,
      events: originalCheck.events,
    });
  }, 120_000);

  it('refuses a truncated or tampered file and changes nothing', async () => {
    const good = join(dir, 'rest.backup.gz');
    const lines = gunzipSync(readFileSync(good)).toString('utf8').trimEnd().split('\n');
    const dest = await emptyDestination(dialect);
    cleanup.push(dest);

    const truncated = join(dir, 'truncated.backup.gz');
    writeFileSync(truncated, gzipSync(`${lines.slice(0, -5).join('\n')}\n`));
    await expect(restoreDatabase(truncated, dest.config)).rejects.toThrow(/ends early/);
    const viaCli = await cli(['restore', '--in', truncated], dest.config);
    expect(viaCli.status).toBe(2);
    expect(viaCli.out).toBe('');
    expect(viaCli.err).toMatch(/^restore refused: the backup file ends early/);

    // an edited audit event: the chain no longer verifies, so nothing is restored
    const at = lines.findIndex((l) => l.startsWith('{"t":"audit_events"'));
    const edited = [...lines];
    edited[at] = edited[at]!.replace('"oncotrial system"', '"someone else"');
    expect(edited[at]).not.toBe(lines[at]);
    const tampered = join(dir, 'tampered.backup.gz');
    writeFileSync(tampered, gzipSync(`${edited.join('\n')}\n`));
    await expect(restoreDatabase(tampered, dest.config)).rejects.toBeInstanceOf(BadBackup);
    await expect(restoreDatabase(tampered, dest.config)).rejects.toThrow(/does not verify/);

    await expect(restoreDatabase(join(dir, 'nothing.gz'), dest.config)).rejects.toThrow(
      /no such file/,
    );
    const notGzip = join(dir, 'plain.txt');
    writeFileSync(notGzip, 'hello');
    await expect(restoreDatabase(notGzip, dest.config)).rejects.toBeInstanceOf(BadBackup);

    // still empty: a good restore goes through without --force
    await restoreDatabase(good, dest.config);
    await expect(restoreDatabase(good, dest.config)).rejects.toBeInstanceOf(RestoreRefused);
  }, 60_000);

  it.skipIf(!pgTestUrl)(
    'restores into the other engine with every table equal',
    async () => {
      const file = join(dir, 'rest.backup.gz');
      const dest = await emptyDestination(dialect === 'sqlite' ? 'postgres' : 'sqlite');
      cleanup.push(dest);
      await restoreDatabase(file, dest.config);
      expect(await tables(dest.config)).toEqual(await tables(original.config));
      expect((await verify(dest.config)).ok).toBe(true);
    },
    60_000,
  );
});
