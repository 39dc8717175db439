/**
 * Crash consistency of the audited write path, on SQLite and PostgreSQL: the real server runs as
 * a child process, eight clients send audited writes over HTTP, and the process is killed with
 * SIGKILL at a random (seeded) moment; it is restarted and the next round goes on. At the end,
 * every acknowledged write must be there, every write — answered or not — wholly present or
 * wholly absent with exactly its audit events, and the audit chain (and the checkpoint outside
 * the database) must verify, in process and through `oncotrial audit verify`.
 *
 * Short by default (3 kills per engine); `ONCOTRIAL_LONG_TESTS=1` runs 25
 * (`ONCOTRIAL_CRASH_ROUNDS` overrides), `ONCOTRIAL_CRASH_SEED` replays a run.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { plannedWrite, sendWrite } from './audited-writes.ts';
import { HttpSession } from './http-session.ts';
import { createRigDatabase, type RigDatabase } from './reliability-fixture.ts';
import { seededRandom } from './seeded-random.ts';
import { CLI_PATH, type ServerProcess, serverEnv, startServerProcess } from './server-process.ts';
import { ledgerProblems, unansweredCommitted, WriteLedger } from './write-ledger.ts';

const long = process.env.ONCOTRIAL_LONG_TESTS === '1';
const ROUNDS = Number(process.env.ONCOTRIAL_CRASH_ROUNDS ?? (long ? 25 : 3));
const SEED = Number(process.env.ONCOTRIAL_CRASH_SEED ?? 20261125);
const CLIENTS = 8;

describeEachDialect('crash consistency under SIGKILL', (dialect) => {
  let rig: RigDatabase | undefined;
  let server: ServerProcess | undefined;
  let session: HttpSession | undefined;

  afterAll(async () => {
    session?.close();
    await server?.stop('SIGKILL');
    await rig?.destroy();
  });

  it(
    `${ROUNDS} kills during ${CLIENTS} concurrent writers lose no acknowledged write and leave no half write (seed ${SEED})`,
    async () => {
      const rng = seededRandom(SEED + (dialect === 'postgres' ? 1 : 0));
      rig = await createRigDatabase(dialect);
      const start = () =>
        startServerProcess({ dataDir: rig!.dataDir, databaseUrl: rig!.databaseUrl });
      server = await start();
      session = new HttpSession(server.url, CLIENTS);
      await session.signIn(rig.admin.username, rig.admin.password);

      const ledger = new WriteLedger();
      let n = 0;
      const kills: string[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const killAfterMs = rng.int(0, 1000);
        let killed = false;
        // the kill clock starts at the round's first acknowledged write, so every round kills a
        // server that is busy writing (not one still warming up), however slow the machine
        let flowing: () => void = () => {};
        const firstAck = new Promise<void>((r) => {
          flowing = r;
        });
        const s = session;
        const writer = async () => {
          for (;;) {
            const w = plannedWrite(n++, 'K');
            ledger.sent(w);
            try {
              const { answer, id } = await sendWrite(s, w);
              if (id) {
                ledger.ack(w, id);
                flowing();
              } else
                ledger.unexpected.push(
                  `${w.key}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`,
                );
            } catch (e) {
              ledger.unanswered++;
              if (!killed) ledger.unexpected.push(`${w.key}: ${String(e)} before the kill`);
              return;
            }
          }
        };
        const ackedBefore = ledger.acked;
        const writers = Array.from({ length: CLIENTS }, writer);
        await Promise.race([firstAck, new Promise((r) => setTimeout(r, 30_000))]);
        await new Promise((r) => setTimeout(r, killAfterMs));
        killed = true;
        const how = await server.stop('SIGKILL');
        await Promise.all(writers);
        kills.push(
          `round ${round}: killed (${how}) ${killAfterMs} ms after the first answer, ${ledger.acked - ackedBefore} acknowledged`,
        );
        server = await start();
        session = session.moveTo(server.url);
      }

      // after the last restart the server takes writes again, with the session from before
      for (let i = 0; i < 10; i++) {
        const w = plannedWrite(n++, 'K');
        ledger.sent(w);
        const { answer, id } = await sendWrite(session, w);
        expect(answer.status, JSON.stringify(answer.body)).toBe(201);
        ledger.ack(w, id!);
      }
      expect(await server.stop('SIGTERM')).toBe(0);

      expect(ledger.unexpected).toEqual([]);
      expect(ledger.acked).toBeGreaterThan(10);

      const store = await rig.open();
      try {
        expect(await ledgerProblems(store, ledger)).toEqual([]);
        // the unanswered writes the server had committed before it died (kept whole, as checked)
        const committed = await unansweredCommitted(store, ledger);
        console.info(
          `[${dialect}] ${kills.join('; ')}; ${ledger.unanswered} unanswered, of which ${committed} had committed`,
        );
        const v = await verifyAuditChain(store);
        expect(v.firstBreak).toBeNull();
        expect(v.ok).toBe(true);
        expect(v.checkpoint?.seq).toBe(v.headSeq);
      } finally {
        await store.close();
      }
      const cli = spawnSync(
        process.execPath,
        [CLI_PATH, 'audit', 'verify', '--data-dir', rig.dataDir],
        {
          env: serverEnv(rig.databaseUrl),
          encoding: 'utf8',
        },
      );
      expect(cli.stderr).toBe('');
      expect(cli.stdout).toMatch(/^audit chain OK/);
      expect(cli.status).toBe(0);
    },
    // generous: a server start takes seconds on a loaded machine, and there are ROUNDS + 1
    120_000 + ROUNDS * 40_000,
  );
});
