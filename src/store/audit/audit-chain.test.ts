import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { defaultStudy } from '../../core/protocol/study-definition.ts';
import type { Store } from '../open-store.ts';
import { ensureDefaultProtocol, saveProtocolVersion } from '../protocol/protocol-repository.ts';
import { createTestStore, describeEachDialect, type TestStore } from '../testing/test-stores.ts';
import { runCommand, updateAudited } from './audited-write.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

const alice = { id: 'u-alice', name: 'Alice Investigator' };

async function addSite(store: Store, code: string) {
  await runCommand(store, alice, async (ctx) => {
    const row = {
      id: `site-${code}`,
      code,
      name: `Site ${code}`,
      name_zh: null,
      timezone: 'Asia/Shanghai',
      is_central_biobank: 0,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('sites').values(row).execute();
    await ctx.audit({
      action: 'create',
      entityType: 'site',
      entityId: row.id,
      changes: [{ field: 'code', old: null, new: code }],
    });
  });
}

/** Removes the append-only triggers, as someone with direct database access could. */
async function dropGuards(store: Store) {
  if (store.dialect === 'sqlite') {
    await sql`DROP TRIGGER audit_events_no_update`.execute(store.db);
    await sql`DROP TRIGGER audit_events_no_delete`.execute(store.db);
  } else {
    await sql`DROP TRIGGER audit_events_no_change ON audit_events`.execute(store.db);
  }
}

describeEachDialect('audit trail', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(dialect);
    await ensureDefaultProtocol(store);
    for (const c of ['BJ01', 'SH02', 'GZ03', 'CD04']) await addSite(store, c);
  });
  afterEach(() => store.destroy());

  it('writes a verifiable chain, one event per command change, with actor, time and reason', async () => {
    await runCommand(store, alice, (ctx) =>
      updateAudited(
        ctx,
        'sites',
        'site-BJ01',
        { name: 'Peking Union' },
        { entityType: 'site', reason: 'typo in site name' },
      ),
    );
    const v = await verifyAuditChain(store);
    expect(v).toMatchObject({ ok: true, events: 6, headSeq: 6, firstBreak: null });
    expect(v.checkpoint?.seq).toBe(6);
    const last = await store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', 6)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      actor_id: 'u-alice',
      action: 'update',
      entity_type: 'site',
      entity_id: 'site-BJ01',
      reason: 'typo in site name',
    });
    expect(JSON.parse(last.changes)).toEqual([
      { field: 'name', old: 'Site BJ01', new: 'Peking Union' },
    ]);
    expect(last.occurred_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('requires a reason to edit saved data and writes nothing without one', async () => {
    await expect(
      runCommand(store, alice, (ctx) =>
        updateAudited(
          ctx,
          'sites',
          'site-BJ01',
          { name: 'X' },
          { entityType: 'site', reason: '  ' },
        ),
      ),
    ).rejects.toThrow(/reason for change/);
    const site = await store.db
      .selectFrom('sites')
      .select('name')
      .where('id', '=', 'site-BJ01')
      .executeTakeFirstOrThrow();
    expect(site.name).toBe('Site BJ01');
    expect((await verifyAuditChain(store)).events).toBe(5);
  });

  it('rolls back the data change when the command fails after writing', async () => {
    await expect(
      runCommand(store, alice, async (ctx) => {
        await updateAudited(
          ctx,
          'sites',
          'site-BJ01',
          { name: 'Half' },
          { entityType: 'site', reason: 'r' },
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(
      (
        await store.db
          .selectFrom('sites')
          .select('name')
          .where('id', '=', 'site-BJ01')
          .executeTakeFirstOrThrow()
      ).name,
    ).toBe('Site BJ01');
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, events: 5 });
  });

  it('refuses UPDATE and DELETE on the audit table (database trigger)', async () => {
    await expect(
      sql`UPDATE audit_events SET reason = 'x' WHERE seq = 1`.execute(store.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    if (dialect === 'postgres')
      await expect(sql`TRUNCATE audit_events`.execute(store.db)).rejects.toThrow(/append-only/);
  });

  it('detects an edited event', async () => {
    await dropGuards(store);
    await sql`UPDATE audit_events SET changes = '[{"field":"code","old":null,"new":"EVIL"}]' WHERE seq = 3`.execute(
      store.db,
    );
    expect((await verifyAuditChain(store)).firstBreak).toMatchObject({
      kind: 'hash-mismatch',
      seq: 3,
    });
  });

  it('detects a deleted event in the middle', async () => {
    await dropGuards(store);
    await sql`DELETE FROM audit_events WHERE seq = 2`.execute(store.db);
    expect((await verifyAuditChain(store)).firstBreak).toMatchObject({
      kind: 'sequence-gap',
      seq: 3,
      expectedSeq: 2,
    });
  });

  it('detects an inserted (forged) event', async () => {
    const e = await store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', 5)
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('audit_events')
      .values({ ...e, seq: 6, id: 'forged', prev_hash: e.hash, hash: 'f'.repeat(64) })
      .execute();
    expect((await verifyAuditChain(store)).firstBreak).toMatchObject({
      kind: 'hash-mismatch',
      seq: 6,
    });
  });

  it('detects reordered events', async () => {
    await dropGuards(store);
    const rows = await store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', 'in', [2, 3])
      .orderBy('seq')
      .execute();
    const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
    await store.db.deleteFrom('audit_events').where('seq', 'in', [2, 3]).execute();
    await store.db
      .insertInto('audit_events')
      .values([
        { ...b, seq: 2 },
        { ...a, seq: 3 },
      ])
      .execute();
    expect((await verifyAuditChain(store)).firstBreak).toMatchObject({
      kind: 'previous-hash-mismatch',
      seq: 2,
    });
  });

  it('detects a truncated tail through the checkpoint outside the database', async () => {
    await dropGuards(store);
    await sql`DELETE FROM audit_events WHERE seq >= 4`.execute(store.db);
    await sql`UPDATE audit_chain_head SET seq = 3`.execute(store.db);
    const v = await verifyAuditChain(store);
    expect(v.firstBreak).toMatchObject({ kind: 'truncated', seq: 4 });
    expect(v.firstBreak?.message).toMatch(/events 4–5 were removed/);
  });

  it('keeps protocol versions: an amendment is a new version, the old one is never overwritten', async () => {
    const amended = { ...defaultStudy(), version: '1.1' };
    amended.schedule = { ...amended.schedule, cycleVisitWindowDays: 5 };
    await expect(saveProtocolVersion(store, alice, amended, null)).rejects.toThrow(
      /amendment needs a reason/,
    );
    await saveProtocolVersion(store, alice, amended, 'window widened by amendment 1');
    await expect(saveProtocolVersion(store, alice, amended, 'again')).rejects.toThrow(/exists/);
    const rows = await store.db
      .selectFrom('protocol_versions')
      .select(['version', 'is_current'])
      .orderBy('version')
      .execute();
    expect(rows.map((r) => [r.version, Number(r.is_current)])).toEqual([
      ['1.0', 0],
      ['1.1', 1],
    ]);
  });

  it('appends concurrent commands to one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => addSite(store, `C${i}`)));
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, events: 25 });
  });
});
