/**
 * GET /api/analysis/overview: overdue visits are judged on each site's own today (as the
 * Subjects list is), unless the caller fixes `asOf`; each names the protocol's visit kind, its
 * number in the series and its cycle, so the dashboard can say it in the reader's language.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

interface Overdue {
  subjectId: string;
  visit: string;
  kind: string;
  sequence: number;
  cycle: number | null;
  due: string;
}

describeEachDialect('study overview: overdue visits', (dialect) => {
  let t: TestApp;
  let c: Client;
  let subject = '';
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.ms = Date.parse('2025-09-02T02:00:00.000Z');
    c = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    subject = (await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'OD-001' })).id;
    await ok(c.post(`/api/subjects/${subject}/enrolment`, { enrollmentDate: '2025-09-01' }));
  });
  afterAll(() => t.destroy());

  const overdue = async (query = ''): Promise<Overdue[]> =>
    (await ok(c.get(`/api/analysis/overview${query}`))).overdueVisits.filter(
      (v: Overdue) => v.subjectId === subject,
    );

  it('counts a window that closed yesterday at the site although it is still that day in UTC', async () => {
    // 17:00 UTC on 4 September is 01:00 on 5 September in Shanghai: day 1's window (± 3 days)
    // closed at the end of 4 September at the site
    t.clock.ms = Date.parse('2025-09-04T17:00:00.000Z');
    c = await t.signIn('inv'); // the session of two days ago has timed out
    const atSite = await overdue();
    expect(atSite.find((v) => v.visit === 'cycle-day-1/1')).toEqual({
      subjectId: subject,
      label: expect.any(String),
      visit: 'cycle-day-1/1',
      kind: 'cycle-day-1',
      sequence: 1,
      cycle: 1,
      due: '2025-09-04',
    });
    // a fixed asOf is reproducible: on 4 September nothing had closed yet
    expect(await overdue('?asOf=2025-09-04')).toEqual([]);
    // one minute before midnight at the site, nothing is overdue either
    t.clock.ms = Date.parse('2025-09-04T15:59:00.000Z');
    expect(await overdue()).toEqual([]);
  });
});
