/**
 * The study page in Debian's Chromium against the real server and a fresh SQLite database:
 * the title, the schedule of assessments, the language switch (remembered across a reload),
 * and keyboard entry points. axe-core is not installed yet, so no automated WCAG scan here.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const EN_TITLE =
  'Phase II Clinical Study of Leflunomide in the Treatment of MEN-1 Neuroendocrine Tumor';
const ZH_TITLE = '来氟米特治疗MEN-1神经内分泌肿瘤的II期临床研究';

/** A locator's text content, trimmed ('' for none). */
async function text(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '').trim();
}

/** The text of the cell of `visitName`'s row under the column headed `panelName`. */
async function soaCell(page: Page, visitName: RegExp, panelName: string): Promise<string> {
  const table = page.locator('table.soa-table');
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const col = headers.indexOf(panelName);
  expect(col, `column "${panelName}" in ${headers.join(' | ')}`).toBeGreaterThan(1);
  const row = table
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: visitName }) });
  await expect.poll(() => row.count()).toBe(1);
  return text(row.locator('th, td').nth(col));
}

describeBrowser('study page (browser)', () => {
  const h = useBrowserHarness();

  it('shows the study title, dosing and protocol version from the API', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await text(heading)).toBe(EN_TITLE);
    expect(await page.title()).toBe('Leflunomide in MEN-1 NET (phase II) · oncotrial');
    const dosing = page.getByRole('region', { name: 'Dosing' });
    const dosingText = await text(dosing);
    expect(dosingText).toContain('Leflunomide tablets');
    expect(dosingText).toContain('20 mg');
    expect(dosingText).toContain('once daily, before bed; 28-day cycles');
    expect(dosingText).toContain('20 mg → 10 mg');
    const api = (await (await page.request.get(`${h.url}/api/study`)).json()) as {
      contentHash: string;
    };
    expect(api.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const overview = page.getByRole('region', { name: 'Overview' });
    expect(await text(overview.locator('code.hash'))).toBe(api.contentHash);
    const design = await text(page.getByRole('region', { name: 'Phase II design' }));
    expect(design).toContain('0/10');
    expect(design).toContain('3/29');
    await h.screenshot(page, 'study-page-en');
  });

  it('marks CT imaging at the tumour evaluation visit and not at cycle day 1', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/`);
    await page.locator('table.soa-table').waitFor();
    expect(await soaCell(page, /^Tumour evaluation/, 'Tumour imaging (CT)')).toContain('✓');
    expect(await soaCell(page, /^Cycle day 1/, 'Tumour imaging (CT)')).toBe('');
    expect(
      await soaCell(page, /^Liver and blood monitoring/, 'Liver and kidney function'),
    ).toContain('✓');
    // one row per visit of the protocol (8), one panel column each (10) plus visit and timing
    expect(await page.locator('table.soa-table tbody tr').count()).toBe(8);
    expect(await page.locator('table.soa-table thead th').count()).toBe(12);
  });

  it('switches to Chinese and remembers the choice after a reload', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => text(heading)).toBe(ZH_TITLE);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await soaCell(page, /^疗效评估/, '肿瘤影像（CT）')).toContain('✓');
    await h.screenshot(page, 'study-page-zh-CN');
    await page.reload();
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe(ZH_TITLE);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe(EN_TITLE);
  });

  it('starts keyboard navigation at a skip link to the main content', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await text(focused)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
  });

  it('serves a client-side route on a deep link and shows not-found for an unknown path', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/no-such-screen`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await text(heading)).toBe('Page not found');
    await page.getByRole('link', { name: 'Go to the study' }).click();
    await expect.poll(() => text(heading)).toBe(EN_TITLE);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
