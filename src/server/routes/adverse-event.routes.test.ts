/**
 * Adverse events over HTTP on both databases: record, edit with a reason, SAE clock (exactly
 * 24 h is on time), grade 5 only with a death record that agrees, bad input naming the field,
 * other sites invisible, and nothing half-written after a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureSubject,
  fixtureDeath,
  fixtureSubject,
} from '../../store/safety/testing/safety-fixtures.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';

const AE = {
  term: 'Alanine aminotransferase increased',
  onsetDate: '2026-02-10',
  grade: 2,
  relatedness: 'possibly-related',
  actionTaken: 'dose-reduced',
  outcome: 'recovering',
};
const SAE = {
  term: 'Hepatic failure',
  onsetDate: '2026-02-28',
  grade: 4,
  seriousCriteria: ['hospitalisation', 'life-threatening'],
  relatedness: 'related',
  actionTaken: 'drug-interrupted',
  outcome: 'not-recovered',
  // the test clock starts at 2026-03-02T08:00:00Z: exactly 24 h after awareness
  awarenessAt: '2026-03-01T16:00:00+08:00',
};

describeEachDialect('adverse events API', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let inv: Client;
  let mon: Client;
  let auditor: Client;
  let coordB: Client;
  let monB: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    mon = await t.user('mon', [{ role: 'monitor', site: 'a' }]);
    auditor = await t.user('aud', [{ role: 'auditor', site: null }]);
    coordB = await t.user('coordb', [{ role: 'coordinator', site: 'b' }]);
    monB = await t.user('monb', [{ role: 'monitor', site: 'b' }]);
  });
  afterAll(() => t.destroy());

  const subject = () => fixtureSubject(t.store, t.sites.a.id, '2026-01-05');
  const url = (s: FixtureSubject) => `/api/subjects/${s.id}/adverse-events`;
  const rows = async (table: 'adverse_events' | 'safety_alerts', s: FixtureSubject) =>
    (await t.store.db.selectFrom(table).select('id').where('subject_id', '=', s.id).execute())
      .length;
  const auditCount = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('records an adverse event with CTCAE version and MedDRA fields, and lists it', async () => {
    const s = await subject();
    const r = await coord.post(url(s), {
      ...AE,
      meddra: { version: '27.1', lltCode: '10001551', ptCode: '10001551', socCode: '10022891' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      term: AE.term,
      ctcaeVersion: '5.0',
      grade: 2,
      serious: false,
      seriousCriteria: [],
      meddra: { version: '27.1', lltCode: '10001551' },
      saeClock: null,
    });
    const list = (await mon.get(url(s))).json();
    expect(list.adverseEvents).toHaveLength(1);
    expect(list.deathConsistency).toEqual([]);
    expect((await auditor.get(url(s))).statusCode).toBe(200);
    // a non-serious AE raises no alert
    expect(await rows('safety_alerts', s)).toBe(0);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const s = await subject();
    const before = await auditCount();
    const bad = await coord.post(url(s), { ...AE, grade: 6, term: '', relatedness: 'maybe' });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.grade', 'body.term', 'body.relatedness']));
    const nul = await coord.post(url(s), { ...AE, term: `ALT${String.fromCharCode(0)}` });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors[0].path).toBe('body.term');
    expect(
      (await coord.get(`/api/subjects/${encodeURIComponent('x\u0000')}/adverse-events`)).statusCode,
    ).toBe(400);
    const noAwareness = await coord.post(url(s), { ...SAE, awarenessAt: undefined });
    expect(noAwareness.statusCode).toBe(400);
    expect(noAwareness.json().errors[0].path).toBe('body.awarenessAt');
    const future = await coord.post(url(s), { ...AE, onsetDate: '2026-03-03' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({
      path: 'body.onsetDate',
      rule: 'not-in-future',
    });
    const backwards = await coord.post(url(s), { ...AE, resolutionDate: '2026-02-09' });
    expect(backwards.json().errors[0]).toMatchObject({
      path: 'body.resolutionDate',
      rule: 'resolution-after-onset',
    });
    expect(await rows('adverse_events', s)).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  describe('SAE 24-hour clock', () => {
    it('is pending at exactly 24 h and overdue one minute later', async () => {
      const s = await subject();
      const r = await coord.post(url(s), SAE);
      expect(r.statusCode).toBe(201);
      expect(r.json().saeClock).toMatchObject({
        status: 'pending',
        dueAt: '2026-03-02T08:00:00.000Z',
        minutesRemaining: 0,
      });
      expect(r.json().awarenessAt).toBe('2026-03-01T08:00:00.000Z');
      const board = (await inv.get('/api/safety/alerts')).json();
      const mine = board.unreportedSaes.filter((x: { subjectId: string }) => x.subjectId === s.id);
      expect(mine).toHaveLength(1);
      expect(mine[0].clock.status).toBe('pending');
      // the SAE is itself an open alert
      expect(
        board.alerts.filter(
          (a: { subjectId: string; kind: string }) =>
            a.subjectId === s.id && a.kind === 'serious-adverse-event',
        ),
      ).toHaveLength(1);
      t.clock.advanceMinutes(1);
      try {
        const later = (await mon.get(url(s))).json().adverseEvents[0];
        expect(later.saeClock).toMatchObject({ status: 'overdue', minutesRemaining: -1 });
      } finally {
        t.clock.advanceMinutes(-1);
      }
    });

    it('a report exactly at 24 h is on time; 1 ms later is overdue', async () => {
      const s = await subject();
      const aware = { ...SAE, awarenessAt: '2026-03-01T07:00:00Z' };
      const a = (await coord.post(url(s), aware)).json();
      const b = (await coord.post(url(s), aware)).json();
      const onTime = await coord.post(`${url(s)}/${a.id}/sae-report`, {
        reportedAt: '2026-03-02T07:00:00Z',
      });
      expect(onTime.statusCode).toBe(200);
      expect(onTime.json().saeClock).toMatchObject({ status: 'on-time', reported: true });
      const late = await coord.post(`${url(s)}/${b.id}/sae-report`, {
        reportedAt: '2026-03-02T15:00:00.001+08:00',
      });
      expect(late.json().saeClock).toMatchObject({ status: 'overdue', reported: true });
      const again = await coord.post(`${url(s)}/${a.id}/sae-report`, {
        reportedAt: '2026-03-02T07:30:00Z',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toContain('reason for change');
      // corrected with a reason: the clock follows the new time, the old one stays audited
      const corrected = await coord.post(`${url(s)}/${a.id}/sae-report`, {
        reportedAt: '2026-03-02T07:30:00Z',
        reason: 'fax confirmation shows 07:30 UTC, not 07:00',
      });
      expect(corrected.statusCode).toBe(200);
      expect(corrected.json()).toMatchObject({
        saeReportedAt: '2026-03-02T07:30:00.000Z',
        saeClock: { status: 'overdue', reported: true },
      });
      const audit = await t.store.db
        .selectFrom('audit_events')
        .select(['action', 'reason', 'changes'])
        .where('entity_id', '=', a.id)
        .where('action', '=', 'sae-report-correction')
        .executeTakeFirstOrThrow();
      expect(audit.reason).toBe('fax confirmation shows 07:30 UTC, not 07:00');
      expect(JSON.parse(audit.changes)).toEqual([
        {
          field: 'sae_reported_at',
          old: '2026-03-02T07:00:00.000Z',
          new: '2026-03-02T07:30:00.000Z',
        },
      ]);
      const blank = await coord.post(`${url(s)}/${a.id}/sae-report`, {
        reportedAt: '2026-03-02T07:00:00Z',
        reason: '  ',
      });
      expect(blank.json().errors[0].path).toBe('body.reason');
      const board = (await inv.get(`/api/safety/alerts?subjectId=${s.id}`)).json();
      expect(board.unreportedSaes).toEqual([]);
    });

    it('refuses a report before awareness or in the future, and a report of a non-serious AE', async () => {
      const s = await subject();
      const a = (await coord.post(url(s), SAE)).json();
      const early = await coord.post(`${url(s)}/${a.id}/sae-report`, {
        reportedAt: '2026-03-01T07:59:59Z',
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().errors[0]).toMatchObject({
        path: 'body.reportedAt',
        rule: 'after-awareness',
      });
      const future = await coord.post(`${url(s)}/${a.id}/sae-report`, {
        reportedAt: '2026-03-02T08:00:01Z',
      });
      expect(future.json().errors[0].rule).toBe('not-in-future');
      const bad = await coord.post(`${url(s)}/${a.id}/sae-report`, { reportedAt: 'yesterday' });
      expect(bad.json().errors[0].path).toBe('body.reportedAt');
      const plain = (await coord.post(url(s), AE)).json();
      const r = await coord.post(`${url(s)}/${plain.id}/sae-report`, {
        reportedAt: '2026-03-02T07:00:00Z',
      });
      expect(r.statusCode).toBe(409);
    });
  });

  describe('grade 5', () => {
    const fatal = {
      ...SAE,
      grade: 5,
      onsetDate: '2026-02-18',
      resolutionDate: '2026-02-20',
      seriousCriteria: ['death'],
      outcome: 'fatal',
      awarenessAt: '2026-03-01T09:00:00Z',
    };

    it('is refused with a clear rule until a death is recorded, then accepted when it agrees', async () => {
      const s = await subject();
      const r = await coord.post(url(s), fatal);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors).toEqual([
        expect.objectContaining({
          path: 'body.grade',
          rule: 'grade5-requires-death-record',
          message: expect.stringMatching(/record the death/),
        }),
      ]);
      expect(await rows('adverse_events', s)).toBe(0);
      expect(await rows('safety_alerts', s)).toBe(0);

      await fixtureDeath(t.store, s, '2026-02-20', 'hepatic failure');
      const wrongDate = await coord.post(url(s), { ...fatal, resolutionDate: '2026-02-19' });
      expect(wrongDate.json().errors[0]).toMatchObject({
        path: 'body.resolutionDate',
        rule: 'grade5-end-equals-death-date',
      });
      const notFatal = await coord.post(url(s), { ...fatal, outcome: 'not-recovered' });
      expect(notFatal.json().errors.map((e: { rule: string }) => e.rule)).toContain(
        'grade5-outcome-fatal',
      );
      const noDeathCriterion = await coord.post(url(s), {
        ...fatal,
        seriousCriteria: ['hospitalisation'],
      });
      expect(noDeathCriterion.json().errors[0]).toMatchObject({
        path: 'body.seriousCriteria',
        rule: 'grade5-serious-death',
      });
      const afterDeath = await coord.post(url(s), { ...AE, onsetDate: '2026-02-21' });
      expect(afterDeath.json().errors[0].rule).toBe('onset-after-death');
      const ok = await coord.post(url(s), fatal);
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ grade: 5, outcome: 'fatal', serious: true });
    });

    it('a fatal outcome below grade 5 is refused', async () => {
      const s = await subject();
      await fixtureDeath(t.store, s, '2026-02-20', 'hepatic failure');
      const r = await coord.post(url(s), { ...fatal, grade: 4 });
      expect(r.json().errors[0]).toMatchObject({
        path: 'body.grade',
        rule: 'fatal-outcome-requires-grade5',
      });
    });
  });

  it('an edit needs a reason, is audited with old and new values, and re-checks the rules', async () => {
    const s = await subject();
    const ae = (await coord.post(url(s), AE)).json();
    const noReason = await inv.patch(`${url(s)}/${ae.id}`, { grade: 3 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ path: 'reason', rule: 'reason-for-change' });
    const toGrade5 = await inv.patch(`${url(s)}/${ae.id}`, { grade: 5, reason: 'worsened' });
    expect(toGrade5.json().errors.map((e: { rule: string }) => e.rule)).toContain(
      'grade5-requires-death-record',
    );
    const unknown = await inv.patch(`${url(s)}/${ae.id}`, { grde: 3, reason: 'typo' });
    expect(unknown.statusCode).toBe(400);
    const ok = await inv.patch(`${url(s)}/${ae.id}`, { grade: 3, reason: 'lab re-read' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ grade: 3, term: AE.term, outcome: 'recovering' });
    const audit = await t.store.db
      .selectFrom('audit_events')
      .select(['action', 'reason', 'changes'])
      .where('entity_id', '=', ae.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]?.reason).toBe('lab re-read');
    expect(JSON.parse(audit[1]?.changes ?? '[]')).toEqual([{ field: 'grade', old: 2, new: 3 }]);
    // made serious by an edit: the SAE alert is raised then
    const serious = await inv.patch(`${url(s)}/${ae.id}`, {
      seriousCriteria: ['hospitalisation'],
      awarenessAt: '2026-03-02T06:00:00Z',
      reason: 'admitted to hospital',
    });
    expect(serious.statusCode).toBe(200);
    expect(serious.json().saeClock.status).toBe('pending');
    expect(await rows('safety_alerts', s)).toBe(1);
    // re-classified as non-serious: the open SAE alert is resolved, citing the edit's reason
    const notSerious = await inv.patch(`${url(s)}/${ae.id}`, {
      seriousCriteria: [],
      reason: 'discharged same day; admission was for observation only',
    });
    expect(notSerious.statusCode).toBe(200);
    expect(notSerious.json()).toMatchObject({ serious: false, saeClock: null });
    const alert = await t.store.db
      .selectFrom('safety_alerts')
      .select(['status', 'resolution'])
      .where('subject_id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(alert.status).toBe('resolved');
    expect(alert.resolution).toContain('admission was for observation only');
    const board = (await inv.get(`/api/safety/alerts?subjectId=${s.id}`)).json();
    expect(board.alerts.filter((a: { status: string }) => a.status === 'open')).toEqual([]);
  });

  it('another site cannot see or write the subject, readers cannot write', async () => {
    const s = await subject();
    expect((await coord.post(url(s), AE)).statusCode).toBe(201);
    expect((await coordB.post(url(s), AE)).statusCode).toBe(404);
    expect((await coordB.get(url(s))).statusCode).toBe(404);
    expect((await monB.get(url(s))).statusCode).toBe(404);
    expect((await mon.post(url(s), AE)).statusCode).toBe(403);
    expect((await auditor.post(url(s), AE)).statusCode).toBe(403);
    const board = (await monB.get('/api/safety/alerts?status=all')).json();
    expect(board.alerts.some((a: { subjectId: string }) => a.subjectId === s.id)).toBe(false);
    expect(await rows('adverse_events', s)).toBe(1);
  });
});
