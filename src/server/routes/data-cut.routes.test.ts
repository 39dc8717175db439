/**
 * Data cuts over HTTP on both databases: the statistician cuts, readers list and read, names
 * are unique, bad input names the field, a data edit after the cut leaves the cut (and its
 * hash) unchanged, and the database itself refuses UPDATE and DELETE of a cut.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

describeEachDialect('data cuts API', (dialect) => {
  let t: TestApp;
  let stat: Client;
  let coord: Client;
  let auditor: Client;
  let subjectId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    stat = await t.user('stat', [{ role: 'statistician', site: null }]);
    auditor = await t.user('aud', [{ role: 'auditor', site: null }]);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    subjectId = (await screenSubject(coord, { siteId: t.sites.a.id, screeningNumber: 'S-001' })).id;
  });
  afterAll(() => t.destroy());

  it('freezes every clinical table with the audit head and a SHA-256 of the snapshot', async () => {
    const head = await t.store.db
      .selectFrom('audit_chain_head')
      .selectAll()
      .executeTakeFirstOrThrow();
    const cut = await ok(
      stat.post('/api/data-cuts', { name: 'interim-1', cutoffDate: '2026-03-01' }),
    );
    expect(cut).toMatchObject({
      name: 'interim-1',
      cutoffDate: '2026-03-01',
      auditSeq: Number(head.seq),
      auditHash: head.hash,
    });
    expect(cut.rowCounts.subjects).toBe(1);
    expect(cut.rowCounts.sites).toBe(3);
    expect(cut.rowCounts.consents).toBe(2);
    const text = (await stat.get('/api/data-cuts/interim-1?snapshot=true')).body;
    expect(createHash('sha256').update(text).digest('hex')).toBe(cut.contentHash);
    const snap = JSON.parse(text);
    expect(snap.tables.subjects[0].screening_number).toBe('S-001');
    // audited: the cut's creation is an event right after the head it froze
    const ev = await t.store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_type', '=', 'data-cut')
      .executeTakeFirstOrThrow();
    expect(Number(ev.seq)).toBe(Number(head.seq) + 1);
    expect(ev.changes).toContain(cut.contentHash);
  });

  it('a data edit after the cut does not change the cut', async () => {
    const before = (await stat.get('/api/data-cuts/interim-1?snapshot=true')).body;
    await ok(
      coord.patch(`/api/subjects/${subjectId}`, { race: 'WHITE', reason: 'transcription error' }),
    );
    const after = (await stat.get('/api/data-cuts/interim-1?snapshot=true')).body;
    expect(after).toBe(before);
    expect(JSON.parse(after).tables.subjects[0].race).toBe('ASIAN');
  });

  it('refuses a second cut of the same name (409) and writes nothing', async () => {
    const n = (await ok(auditor.get('/api/data-cuts'))).items.length;
    const r = await stat.post('/api/data-cuts', { name: 'interim-1', cutoffDate: '2026-03-01' });
    expect(r.statusCode).toBe(409);
    expect((await ok(auditor.get('/api/data-cuts'))).items.length).toBe(n);
  });

  it('names the field of bad input (400) and refuses a cut-off in the future', async () => {
    const bad = await stat.post('/api/data-cuts', { name: 'x y', cutoffDate: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    const paths = JSON.stringify(bad.json());
    expect(paths).toContain('body.name');
    expect(paths).toContain('body.cutoffDate');
    const future = await stat.post('/api/data-cuts', { name: 'f', cutoffDate: '2026-12-31' });
    expect(future.statusCode).toBe(400);
    expect(JSON.stringify(future.json())).toContain('body.cutoffDate');
    expect((await stat.get('/api/data-cuts/f')).statusCode).toBe(404);
  });

  it('lets statistician, data manager and auditor read; others are refused', async () => {
    const dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
    expect((await dm.get('/api/data-cuts/interim-1')).statusCode).toBe(200);
    expect((await auditor.get('/api/data-cuts')).statusCode).toBe(200);
    expect((await coord.get('/api/data-cuts')).statusCode).toBe(403);
    const r = await auditor.post('/api/data-cuts', { name: 'a2', cutoffDate: '2026-03-01' });
    expect(r.statusCode).toBe(403);
    expect((await t.anonymous.get('/api/data-cuts')).statusCode).toBe(401);
  });

  it('the database refuses UPDATE and DELETE of a cut', async () => {
    await expect(sql`UPDATE data_cuts SET name = 'changed'`.execute(t.store.db)).rejects.toThrow(
      /immutable/,
    );
    await expect(sql`DELETE FROM data_cuts`.execute(t.store.db)).rejects.toThrow(/immutable/);
    expect((await stat.get('/api/data-cuts/interim-1')).statusCode).toBe(200);
  });
});
