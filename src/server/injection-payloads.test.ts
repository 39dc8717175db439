/**
 * SQL-injection and script payloads typed into free-text fields are data, nothing else: every
 * payload is stored and returned byte for byte, as JSON (never HTML), the tables it might attack
 * are untouched, and the audit chain still verifies. Fields: subject record texts (medical
 * history, prior therapy, eligibility evidence), data query text and answer, lock reason. (The
 * web app renders text through React, which escapes it; the fuzz test sends the same payloads to
 * every route.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../store/testing/test-stores.ts';
import { ok, screenSubject } from './routes/subject-test-fixtures.ts';
import { type Client, createTestApp, type TestApp } from './testing/test-app.ts';

const PAYLOADS = [
  "Robert'); DROP TABLE subjects;--",
  "' OR 1=1 --",
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '=HYPERLINK("http://evil.example","click")',
  '高血压; DELETE FROM audit_events',
];

describeEachDialect('injection payloads are inert text', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let dm: Client;
  let subjectId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
    subjectId = (await screenSubject(coord, { siteId: t.sites.a.id, screeningNumber: 'INJ-001' }))
      .id;
  });
  afterAll(() => t.destroy());

  it('stores and returns every payload unchanged in subject record texts', async () => {
    const base = `/api/subjects/${subjectId}`;
    for (const p of PAYLOADS) {
      await ok(
        coord.post(`${base}/medical-history`, { term: p, startDate: '2019', ongoing: true }),
      );
      await ok(
        coord.post(`${base}/prior-therapies`, {
          category: 'surgery',
          name: p,
          startDate: '2020-03',
        }),
      );
    }
    const res = await coord.get(base);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.body;
    for (const p of PAYLOADS) expect(body).toContain(JSON.stringify(p).slice(1, -1));
    const terms = (
      await t.store.db
        .selectFrom('medical_history')
        .select('term')
        .where('subject_id', '=', subjectId)
        .execute()
    ).map((r) => r.term);
    expect(terms).toEqual(expect.arrayContaining(PAYLOADS));
    const names = (
      await t.store.db
        .selectFrom('prior_therapies')
        .select('name')
        .where('subject_id', '=', subjectId)
        .execute()
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(PAYLOADS));
  });

  it('stores and returns payloads in query texts, answers and lock reasons', async () => {
    for (const p of PAYLOADS) {
      const q = await ok(dm.post('/api/queries', { subjectId, text: p }));
      await ok(coord.post(`/api/queries/${q.id}/answer`, { text: p }));
    }
    const list = (await dm.get(`/api/queries?subjectId=${subjectId}`)).json() as Array<{
      text: string;
      messages: Array<{ text: string }>;
    }>;
    expect(list.map((q) => q.text)).toEqual(expect.arrayContaining(PAYLOADS));
    expect(
      list.flatMap((q) => q.messages.map((m) => m.text)).filter((x) => PAYLOADS.includes(x)),
    ).toHaveLength(PAYLOADS.length * 2);
    const lock = await ok(
      dm.post('/api/locks', { scope: 'subject', subjectId, reason: PAYLOADS[0] }),
    );
    const locks = (await dm.get(`/api/locks?subjectId=${subjectId}`)).json() as Array<{
      id: string;
      reason: string;
    }>;
    expect(locks.find((l) => l.id === lock.id)?.reason).toBe(PAYLOADS[0]);
  });

  it('left every table in place and the audit chain intact', async () => {
    expect((await t.store.db.selectFrom('subjects').select('id').execute()).length).toBe(1);
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  });
});
