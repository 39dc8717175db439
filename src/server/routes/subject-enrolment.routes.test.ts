import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

describeEachDialect('subjects: eligibility gates of enrolment', (dialect) => {
  let t: TestApp;
  let c: Client;
  let n = 0;
  const next = () => `S${String(++n).padStart(3, '0')}`;
  const enrol = (id: string, date = '2025-09-01') =>
    c.post(`/api/subjects/${id}/enrolment`, { enrollmentDate: date });
  const count = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('subjects')
          .select((e) => e.fn.countAll().as('n'))
          .where('enrollment_date', 'is not', null)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect);
    c = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
  });
  afterAll(() => t.destroy());

  it('refuses enrolment without consent (409 naming the rule) and writes nothing', async () => {
    const s = await screenSubject(c, {
      siteId: t.sites.a.id,
      screeningNumber: next(),
      consentDate: null,
    });
    const r = await enrol(s.id);
    expect(r.statusCode).toBe(409);
    expect(r.json().rule).toBe('enrolment-requires-consent');
    expect(r.json().reasons).toEqual([
      {
        code: 'enrolment.consent-first',
        params: {},
        text: 'ICH E6(R3): no study procedure before informed consent',
      },
    ]);
    expect(await count()).toBe(0);
  });

  it('refuses without a MEN1 result, and with only a VUS', async () => {
    const none = await screenSubject(c, {
      siteId: t.sites.a.id,
      screeningNumber: next(),
      men1: null,
    });
    const r = await enrol(none.id);
    expect(r.statusCode).toBe(409);
    expect(r.json().rule).toBe('enrolment-requires-eligibility');
    expect(r.json().detail).toMatch(/inc-men1/);
    expect(r.json().detail).toMatch(/no MEN1 mutation result/);
    const vus = await screenSubject(c, {
      siteId: t.sites.a.id,
      screeningNumber: next(),
      men1: 'VUS',
    });
    const v = await enrol(vus.id);
    expect(v.statusCode).toBe(409);
    expect(v.json().detail).toMatch(/inc-men1.*VUS/s);
    // the gate's findings one by one, for the enrolment screen to list
    expect(v.json().reasons).toEqual([
      expect.objectContaining({
        code: 'eligibility.criterion',
        params: expect.objectContaining({ criterionId: 'inc-men1' }),
        text: expect.stringMatching(/^inc-men1: .*VUS/),
      }),
    ]);
    expect(await count()).toBe(0);
  });

  it('refuses with baseline ALT > 2 × ULN; exactly 2 × ULN is allowed', async () => {
    const high = await screenSubject(c, {
      siteId: t.sites.a.id,
      screeningNumber: next(),
      alt: '80.1',
    });
    const r = await enrol(high.id);
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toMatch(/inc-alt: ALT 80.1 = 2.00 × ULN/);
    expect(r.json().reasons).toEqual([
      expect.objectContaining({
        code: 'eligibility.criterion',
        text: expect.stringMatching(/^inc-alt: ALT 80.1 = 2.00 × ULN/),
        findings: [
          expect.objectContaining({
            code: 'eligibility.alt-above-limit',
            params: { value: 80.1, timesUln: '2.00', uln: 40, maxTimesUln: 2 },
          }),
        ],
      }),
    ]);
    const edge = await screenSubject(c, {
      siteId: t.sites.a.id,
      screeningNumber: next(),
      alt: '80',
    });
    const e = await ok(enrol(edge.id));
    expect(e.subjectCode).toBe('BJ01-001');
    expect(e.enrollmentDate).toBe('2025-09-01');
    // enrolling twice is a conflict, not a second subject ID
    expect((await enrol(edge.id)).json().rule).toBe('already-enrolled');
  });

  it('refuses when the baseline scan is more than 28 days before day 1; exactly 28 is allowed', async () => {
    const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: next() });
    const late = await enrol(s.id, '2025-09-13'); // scan of 2025-08-15 is 29 days before
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/inc-imaging-window/);
    await ok(enrol(s.id, '2025-09-12')); // exactly 28 days: allowed
  });

  it('refuses a screen-failed subject, which keeps its reason', async () => {
    const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: next() });
    await ok(
      c.post(`/api/subjects/${s.id}/screen-failure`, {
        date: '2025-08-20',
        reason: 'no measurable disease',
      }),
    );
    const r = await enrol(s.id);
    expect(r.json().rule).toBe('screen-failed-subject-enrolled');
    const detail = await ok(c.get(`/api/subjects/${s.id}`));
    expect(detail.status).toMatchObject({ kind: 'screen-failed', reason: 'no measurable disease' });
  });

  it('holds enrolment once stage 1 of the Simon design (n1 = 10) is enrolled and not evaluated', async () => {
    while ((await count()) < 10) {
      const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: next() });
      await ok(enrol(s.id));
    }
    const eleventh = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: next() });
    const r = await enrol(eleventh.id);
    expect(r.statusCode).toBe(409);
    expect(r.json().rule).toBe('phase2-design-hold');
    expect(r.json().detail).toMatch(/hold enrolment until all 10 stage-1 subjects are evaluated/);
    expect(await count()).toBe(10);
    const codes = await t.store.db
      .selectFrom('subjects')
      .select('subject_code')
      .where('subject_code', 'is not', null)
      .execute();
    expect(new Set(codes.map((x) => x.subject_code)).size).toBe(10);
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  }, 120_000);
});
