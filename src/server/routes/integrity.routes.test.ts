/**
 * Locks, signatures, SDV, queries and the audit viewer over HTTP. Subject data come from a
 * test-only table written through the real audited write path (insertAudited / updateAudited),
 * so the guards every capability relies on are the ones tested here.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { insertAudited, runCommand, updateAudited } from '../../store/audit/audited-write.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { coversSite } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { type Client, createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

const FORM = 'test_forms' as never;

/** A stand-in clinical form: create (POST) and edit (PUT), through the audited write path. */
const formRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/test/forms',
    summary: 'test form create',
    tag: 'test',
    access: { kind: 'roles', roles: ['coordinator'], scope: 'site' },
    body: z.object({
      id: z.string(),
      subjectId: z.string(),
      siteId: z.string(),
      value: z.string(),
    }),
    async handler({ store, auth, actor, roles, body }) {
      if (!coversSite(requireAuth(auth), roles, body.siteId))
        throw new DomainError({ kind: 'forbidden', rule: 'site', message: 'not your site' });
      await runCommand(store, actor, (ctx) =>
        insertAudited(
          ctx,
          FORM,
          { id: body.id, subject_id: body.subjectId, value: body.value },
          { entityType: 'test-form', siteId: body.siteId, subjectId: body.subjectId },
        ),
      );
      return json({ ok: true }, 201);
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/test/forms/:id',
    summary: 'test form edit',
    tag: 'test',
    access: { kind: 'roles', roles: ['coordinator'], scope: 'site' },
    params: z.object({ id: z.string() }),
    body: z.object({
      subjectId: z.string(),
      siteId: z.string(),
      value: z.string(),
      reason: z.string().optional(),
    }),
    async handler({ store, actor, params, body }) {
      await runCommand(store, actor, (ctx) =>
        updateAudited(
          ctx,
          FORM,
          params.id,
          { value: body.value },
          {
            entityType: 'test-form',
            siteId: body.siteId,
            subjectId: body.subjectId,
            reason: body.reason,
          },
        ),
      );
      return json({ ok: true });
    },
  }),
];

describeEachDialect('locks, signatures, SDV, queries, audit viewer', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let inv: Client;
  let dm: Client;
  let mon: Client;
  let auditor: Client;
  let coordB: Client;
  const S1 = 'subj-a-1';
  const S2 = 'subj-b-1';
  beforeAll(async () => {
    t = await createTestApp(dialect, formRoutes);
    await sql`CREATE TABLE test_forms (id text primary key, subject_id text not null, value text not null)`.execute(
      t.store.db,
    );
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
    mon = await t.user('mon', [{ role: 'monitor', site: 'a' }]);
    auditor = await t.user('aud', [{ role: 'auditor', site: null }]);
    coordB = await t.user('coordb', [{ role: 'coordinator', site: 'b' }]);
    expect(
      (
        await coord.post('/api/test/forms', {
          id: 'f1',
          subjectId: S1,
          siteId: t.sites.a.id,
          value: '5.1',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await coord.post('/api/test/forms', {
          id: 'f2',
          subjectId: S1,
          siteId: t.sites.a.id,
          value: 'x',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await coordB.post('/api/test/forms', {
          id: 'g1',
          subjectId: S2,
          siteId: t.sites.b.id,
          value: 'y',
        })
      ).statusCode,
    ).toBe(201);
  });
  afterAll(() => t.destroy());

  const edit = (c: Client, id: string, value: string, reason?: string) =>
    c.put(`/api/test/forms/${id}`, {
      subjectId: S1,
      siteId: t.sites.a.id,
      value,
      ...(reason ? { reason } : {}),
    });

  it('a signature needs the password re-entered, and shows printed name, meaning and UTC time', async () => {
    const wrong = await inv.post('/api/signatures', {
      scope: 'casebook',
      subjectId: S1,
      meaning: 'I approve',
      password: 'not my password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({
      path: 'password',
      rule: 'signature-reauthentication',
    });
    const ok = await inv.post('/api/signatures', {
      scope: 'casebook',
      subjectId: S1,
      meaning: 'I approve',
      password: TEST_PASSWORD,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      signerName: 'Dr inv',
      meaning: 'I approve',
      status: 'valid',
      scope: 'casebook',
    });
    expect(ok.json().signedAt).toMatch(/Z$/);
    const other = await inv.post('/api/signatures', {
      scope: 'casebook',
      subjectId: S2,
      meaning: 'I approve',
      password: TEST_PASSWORD,
    });
    expect(other.statusCode).toBe(404);
  });

  it('an edit after signing breaks the signature, and needs a reason', async () => {
    const noReason = await edit(coord, 'f1', '5.2');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].rule).toBe('reason-for-change');
    let sigs = (await inv.get(`/api/subjects/${S1}/signatures`)).json();
    expect(sigs[0].status).toBe('valid');
    expect((await edit(coord, 'f1', '5.2', 'transcription error')).statusCode).toBe(200);
    sigs = (await inv.get(`/api/subjects/${S1}/signatures`)).json();
    expect(sigs[0]).toMatchObject({ status: 'broken' });
    expect(sigs[0].brokenReason).toMatch(/test-form f1 was changed after signing/);
  });

  it('SDV marks are reset by an edit', async () => {
    expect(
      (await mon.post('/api/sdv', { subjectId: S1, entityType: 'test-form', entityId: 'f2' }))
        .statusCode,
    ).toBe(201);
    expect((await mon.get(`/api/subjects/${S1}/sdv`)).json()[0].status).toBe('verified');
    expect((await edit(coord, 'f2', 'x2', 'corrected')).statusCode).toBe(200);
    expect((await mon.get(`/api/subjects/${S1}/sdv`)).json()[0].status).toBe('reset');
  });

  it('form, subject and study locks refuse every write until unlocked with a reason', async () => {
    const form = await dm.post('/api/locks', {
      scope: 'form',
      subjectId: S1,
      entityType: 'test-form',
      entityId: 'f1',
      reason: 'cleaned',
    });
    expect(form.statusCode).toBe(201);
    const refused = await edit(coord, 'f1', '9', 'edit');
    expect(refused.statusCode).toBe(423);
    expect(refused.json().rule).toBe('form-lock');
    expect((await edit(coord, 'f2', 'x3', 'other form is open')).statusCode).toBe(200);
    expect((await dm.post(`/api/locks/${form.json().id}/unlock`, {})).statusCode).toBe(400);
    expect(
      (await dm.post(`/api/locks/${form.json().id}/unlock`, { reason: 'query answered' }))
        .statusCode,
    ).toBe(204);
    expect((await edit(coord, 'f1', '9', 'after unlock')).statusCode).toBe(200);

    const subj = await dm.post('/api/locks', {
      scope: 'subject',
      subjectId: S1,
      reason: 'subject complete',
    });
    expect((await edit(coord, 'f2', 'x4', 'r')).statusCode).toBe(423);
    expect(
      (
        await coord.post('/api/test/forms', {
          id: 'f3',
          subjectId: S1,
          siteId: t.sites.a.id,
          value: 'new',
        })
      ).statusCode,
    ).toBe(423);
    await dm.post(`/api/locks/${subj.json().id}/unlock`, { reason: 'reopened' });

    // a site data manager cannot lock the whole study
    expect((await dm.post('/api/locks', { scope: 'study', reason: 'db lock' })).statusCode).toBe(
      403,
    );
    const studyDm = await t.user('dm-study', [{ role: 'data-manager', site: null }]);
    const study = await studyDm.post('/api/locks', {
      scope: 'study',
      reason: 'database lock for final analysis',
    });
    expect(study.statusCode).toBe(201);
    expect(
      (
        await coordB.post('/api/test/forms', {
          id: 'g2',
          subjectId: S2,
          siteId: t.sites.b.id,
          value: 'z',
        })
      ).statusCode,
    ).toBe(423);
    expect((await edit(coord, 'f2', 'x5', 'r')).statusCode).toBe(423);
    expect(
      (await studyDm.post(`/api/locks/${study.json().id}/unlock`, { reason: 'late data' }))
        .statusCode,
    ).toBe(204);
    const f3 = await t.store.db
      .selectFrom(FORM as 'sites')
      .selectAll()
      .where('id', '=', 'f3')
      .execute();
    expect(f3).toEqual([]); // nothing half-written by the refused insert
  });

  it('a query is raised, answered by the site, closed and re-opened; counts follow', async () => {
    const q = await dm.post('/api/queries', {
      subjectId: S1,
      entityType: 'test-form',
      entityId: 'f1',
      field: 'value',
      text: 'Value 9 is implausible; please check the source.',
    });
    expect(q.statusCode).toBe(201);
    const id = q.json().id;
    expect((await dm.post(`/api/queries/${id}/close`, { text: '' })).statusCode).toBe(400);
    expect(
      (
        await coord.post(`/api/queries/${id}/answer`, { text: 'Source says 5.9; corrected.' })
      ).json().status,
    ).toBe('answered');
    expect((await coord.post(`/api/queries/${id}/answer`, { text: 'again' })).statusCode).toBe(409);
    expect(
      (await mon.post(`/api/queries/${id}/reopen`, { text: 'Correction not saved yet.' })).json()
        .status,
    ).toBe('open');
    expect((await dm.get('/api/queries/counts')).json().bySubject).toEqual([
      { subjectId: S1, siteId: t.sites.a.id, open: 1 },
    ]);
    expect((await dm.post(`/api/queries/${id}/close`, { text: 'Resolved.' })).json().status).toBe(
      'closed',
    );
    const list = (await inv.get(`/api/queries?subjectId=${S1}`)).json();
    expect(list[0].messages.map((m: { kind: string }) => m.kind)).toEqual([
      'raise',
      'answer',
      'reopen',
      'close',
    ]);
    expect((await coordB.post(`/api/queries/${id}/answer`, { text: 'not mine' })).statusCode).toBe(
      404,
    );
    expect((await dm.post('/api/queries', { subjectId: S2, text: 'other site' })).statusCode).toBe(
      404,
    );
  });

  it('stores injection payloads as inert text', async () => {
    const payloads = [
      "'; DROP TABLE audit_events; --",
      '<script>alert(1)</script>',
      '=HYPERLINK("http://x")',
    ];
    for (const p of payloads) {
      const r = await dm.post('/api/queries', { subjectId: S1, text: p });
      expect(r.statusCode).toBe(201);
    }
    const texts = (await dm.get(`/api/queries?subjectId=${S1}`))
      .json()
      .map((q: { text: string }) => q.text);
    for (const p of payloads) expect(texts).toContain(p);
    // a reason cell starting with '=' is exported with a leading apostrophe (no formula)
    const q = (await dm.post('/api/queries', { subjectId: S1, text: 'to close' })).json().id;
    await dm.post(`/api/queries/${q}/close`, { text: '=HYPERLINK("http://x")' });
    const csv = (await auditor.get('/api/audit/export')).body;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('the audit viewer filters per subject and per user, to my sites, and verifies the chain', async () => {
    const mine = (await mon.get(`/api/audit?subjectId=${S1}`)).json();
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.every((e: { subjectId: string }) => e.subjectId === S1)).toBe(true);
    const edits = mine.filter((e: { action: string }) => e.action === 'update');
    expect(edits[0]).toMatchObject({
      actorName: 'Dr coord',
      reason: 'transcription error',
      changes: [{ field: 'value', old: '5.1', new: '5.2' }],
    });
    expect((await mon.get(`/api/audit?subjectId=${S2}`)).json()).toEqual([]);
    const byUser = (await auditor.get(`/api/audit?actorId=${coord.userId}`)).json();
    expect(byUser.every((e: { actorId: string }) => e.actorId === coord.userId)).toBe(true);
    const v = (await auditor.get('/api/audit/verify')).json();
    expect(v.ok).toBe(true);
    const csv = (await auditor.get('/api/audit/export')).body;
    expect(csv.split('\n')[0]).toMatch(/^# audit chain: VERIFIED/);
  });
});
