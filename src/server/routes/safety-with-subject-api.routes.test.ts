/**
 * The safety records on data entered through the subject API itself (not fixtures): a subject
 * screened and enrolled over HTTP, lab panels saved on a visit, then the liver rules re-evaluated
 * and the lab grades read — proving the safety store reads what the subject store writes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

describeEachDialect('safety on data from the subject API', (dialect) => {
  let t: TestApp;
  let c: Client;
  let inv: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    c = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
  });
  afterAll(() => t.destroy());

  it("Hy's law and ALT alerts from panels saved on a visit; grades against the screening baseline", async () => {
    const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'SAF-001' });
    const base = `/api/subjects/${s.id}`;
    await ok(c.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
    const v = await ok(
      c.post(`${base}/visits`, { kind: 'cycle-day-1', date: '2025-09-29', cycle: 2 }),
    );
    await ok(
      c.put(`${base}/visits/${v.id}/panels/liver-kidney`, {
        results: [
          { code: 'ALT', value: '130', unit: 'U/L', referenceLow: '7', referenceHigh: '40' },
          { code: 'ALP', value: '90', unit: 'U/L', referenceLow: '35', referenceHigh: '100' },
          { code: 'BILI', value: '45', unit: 'umol/L', referenceLow: '0', referenceHigh: '21' },
        ],
      }),
    );
    // saving the panel raised the alerts in the same command: no explicit re-evaluation needed
    const raised = (await ok(inv.get(`/api/safety/alerts?subjectId=${s.id}`))).alerts as Array<{
      key: string;
    }>;
    expect(raised.map((a) => a.key)).toEqual(
      expect.arrayContaining(['hys-law:ALT:2025-09-29', 'alt-interrupt:2025-09-29']),
    );
    const e = await ok(c.post(`${base}/safety/evaluate`));
    expect(e.evaluated).toBe(true);
    expect(e.raised).toEqual([]); // nothing new: the save already raised them
    const alerts = (await ok(inv.get(`/api/safety/alerts?subjectId=${s.id}`))).alerts as Array<{
      kind: string;
      key: string;
    }>;
    expect(alerts.map((a) => a.key)).toEqual(
      expect.arrayContaining(['hys-law:ALT:2025-09-29', 'alt-interrupt:2025-09-29']),
    );
    const grades = (await ok(c.get(`${base}/lab-grades`))).results as Array<
      Record<string, unknown>
    >;
    expect(grades.find((g) => g.test === 'ALT' && g.date === '2025-09-29')).toMatchObject({
      grade: 2,
      baseline: { date: '2025-08-15', value: 35 },
    });
    expect(grades.find((g) => g.test === 'BILI')).toMatchObject({ grade: 2 });
  });
});
