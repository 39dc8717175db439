/**
 * Soak: the real server under a steady mixed load on loopback (audited writes, and reads of the
 * session and health) for a bounded time, on SQLite and PostgreSQL. Every answer must be a
 * success, the server's resident memory must stay flat after warm-up (growth under a bound), the
 * writes must all be there with their audit events and the chain must verify; the server then
 * stops cleanly on SIGTERM.
 *
 * ≈ 5 s of load by default; `ONCOTRIAL_LONG_TESTS=1` runs 120 s (`ONCOTRIAL_SOAK_SECONDS`
 * overrides). The RSS bound is `ONCOTRIAL_SOAK_RSS_MB` (default 64 MB).
 */
import { afterAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { plannedWrite, sendWrite } from './audited-writes.ts';
import { HttpSession } from './http-session.ts';
import { closedLoop } from './load-generator.ts';
import { createRigDatabase, type RigDatabase } from './reliability-fixture.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';
import { ledgerProblems, WriteLedger } from './write-ledger.ts';

const long = process.env.ONCOTRIAL_LONG_TESTS === '1';
const SECONDS = Number(process.env.ONCOTRIAL_SOAK_SECONDS ?? (long ? 120 : 5));
const RSS_BOUND_MB = Number(process.env.ONCOTRIAL_SOAK_RSS_MB ?? 64);
const CLIENTS = 8;

describeEachDialect('soak: bounded mixed load on loopback', (dialect) => {
  let rig: RigDatabase | undefined;
  let server: ServerProcess | undefined;
  let session: HttpSession | undefined;

  afterAll(async () => {
    session?.close();
    await server?.stop('SIGKILL');
    await rig?.destroy();
  });

  it(
    `${SECONDS} s with ${CLIENTS} clients: no error, flat memory, every write audited`,
    async () => {
      rig = await createRigDatabase(dialect);
      server = await startServerProcess({ dataDir: rig.dataDir, databaseUrl: rig.databaseUrl });
      session = new HttpSession(server.url, CLIENTS);
      await session.signIn(rig.admin.username, rig.admin.password);
      const s = session;
      const ledger = new WriteLedger();
      let writes = 0;
      // two of three requests are audited writes; the third reads
      const op = async (i: number): Promise<string | null> => {
        if (i % 3 === 2) {
          const r = await s.send('GET', i % 2 ? '/api/auth/me' : '/api/health');
          return r.status === 200 ? null : `GET: HTTP ${r.status}`;
        }
        const w = plannedWrite(writes++, 'S');
        ledger.sent(w);
        const { answer, id } = await sendWrite(s, w);
        if (!id) return `${w.key}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`;
        ledger.ack(w, id);
        return null;
      };

      const rss: { t: number; mb: number }[] = [];
      const started = performance.now();
      const sampler = setInterval(() => {
        const b = server?.rssBytes();
        if (b) rss.push({ t: (performance.now() - started) / 1000, mb: b / 2 ** 20 });
      }, 200);
      let result: Awaited<ReturnType<typeof closedLoop>>;
      try {
        result = await closedLoop({
          concurrency: CLIENTS,
          seconds: SECONDS,
          maxRequests: 10_000_000,
          op,
        });
      } finally {
        clearInterval(sampler);
      }

      // warm-up is the first fifth (at least 1 s): JIT, pools, caches
      const warm = Math.max(1, SECONDS / 5);
      const settled = rss.filter((x) => x.t >= warm);
      const atWarm = settled[0]?.mb ?? Number.NaN;
      const peak = Math.max(...settled.map((x) => x.mb));
      console.info(
        `[${dialect}] ${result.completed} requests in ${result.seconds} s (${result.perSecond}/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms), ${ledger.acked} audited writes; RSS ${atWarm.toFixed(1)} MB after warm-up, peak ${peak.toFixed(1)} MB`,
      );
      expect(result.errorSamples).toEqual([]);
      expect(result.errors).toBe(0);
      expect(result.completed).toBeGreaterThan(50);
      if (settled.length >= 2) expect(peak - atWarm).toBeLessThan(RSS_BOUND_MB);

      expect(await server.stop('SIGTERM')).toBe(0);
      const store = await rig.open();
      try {
        expect(await ledgerProblems(store, ledger)).toEqual([]);
        expect((await verifyAuditChain(store)).ok).toBe(true);
      } finally {
        await store.close();
      }
    },
    90_000 + SECONDS * 2000,
  );
});
