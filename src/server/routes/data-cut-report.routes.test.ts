/**
 * The report of a data cut over HTTP on both databases: HTML, CSV index and one table, PDF
 * (when Chromium is installed), bad query parameters named, unknown cut and table 404, and only
 * the statistician may fetch it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportCatalogues } from '../../core/reports/i18n/report-messages.ts';
import { chromiumAvailable } from '../../store/reports/chromium-pdf.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

describeEachDialect('data cut report API', (dialect) => {
  let t: TestApp;
  let stat: Client;
  const base = '/api/data-cuts/c1/report';
  beforeAll(async () => {
    t = await createTestApp(dialect);
    stat = await t.user('stat', [{ role: 'statistician', site: null }]);
    const coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    await screenSubject(coord, { siteId: t.sites.a.id, screeningNumber: 'S-001' });
    await ok(stat.post('/api/data-cuts', { name: 'c1', cutoffDate: '2026-03-02' }));
  });
  afterAll(() => t.destroy());

  it('serves the HTML report in both languages', async () => {
    const en = await stat.get(`${base}?kind=interim`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('text/html');
    expect(en.body).toContain(reportCatalogues.en['report.title.interim']);
    expect(en.body).toContain('2026-03-02');
    const zh = await stat.get(`${base}?kind=final&lang=zh-CN&version=open`);
    expect(zh.body).toContain(reportCatalogues['zh-CN']['report.title.final']);
    expect(zh.body).toContain(reportCatalogues['zh-CN']['section.phase3']);
    expect((await stat.get(`${base}?kind=interim`)).body).toBe(en.body);
  });

  it('serves the CSV index and each table', async () => {
    const index = await stat.get(`${base}?kind=final&format=csv`);
    expect(index.statusCode).toBe(200);
    expect(index.body.split('\r\n')[0]).toBe('table,section,title');
    const consort = await stat.get(`${base}?kind=final&format=csv&table=disposition-consort`);
    expect(consort.statusCode).toBe(200);
    expect(consort.body).toContain('Screened,1');
    expect((await stat.get(`${base}?kind=final&format=csv&table=nope`)).statusCode).toBe(404);
  });

  it.skipIf(!chromiumAvailable())(
    'serves a PDF rendered by Chromium',
    async () => {
      const r = await stat.get(`${base}?kind=interim&format=pdf`);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    },
    60_000,
  );

  it('names bad query parameters (400), 404 for an unknown cut, statistician only', async () => {
    const bad = await stat.get(`${base}?kind=weekly&lang=fr`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('query.kind');
    expect(JSON.stringify(bad.json())).toContain('query.lang');
    expect((await stat.get('/api/data-cuts/none/report?kind=final')).statusCode).toBe(404);
    const auditor = await t.user('aud', [{ role: 'auditor', site: null }]);
    expect((await auditor.get(`${base}?kind=final`)).statusCode).toBe(403);
  });
});
