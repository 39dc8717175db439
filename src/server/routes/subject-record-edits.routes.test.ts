import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

describeEachDialect('subjects: every record is edited only with a reason for change', (dialect) => {
  let t: TestApp;
  let c: Client;
  let base: string;
  const created: Array<[string, string, Record<string, unknown>]> = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    c = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'ED-001' });
    base = `/api/subjects/${s.id}`;
    await ok(c.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
    const add = async (
      segment: string,
      body: Record<string, unknown>,
      edit: Record<string, unknown>,
    ) => {
      const r = await ok(c.post(`${base}/${segment}`, body));
      created.push([segment, r.id, edit]);
      return r.id as string;
    };
    await add(
      'consents',
      { kind: 'biobank-storage', version: '1.0', signedDate: '2025-08-10' },
      { version: '1.1' },
    );
    await add(
      'medical-history',
      { term: 'Hypertension', startDate: '2015' },
      { startDate: '2015-06' },
    );
    await add('men1-manifestations', { manifestation: 'pituitary' }, { diagnosisDate: '2018' });
    await add(
      'prior-therapies',
      { category: 'surgery', name: 'distal pancreatectomy', startDate: '2019-08' },
      { startDate: '2019-09' },
    );
    await add(
      'men1-results',
      {
        sample: 'tumour',
        origin: 'somatic',
        hgvsC: 'c.1579C>T',
        classification: 'likely-pathogenic',
      },
      { hgvsP: 'p.Arg527Ter' },
    );
    const d = await add(
      'dispensations',
      { cycle: 1, dispensedDate: '2025-09-01', tabletsDispensed: 56 },
      { tabletsDispensed: 60 },
    );
    await add(
      'drug-returns',
      { dispensationId: d, returnDate: '2025-09-29', tabletsReturned: 2 },
      { tabletsReturned: 4 },
    );
    await add(
      'visits',
      { kind: 'cycle-day-1', date: '2025-09-29', cycle: 2 },
      { date: '2025-09-30' },
    );
    await add(
      'dose-changes',
      { kind: 'interruption', date: '2025-10-06', clinicalReason: 'ALT 3.5 × ULN' },
      { clinicalReason: 'ALT 3.6 × ULN' },
    );
    await add('missed-doses', { date: '2025-09-10' }, { cause: 'travel' });
    await add(
      'treatment-end',
      { lastDoseDate: '2025-10-05', endReason: 'toxicity' },
      { details: 'hepatotoxicity' },
    );
    const answers = (await ok(c.get(base))).eligibility.answers;
    created.push(['eligibility-answers', answers[0].id, { evidence: 'corrected evidence' }]);
  });
  afterAll(() => t.destroy());

  it('refuses each edit without a reason and applies it with one, audited', async () => {
    for (const [segment, id, edit] of created) {
      const refused = await c.patch(`${base}/${segment}/${id}`, edit);
      expect(refused.statusCode, `${segment} ${refused.body}`).toBe(400);
      expect(refused.json().errors[0].rule, segment).toBe('reason-for-change');
      const r = await ok(
        c.patch(`${base}/${segment}/${id}`, { ...edit, reason: `correction of ${segment}` }),
      );
      for (const [k, v] of Object.entries(edit)) expect(r[k], `${segment}.${k}`).toBe(v);
      const ev = await t.store.db
        .selectFrom('audit_events')
        .select('reason')
        .where('entity_id', '=', id)
        .where('action', '=', 'update')
        .executeTakeFirst();
      expect(ev?.reason).toBe(`correction of ${segment}`);
    }
  });

  it('applies the date rules to edits too, naming the edited field, and writes nothing', async () => {
    const [, visitId] = created.find(([s]) => s === 'visits')!;
    const r = await c.patch(`${base}/visits/${visitId}`, { date: '2025-08-01', reason: 'typo' });
    expect(r.statusCode).toBe(400);
    expect(
      r.json().errors.map((e: { path: string; rule: string }) => `${e.path} ${e.rule}`),
    ).toContain('body.date procedure-before-consent');
    const [, missedId] = created.find(([s]) => s === 'missed-doses')!;
    const late = await c.patch(`${base}/missed-doses/${missedId}`, {
      date: '2025-10-20',
      reason: 'typo',
    });
    expect(late.json().errors[0]).toMatchObject({
      path: 'body.date',
      rule: 'dose-after-end-of-treatment',
    });
    const row = await t.store.db
      .selectFrom('visits')
      .select('visit_date')
      .where('id', '=', visitId)
      .executeTakeFirst();
    expect(row?.visit_date).toBe('2025-09-30');
  });

  it('answers 404 for a record of another subject and 400 naming a bad field', async () => {
    const other = await ok(
      c.post('/api/subjects', { siteId: t.sites.a.id, screeningNumber: 'ED-002' }),
    );
    const [, mhId] = created.find(([s]) => s === 'medical-history')!;
    expect(
      (
        await c.patch(`/api/subjects/${other.id}/medical-history/${mhId}`, {
          term: 'x',
          reason: 'r',
        })
      ).statusCode,
    ).toBe(404);
    const bad = await c.patch(`${base}/medical-history/${mhId}`, { endDate: '2014', reason: 'r' });
    expect(bad.json().errors[0].path).toBe('body.endDate');
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  });
});
