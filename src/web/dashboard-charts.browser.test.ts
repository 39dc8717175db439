/**
 * The dashboard's figures in Chromium, drawn from a simulated cohort: the page is the real
 * built app on the real server, with GET /api/analysis/overview answered by the seeded
 * simulator scored through the core engines (`simulatedOverview`), so the figures can be seen,
 * checked (axe-core, WCAG 2.1 AA) and downloaded before the analysis route serves live data.
 * The live-data dashboard test is dashboard-page.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { simulatedOverview } from './testing/simulated-overview.ts';

const FIGURES = [
  'enrolment',
  'consort',
  'km-pfs',
  'km-os',
  'waterfall',
  'spider',
  'swimmer',
  'edish',
];

async function serveOverview(page: Page, body: unknown): Promise<void> {
  await page.route('**/api/analysis/overview', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

describeBrowser('dashboard figures from a simulated cohort (browser)', () => {
  const h = useBrowserHarness();
  const overview = simulatedOverview();

  it('draws every figure, passes axe-core WCAG 2.1 AA, and downloads SVG, PNG and CSV', async () => {
    await h.createUser({
      username: 'li.stat',
      displayName: 'Li Na',
      password: 'statistician passphrase',
      grants: [{ role: 'statistician', siteId: null }],
    });
    const page = await h.newPage();
    await serveOverview(page, overview);
    await h.signIn(page, 'li.stat', 'statistician passphrase');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Study dashboard' }).waitFor();
    for (const id of FIGURES) await page.locator(`[data-chart="${id}"] svg`).first().waitFor();

    // overdue visits named by the protocol's visit, its number and cycle — not schedule keys
    const overdue = page.getByRole('region', { name: 'Overdue visits' });
    await overdue.getByText('Cycle day 1 #3 (cycle 3)').waitFor();
    expect(await overdue.textContent()).not.toContain('cycle-day-1/3');

    // what the figures show is stated in words (the SVG's accessible name)
    const waterfall = page.getByRole('img', { name: /subjects with a measured best change/ });
    expect(await waterfall.count()).toBe(1);
    const bars = await page.locator('[data-chart="waterfall"] svg rect').count();
    expect(bars).toBeGreaterThanOrEqual(
      overview.tumour.filter((t) => t.bestPctChange !== null).length,
    );
    const risk = await page.locator('[data-chart="km-pfs"] svg').textContent();
    expect(risk).toContain('Number at risk');
    expect(
      await page
        .getByText(
          overview.endpoints.design.decision.kind === 'stage-2-enrolling'
            ? /continue to stage 2/
            : /Stage|H0|enrolled/,
        )
        .count(),
    ).toBeGreaterThan(0);

    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'dashboard-simulated');

    const download = async (name: RegExp) => {
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return readFileSync((await d.path()) as string);
    };
    const svg = (await download(/^Download Progression-free survival as SVG$/)).toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const png = await download(/^Download Progression-free survival as PNG$/);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const csv = (
      await download(/^Download the data of Best change in target lesions \(waterfall\) as CSV$/)
    )
      .toString('utf8')
      .replace(/^\ufeff/, '');
    expect(csv.split('\r\n')[0]).toBe('rank,subject,best_pct_change,confirmed_bor');
    expect(csv.trim().split('\r\n')).toHaveLength(
      1 + overview.tumour.filter((t) => t.bestPctChange !== null).length,
    );
  });

  it('reads in Chinese, and passes axe-core there too', async () => {
    const page = await h.newPage();
    await serveOverview(page, overview);
    await h.signIn(page, 'li.stat', 'statistician passphrase');
    await page.goto(`${h.url}/dashboard`);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '研究仪表板' }).waitFor();
    for (const id of FIGURES) await page.locator(`[data-chart="${id}"] svg`).first().waitFor();
    expect(await page.locator('[data-chart="km-os"] svg').textContent()).toContain('风险人数');
    await page.getByText('每周期第1天 第3次（第3周期）').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'dashboard-simulated-zh-CN');
  });
});
