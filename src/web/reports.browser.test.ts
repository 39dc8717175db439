/**
 * The Reports screens in Chromium against the real server and database: a simulated study is
 * loaded through the API (`oncotrial demo`, 6 patients); the statistician freezes a data cut
 * (a repeated name and a cut-off after today are refused beside their fields), opens it,
 * generates the interim report in Chinese and in English and sees its sections inline, opens the
 * HTML in a new tab and downloads the CSV index and the ORR table; a coordinator has no Reports
 * entry and is refused the screen and the API. Every screen passes axe-core (WCAG 2.1 AA);
 * screenshots in test-results/screenshots.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../cli/demo/demo-accounts.ts';
import { type DemoResult, loadDemo } from '../cli/demo/load-demo.ts';
import { reportCatalogues } from '../core/reports/i18n/report-messages.ts';
import { listDataCuts } from '../store/data-cuts/data-cut-repository.ts';
import { cutReport } from '../store/reports/cut-report.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const CUT = 'interim-1';

describeBrowser('reports screens (browser)', () => {
  const h = useBrowserHarness();
  let demo: DemoResult;

  beforeAll(async () => {
    demo = await loadDemo(h.store, { subjects: 6, seed: 1 });
  }, 300_000);

  const nav = (page: Page) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const navLinks = (page: Page) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
  const text = async (d: Download) => readFileSync((await d.path()) as string, 'utf8');

  async function signedIn(username: string): Promise<Page> {
    const page = await h.newPage();
    page.setDefaultTimeout(20_000);
    await h.signIn(page, username, DEMO_PASSWORD);
    return page;
  }

  it('the statistician freezes a data cut; a repeated name and a future cut-off are refused', async () => {
    const page = await signedIn('statistician');
    expect(await navLinks(page)).toContain('Reports');
    await nav(page);
    await page.getByRole('heading', { level: 1, name: 'Data cuts and reports' }).waitFor();
    const freeze = page.getByRole('region', { name: 'Freeze a data cut' });
    const list = page.getByRole('region', { name: 'Data cuts' });
    await list.getByText('No data cut yet.').waitFor();
    await freeze.getByLabel('Cut name').fill(CUT);
    expect(await freeze.getByLabel('Cut-off date').inputValue()).toBe(demo.asOf);
    await freeze.getByRole('button', { name: 'Freeze the cut' }).click();
    await expect
      .poll(async () => (await freeze.getByRole('status').textContent()) ?? '')
      .toMatch(/^Data cut interim-1 frozen \(content hash [0-9a-f]{12}\)\.$/);
    const link = list.getByRole('link', { name: `Open ${CUT}` });
    await link.waitFor();
    // the row shows what was frozen: author, content hash and the audit-chain head
    const [cut] = await listDataCuts(h.store);
    const row = (await list.locator('tbody tr').first().textContent()) ?? '';
    expect(row).toContain(cut?.createdByName);
    expect(row).toContain(cut?.contentHash);
    expect(row).toContain(`event ${cut?.auditSeq} · ${cut?.auditHash}`);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'reports-data-cuts');

    // the same name again: refused beside the name field, nothing added
    await freeze.getByLabel('Cut name').fill(CUT);
    await freeze.getByRole('button', { name: 'Freeze the cut' }).click();
    await freeze
      .getByText('A data cut named interim-1 exists already: choose another name.')
      .waitFor();
    expect(await freeze.getByLabel('Cut name').getAttribute('aria-invalid')).toBe('true');
    // a cut-off after today: refused beside the date field
    await freeze.getByLabel('Cut name').fill('later');
    await freeze.getByLabel('Cut-off date').fill('2099-01-01');
    await freeze.getByRole('button', { name: 'Freeze the cut' }).click();
    await freeze.getByText(/^The cut-off date may not lie after today/).waitFor();
    expect(await list.getByRole('link').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'reports-freeze-errors');
  }, 120_000);

  it('the statistician generates the interim report in Chinese and English and downloads its CSV', async () => {
    const page = await signedIn('statistician');
    await nav(page);
    // keyboard: the cut's link is reachable and opens with Enter
    const link = page.getByRole('link', { name: `Open ${CUT}` });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Data cut ${CUT}` }).waitFor();
    const report = page.getByRole('region', { name: 'Analysis report' });
    await report.getByLabel('Report', { exact: true }).selectOption('interim');
    const frame = page.frameLocator(`iframe[title="Report of data cut ${CUT}"]`);

    for (const lang of ['zh-CN', 'en'] as const) {
      await report.getByLabel('Report language').selectOption(lang);
      const show = report.getByRole('button', { name: 'Show the report here' });
      if (await show.isVisible()) await show.click();
      const expected = await cutReport(h.store, {
        cut: CUT,
        kind: 'interim',
        blinding: 'closed',
        lang,
      });
      const m = reportCatalogues[lang];
      await frame.getByRole('heading', { level: 1, name: m['report.title.interim'] }).waitFor();
      for (const s of expected.report.sections)
        await frame.getByRole('heading', { name: s.title, exact: true }).first().waitFor();
      expect(expected.report.sections.length).toBeGreaterThan(6);
      await h.screenshot(page, `reports-interim-${lang}`);
    }
    expect(await wcagViolations(page)).toEqual([]);

    // the HTML in a new tab
    const [tab] = await Promise.all([
      page.waitForEvent('popup'),
      report.getByRole('link', { name: 'Open HTML in a new tab' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toContain(`/api/data-cuts/${CUT}/report?kind=interim&lang=en`);
    expect(await tab.content()).toContain(reportCatalogues.en['report.title.interim']);
    await tab.close();

    // the CSV index, then one table
    const [index] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('link', { name: 'Download CSV index' }).click(),
    ]);
    expect(index.suggestedFilename()).toBe(`${CUT}-interim-closed-en.csv`);
    expect((await text(index)).split('\r\n')[0]).toBe('table,section,title');
    await report.getByRole('button', { name: 'List the tables' }).click();
    const [rates] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('link', { name: 'Download efficacy-rates.csv' }).click(),
    ]);
    expect(rates.suggestedFilename()).toBe(`${CUT}-interim-closed-en-efficacy-rates.csv`);
    const csv = await text(rates);
    const expected = await cutReport(h.store, {
      cut: CUT,
      kind: 'interim',
      blinding: 'closed',
      lang: 'en',
    });
    expect(csv).toBe(expected.csv.find(([n]) => n === 'efficacy-rates.csv')?.[1]);
    expect(csv).toContain(reportCatalogues.en['row.orr']);

    // an ADaM dataset of the cut-off date from the same screen
    const exportsPanel = page.getByRole('region', { name: 'CDISC exports at the cut-off date' });
    await exportsPanel.getByLabel('Format').selectOption('csv');
    await exportsPanel.getByLabel('Dataset').selectOption('ADSL');
    const [adsl] = await Promise.all([
      page.waitForEvent('download'),
      exportsPanel.getByRole('link', { name: 'Download adsl.csv' }).click(),
    ]);
    expect((await text(adsl)).split('\r\n')[0]).toMatch(/^STUDYID,USUBJID,SUBJID,/);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'reports-cut');
  }, 180_000);

  it('a coordinator has no Reports entry and is refused the screen and the API', async () => {
    const page = await signedIn('coordinator');
    expect(await navLinks(page)).not.toContain('Reports');
    await page.goto(`${h.url}/reports`);
    await page.getByRole('heading', { level: 1, name: 'Not available' }).waitFor();
    await page.goto(`${h.url}/reports/${CUT}`);
    await page.getByRole('heading', { level: 1, name: 'Not available' }).waitFor();
    const status = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
      `/api/data-cuts/${CUT}/report?kind=interim`,
    );
    expect(status).toBe(403);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'reports-forbidden-coordinator');
  }, 60_000);
});
