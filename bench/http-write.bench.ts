/**
 * The HTTP write path under load, next to the raw database it writes to, measured in one run:
 * - audited saves per second (POST /api/sites: one transaction with the row, its hash-chained
 *   audit event and the chain head; then the checkpoint file) and p50/p99 latency against the
 *   real `oncotrial serve` child process over loopback, closed loop at 1, 8, 32 and 64 clients
 *   and open loop (constant rate) at 25 %, 50 % and 80 % of the best closed-loop rate;
 * - the raw engine's durable single-row insert rate, one row per transaction, one client:
 *   better-sqlite3 with WAL + synchronous=FULL (as the store opens it) and PostgreSQL with
 *   synchronous_commit on (its default).
 * PostgreSQL is measured when a server answers at ONCOTRIAL_TEST_PG_URL
 * (default postgres://postgres@127.0.0.1:5432/test, a user that may CREATE DATABASE).
 *
 * Run: node --import tsx bench/http-write.bench.ts [secondsPerPoint=5]
 * Writes bench-results/http-write.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { plannedWrite, sendWrite } from '../src/server/reliability/audited-writes.ts';
import { HttpSession } from '../src/server/reliability/http-session.ts';
import {
  closedLoop,
  type LoadResult,
  openLoop,
  quantile,
} from '../src/server/reliability/load-generator.ts';
import { createRigDatabase, pgAdmin } from '../src/server/reliability/reliability-fixture.ts';
import { startServerProcess } from '../src/server/reliability/server-process.ts';
import type { DialectName } from '../src/store/migrations/migration.ts';

const SECONDS = Number(process.argv[2] ?? 5);
const PG_URL = process.env.ONCOTRIAL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONCURRENCY = [1, 8, 32, 64];
const OPEN_FRACTIONS = [0.25, 0.5, 0.8];

interface RawResult {
  engine: string;
  inserts: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function rawSummary(engine: string, latencies: number[], seconds: number): RawResult {
  const sorted = latencies.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    engine,
    inserts: sorted.length,
    seconds: r(seconds),
    perSecond: Math.round(sorted.length / seconds),
    p50Ms: r(quantile(sorted, 0.5)),
    p99Ms: r(quantile(sorted, 0.99)),
  };
}

/** Durable single-row inserts into SQLite, one transaction each, as the store configures it. */
function rawSqlite(): RawResult {
  const dir = mkdtempSync(join(tmpdir(), 'oncotrial-bench-raw-'));
  try {
    const db = new SqliteDatabase(join(dir, 'raw.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('create table t (id text primary key, payload text not null)');
    const insert = db.prepare('insert into t (id, payload) values (?, ?)');
    const latencies: number[] = [];
    const start = performance.now();
    const end = start + SECONDS * 1000;
    for (let i = 0; performance.now() < end && i < 5_000_000; i++) {
      const t0 = performance.now();
      insert.run(`row-${i}`, `payload of row ${i}`);
      latencies.push(performance.now() - t0);
    }
    const seconds = (performance.now() - start) / 1000;
    db.close();
    return rawSummary('SQLite (better-sqlite3, WAL, synchronous=FULL)', latencies, seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Durable single-row inserts into PostgreSQL over one connection, autocommit. */
async function rawPostgres(): Promise<RawResult> {
  const name = `oncotrial_bench_raw_${process.pid}`;
  await pgAdmin(PG_URL, `CREATE DATABASE ${name}`);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query('create table t (id text primary key, payload text not null)');
    const latencies: number[] = [];
    const start = performance.now();
    const end = start + SECONDS * 1000;
    for (let i = 0; performance.now() < end && i < 5_000_000; i++) {
      const t0 = performance.now();
      await client.query({
        name: 'ins',
        text: 'insert into t (id, payload) values ($1, $2)',
        values: [`row-${i}`, `payload of row ${i}`],
      });
      latencies.push(performance.now() - t0);
    }
    const seconds = (performance.now() - start) / 1000;
    return rawSummary('PostgreSQL (one connection, synchronous_commit=on)', latencies, seconds);
  } finally {
    await client.end();
    await pgAdmin(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

function show(dialect: string, r: LoadResult): void {
  const how = r.mode === 'closed' ? `closed ${r.concurrency} clients` : `open ${r.targetRate}/s`;
  console.log(
    `${dialect.padEnd(8)} ${how.padEnd(18)} ${String(r.perSecond).padStart(8)} saves/s  p50 ${String(r.p50Ms).padStart(8)} ms  p99 ${String(r.p99Ms).padStart(8)} ms  errors ${r.errors}${r.dropped ? `  dropped ${r.dropped}` : ''}`,
  );
}

async function httpWrites(dialect: DialectName): Promise<LoadResult[]> {
  const rig = await createRigDatabase(dialect, PG_URL);
  const server = await startServerProcess({ dataDir: rig.dataDir, databaseUrl: rig.databaseUrl });
  const session = new HttpSession(server.url, 64);
  const results: LoadResult[] = [];
  try {
    await session.signIn(rig.admin.username, rig.admin.password);
    let n = 0;
    const op = async (): Promise<string | null> => {
      const w = plannedWrite(n++, 'B', ['site']);
      const { answer, id } = await sendWrite(session, w);
      return id ? null : `HTTP ${answer.status}`;
    };
    await closedLoop({ concurrency: 8, seconds: Math.min(2, SECONDS), maxRequests: 1e6, op }); // warm-up
    for (const concurrency of CONCURRENCY) {
      const r = await closedLoop({ concurrency, seconds: SECONDS, maxRequests: 1e6, op });
      show(dialect, r);
      results.push(r);
    }
    const best = Math.max(...results.map((r) => r.perSecond));
    for (const f of OPEN_FRACTIONS) {
      const rate = Math.max(1, Math.round(best * f));
      const r = await openLoop({ ratePerSecond: rate, seconds: SECONDS, maxInFlight: 256, op });
      show(dialect, r);
      results.push(r);
    }
  } finally {
    session.close();
    await server.stop('SIGTERM');
    await rig.destroy();
  }
  return results;
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
};
console.log(
  `HTTP write path vs raw durable inserts — ${SECONDS} s per point, ${machine.cpus} CPUs (${machine.cpuModel}), load average ${machine.loadAverageAtStart.join(' ')}`,
);
const withPg = await pgReachable();
if (!withPg) console.log(`(PostgreSQL skipped: nothing answers at ${PG_URL})`);

const raw: RawResult[] = [rawSqlite()];
if (withPg) raw.push(await rawPostgres());
for (const r of raw)
  console.log(
    `raw      ${r.engine}: ${r.perSecond} inserts/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms`,
  );

const http: Record<string, LoadResult[]> = { sqlite: await httpWrites('sqlite') };
if (withPg) http.postgres = await httpWrites('postgres');

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/http-write.json',
  `${JSON.stringify(
    {
      benchmark: 'http-write',
      at: new Date().toISOString(),
      secondsPerPoint: SECONDS,
      machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
      raw,
      http,
    },
    null,
    2,
  )}\n`,
);
console.log('wrote bench-results/http-write.json');
