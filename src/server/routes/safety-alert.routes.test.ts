/**
 * Lab grades and leflunomide liver alerts from stored labs over HTTP on both databases: CTCAE
 * grades with baseline and unit conversion, worst grade per cycle, Hy's law raised from stored
 * labs inside the 14-day window and not outside it, monitoring overdue raised then resolved when
 * the test arrives, acknowledgement by an investigator (audited), other sites invisible.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  FIXTURE_BLOOD_COUNT,
  type FixtureSubject,
  fixtureDispensing,
  fixtureLab,
  fixtureLabVisit,
  fixtureLiverPanel,
  fixtureSubject,
} from '../../store/safety/testing/safety-fixtures.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';

const lab = fixtureLab;
const FBC = FIXTURE_BLOOD_COUNT;
const normalLiver = fixtureLiverPanel();

describeEachDialect('safety alerts and lab grades API', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let inv: Client;
  let mon: Client;
  let invB: Client;
  let monB: Client;
  let dm: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    mon = await t.user('mon', [{ role: 'monitor', site: 'a' }]);
    invB = await t.user('invb', [{ role: 'investigator', site: 'b' }]);
    monB = await t.user('monb', [{ role: 'monitor', site: 'b' }]);
    dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
  });
  afterAll(() => t.destroy());

  /** Enrolled 2026-01-05 with normal baseline labs; cycle 2 dispensed 2026-02-02. */
  async function subjectWithBaseline(): Promise<FixtureSubject> {
    const s = await fixtureSubject(t.store, t.sites.a.id, '2026-01-05');
    await fixtureLabVisit(t.store, s, '2025-12-29', [...normalLiver, ...FBC]);
    await fixtureDispensing(t.store, s, 1, '2026-01-05');
    await fixtureDispensing(t.store, s, 2, '2026-02-02');
    return s;
  }
  const evaluate = (s: FixtureSubject) => coord.post(`/api/subjects/${s.id}/safety/evaluate`);
  const alertsOf = async (s: FixtureSubject, status = 'open') =>
    (await inv.get(`/api/safety/alerts?subjectId=${s.id}&status=${status}`)).json()
      .alerts as Array<{
      id: string;
      kind: string;
      key: string;
      status: string;
      summary: string;
      rule: string;
      summaryReason: { code: string; params: Record<string, unknown>; text: string };
      details: { reasons: Array<{ code: string; params: Record<string, unknown>; text: string }> };
    }>;

  it("raises potential Hy's law from stored labs (bilirubin 14 days later), with the ALT alert, once", async () => {
    const s = await subjectWithBaseline();
    await fixtureLabVisit(t.store, s, '2026-02-02', [
      lab('ALT', '130', 'U/L', '7', '40'),
      lab('ALP', '90', 'U/L', '35', '100'),
      ...FBC,
    ]);
    await fixtureLabVisit(t.store, s, '2026-02-16', [lab('BILI', '45', 'umol/L', '0', '21')]);
    const r = await evaluate(s);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ evaluated: true, asOf: '2026-03-02' });
    const alerts = await alertsOf(s);
    const kinds = alerts.map((a) => a.kind).sort();
    expect(kinds).toEqual(['alt-interrupt-washout', 'monitoring-overdue', 'potential-hys-law']);
    const hy = alerts.find((a) => a.kind === 'potential-hys-law');
    expect(hy).toMatchObject({
      key: 'hys-law:ALT:2026-02-02',
      status: 'open',
      summary: expect.stringMatching(
        /ALT 3.25 × ULN on 2026-02-02 with bilirubin .* on 2026-02-16/,
      ),
    });
    expect(hy?.rule).toMatch(/Hy's law/);
    expect(hy?.details.reasons.map((x) => x.text).join(' ')).toMatch(/14 day\(s\) apart/);
    expect(hy?.summaryReason).toMatchObject({
      code: 'safety.summary-hys-law',
      params: { test: 'ALT', times: '3.25', date: '2026-02-02', biliDate: '2026-02-16' },
    });
    expect(hy?.details.reasons[1]).toMatchObject({
      code: 'safety.hys-bilirubin',
      params: { days: 14, window: 14 },
    });
    // re-evaluation raises nothing twice
    expect((await evaluate(s)).json().raised).toEqual([]);
    expect(await alertsOf(s)).toHaveLength(3);
    const board = (await mon.get('/api/safety/alerts')).json();
    expect(board.openBySubject).toEqual(
      expect.arrayContaining([expect.objectContaining({ subjectId: s.id, open: 3, critical: 3 })]),
    );
    expect(
      board.openBySite.find((x: { siteId: string }) => x.siteId === t.sites.a.id).open,
    ).toBeGreaterThanOrEqual(3);
  });

  it("does not raise Hy's law when the bilirubin is 15 days after the ALT", async () => {
    const s = await subjectWithBaseline();
    await fixtureLabVisit(t.store, s, '2026-02-02', [lab('ALT', '130', 'U/L', '7', '40'), ...FBC]);
    await fixtureLabVisit(t.store, s, '2026-02-17', [lab('BILI', '45', 'umol/L', '0', '21')]);
    await evaluate(s);
    const kinds = (await alertsOf(s)).map((a) => a.kind);
    expect(kinds).toContain('alt-interrupt-washout');
    expect(kinds).not.toContain('potential-hys-law');
  });

  it('monitoring overdue is raised, then resolved when the test arrives', async () => {
    const s = await subjectWithBaseline();
    // ALT 2.5 × ULN on cycle 2 day 1: weekly ALT from then on
    await fixtureLabVisit(t.store, s, '2026-02-02', [lab('ALT', '100', 'U/L', '7', '40'), ...FBC]);
    await evaluate(s);
    const open = await alertsOf(s);
    expect(open.map((a) => a.kind).sort()).toEqual(['alt-dose-reduction', 'monitoring-overdue']);
    const overdue = open.find((a) => a.kind === 'monitoring-overdue');
    expect(overdue?.summary).toMatch(/ALT overdue by \d+ day\(s\) \(weekly test due 2026-02-09/);
    await fixtureLabVisit(t.store, s, '2026-03-01', [lab('ALT', '35', 'U/L', '7', '40')]);
    const r = (await evaluate(s)).json();
    expect(r.resolved).toEqual([overdue?.id]);
    const resolved = await alertsOf(s, 'resolved');
    expect(resolved).toEqual([expect.objectContaining({ id: overdue?.id, status: 'resolved' })]);
    // the dose-reduction signal is not withdrawn silently by a later normal ALT
    expect((await alertsOf(s)).map((a) => a.kind)).toEqual(['alt-dose-reduction']);
  });

  it('an investigator acknowledges an alert with a note (audited); others cannot', async () => {
    const s = await subjectWithBaseline();
    await fixtureLabVisit(t.store, s, '2026-02-02', [lab('ALT', '130', 'U/L', '7', '40'), ...FBC]);
    await evaluate(s);
    const alert = (await alertsOf(s)).find((a) => a.kind === 'alt-interrupt-washout');
    const url = `/api/safety/alerts/${alert?.id}/acknowledge`;
    expect((await coord.post(url, { note: 'seen' })).statusCode).toBe(403);
    expect((await invB.post(url, { note: 'seen' })).statusCode).toBe(404);
    const empty = await inv.post(url, { note: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.note');
    const ok = await inv.post(url, { note: 'leflunomide interrupted, cholestyramine started' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'Dr inv',
      acknowledgementNote: 'leflunomide interrupted, cholestyramine started',
    });
    expect((await inv.post(url, { note: 'again' })).statusCode).toBe(409);
    const audit = await t.store.db
      .selectFrom('audit_events')
      .select(['action', 'reason', 'actor_name', 'subject_id'])
      .where('entity_id', '=', alert?.id as string)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['raise-alert', 'acknowledge-alert']);
    expect(audit[1]).toMatchObject({ actor_name: 'Dr inv', subject_id: s.id });
    // acknowledged alerts leave the open list and are not raised again
    await evaluate(s);
    expect((await alertsOf(s)).map((a) => a.id)).not.toContain(alert?.id);
    expect((await alertsOf(s, 'acknowledged')).map((a) => a.id)).toEqual([alert?.id]);
  });

  it('grades stored labs by CTCAE v5.0 with baseline and unit conversion; worst per cycle', async () => {
    const s = await subjectWithBaseline();
    await fixtureLabVisit(t.store, s, '2026-01-20', [
      lab('ALT', '121', 'U/L', '7', '40'),
      lab('NEUT', '1200', '/mm3', null, null),
      lab('CREAT', '1.0', 'mg/L', '41', '81'),
      lab('UREA', '5.0', 'mmol/L', '2.6', '7.5'),
    ]);
    await fixtureLabVisit(t.store, s, '2026-02-16', [lab('HGB', '7.9', 'g/dL', '12', '15')]);
    const r = await mon.get(`/api/subjects/${s.id}/lab-grades`);
    expect(r.statusCode).toBe(200);
    const results = r.json().results as Array<Record<string, unknown>>;
    const onDay = (date: string, test: string) =>
      results.find((x) => x.date === date && x.test === test);
    expect(onDay('2026-01-20', 'ALT')).toMatchObject({
      grade: 2,
      version: '5.0',
      basis: 'uln',
      baseline: { date: '2025-12-29', value: 30 },
    });
    expect(onDay('2026-01-20', 'NEUT')).toMatchObject({ grade: 2, basis: 'absolute' });
    expect(onDay('2026-01-20', 'CREAT')).toMatchObject({
      grade: null,
      reason: expect.stringMatching(/unknown unit "mg\/L"/),
    });
    expect(onDay('2026-02-16', 'HGB')).toMatchObject({ grade: 3, term: 'Anemia' });
    expect(onDay('2025-12-29', 'ALT')).toMatchObject({ grade: 0, baseline: null });
    expect(results.some((x) => x.test === 'UREA')).toBe(false);

    const w = (await mon.get(`/api/subjects/${s.id}/lab-grades/worst`)).json();
    expect(w.cycles.slice(0, 3)).toEqual([
      { cycle: 1, start: '2026-01-05', source: 'day-1' },
      { cycle: 2, start: '2026-02-02', source: 'dispensing' },
    ]);
    expect(w.worst.worst).toBe(3);
    const c1 = w.worst.byCycle.find((c: { cycle: number }) => c.cycle === 1);
    const c2 = w.worst.byCycle.find((c: { cycle: number }) => c.cycle === 2);
    expect(c1).toMatchObject({ worst: 2, end: '2026-02-01' });
    expect(c2).toMatchObject({ worst: 3, end: null });
    expect(w.worst.preTreatment.every((c: { worstGrade: number }) => c.worstGrade === 0)).toBe(
      true,
    );
  });

  it('other sites see nothing; a subject not yet enrolled is not evaluated', async () => {
    const s = await subjectWithBaseline();
    await fixtureLabVisit(t.store, s, '2026-02-02', [lab('ALT', '130', 'U/L', '7', '40'), ...FBC]);
    await evaluate(s);
    expect((await monB.get(`/api/subjects/${s.id}/lab-grades`)).statusCode).toBe(404);
    expect((await monB.get(`/api/subjects/${s.id}/lab-grades/worst`)).statusCode).toBe(404);
    const boardB = (await monB.get('/api/safety/alerts?status=all')).json();
    expect(boardB.alerts.some((a: { subjectId: string }) => a.subjectId === s.id)).toBe(false);
    expect((await invB.post(`/api/subjects/${s.id}/safety/evaluate`)).statusCode).toBe(404);
    expect((await mon.post(`/api/subjects/${s.id}/safety/evaluate`)).statusCode).toBe(403);
    const screening = await fixtureSubject(t.store, t.sites.a.id, null);
    const r = (await evaluate(screening)).json();
    expect(r).toMatchObject({ evaluated: false, raised: [] });
    const w = (await mon.get(`/api/subjects/${screening.id}/lab-grades/worst`)).json();
    expect(w.worst).toBeNull();
  });

  it('a locked casebook refuses new safety records (423, nothing written) but alerts are still raised and acknowledged', async () => {
    const s = await subjectWithBaseline();
    await fixtureLabVisit(t.store, s, '2026-02-02', [lab('ALT', '130', 'U/L', '7', '40'), ...FBC]);
    const lock = await dm.post('/api/locks', {
      scope: 'subject',
      subjectId: s.id,
      reason: 'interim analysis',
    });
    expect(lock.statusCode).toBe(201);
    const ae = await coord.post(`/api/subjects/${s.id}/adverse-events`, {
      term: 'Nausea',
      onsetDate: '2026-02-10',
      grade: 1,
      relatedness: 'not-related',
      actionTaken: 'dose-not-changed',
      outcome: 'recovered',
    });
    expect(ae.statusCode).toBe(423);
    const cm = await coord.post(`/api/subjects/${s.id}/concomitant-medications`, {
      name: 'Dilantin',
      indication: 'epilepsy',
      startDate: '2026-02-01',
    });
    expect(cm.statusCode).toBe(423);
    for (const table of [
      'adverse_events',
      'concomitant_medications',
      'protocol_deviations',
    ] as const)
      expect(
        await t.store.db.selectFrom(table).select('id').where('subject_id', '=', s.id).execute(),
      ).toEqual([]);
    expect((await evaluate(s)).statusCode).toBe(200);
    const alert = (await alertsOf(s)).find((a) => a.kind === 'alt-interrupt-washout');
    const ack = await inv.post(`/api/safety/alerts/${alert?.id}/acknowledge`, {
      note: 'drug interrupted',
    });
    expect(ack.statusCode).toBe(200);
  });
});
