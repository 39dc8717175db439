/**
 * GET /api/subjects: each row carries its count of overdue visits — planned visits whose window
 * closed at the site with nothing done (core `planVisitSchedule` status `missed`), the same
 * rule as the subject's schedule and the dashboard — for the Subjects list's "overdue" filter.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

interface Row {
  id: string;
  screeningNumber: string;
  status: { kind: string };
  overdueVisits: number;
}
interface ScheduleVisit {
  key: string;
  status: { kind: string };
}

describeEachDialect('subjects list: overdue visits', (dialect) => {
  let t: TestApp;
  let c: Client;
  let enrolled = '';
  let screening = '';
  const list = async (client: Client, query = ''): Promise<Row[]> =>
    ok(client.get(`/api/subjects${query}`));
  const missedKeys = async (client: Client, id: string): Promise<string[]> =>
    (await ok(client.get(`/api/subjects/${id}`))).schedule.visits
      .filter((v: ScheduleVisit) => v.status.kind === 'missed')
      .map((v: ScheduleVisit) => v.key);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // 10:00 in Shanghai on 5 September 2025, four days after day 1 (enrolment on 1 September)
    t.clock.ms = Date.parse('2025-09-05T02:00:00.000Z');
    c = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    enrolled = (await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'OV-001' })).id;
    await ok(c.post(`/api/subjects/${enrolled}/enrolment`, { enrollmentDate: '2025-09-01' }));
    screening = (await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'OV-002' })).id;
  });
  afterAll(() => t.destroy());

  it('counts the visits whose window closed with nothing done; none before enrolment', async () => {
    const rows = await list(c);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(screening)).toMatchObject({ status: { kind: 'screening' }, overdueVisits: 0 });
    const missed = await missedKeys(c, enrolled);
    // day 1 visit and the first weekly ALT check: their windows (day 1 + 3) closed on 4 September
    expect(missed.sort()).toEqual(['cycle-day-1/1', 'liver-monitoring/1']);
    expect(byId.get(enrolled)).toMatchObject({
      status: { kind: 'on-treatment' },
      overdueVisits: missed.length,
    });
  });

  it('a visit done inside its window is no longer overdue', async () => {
    await ok(
      c.post(`/api/subjects/${enrolled}/visits`, {
        kind: 'cycle-day-1',
        date: '2025-09-02',
        cycle: 1,
      }),
    );
    // the schedule counts the day 1 visit for that week's ALT check too
    expect(await missedKeys(c, enrolled)).toEqual([]);
    expect((await list(c)).find((r) => r.id === enrolled)?.overdueVisits).toBe(0);
  });

  it('counts as of the site’s date: months later every closed window is counted', async () => {
    t.clock.ms = Date.parse('2026-01-10T02:00:00.000Z');
    const again = await t.signIn('coord');
    const missed = await missedKeys(again, enrolled);
    expect(missed.length).toBeGreaterThan(5);
    const rows = await list(again, `?siteId=${t.sites.a.id}&status=on-treatment`);
    expect(rows.map((r) => [r.screeningNumber, r.overdueVisits])).toEqual([
      ['OV-001', missed.length],
    ]);
    // another site's coordinator sees none of them
    const b = await t.user('coord-b', [{ role: 'coordinator', site: 'b' }]);
    expect(await list(b)).toEqual([]);
  });
});
