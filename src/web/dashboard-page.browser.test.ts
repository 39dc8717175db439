/**
 * The dashboard's figures follow data entry, in Chromium against the real server and database
 * (issue 9: "see the dashboard plots update"). One subject is enrolled through the API (no
 * enrolment screen yet) with a 33 mm liver target at baseline. The coordinator opens the
 * dashboard and reads what the figures say (their accessible names, the key figures), then —
 * without reloading the page, so the app's query cache is in play — enters two tumour
 * assessments through the screens (23.1 mm on day 57 and 20 mm on day 113: PR at −30 %,
 * confirmed ≥ 28 days later, CLINICAL-RULES §RECIST), while a second subject is enrolled
 * through the API, and goes back to the dashboard: a waterfall bar at the best change (−39.4 %,
 * 20/33), ORR from 0 responders to 1, two swimmer lanes, two subjects enrolled.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** What the dashboard's figures say, read from the page (accessible names and key figures). */
async function figures(page: Page) {
  const label = (chart: string) =>
    page.locator(`[data-chart="${chart}"] svg[role="img"]`).first().getAttribute('aria-label');
  const orr = page.locator('.key-figure').filter({ hasText: 'Objective response rate' });
  return {
    waterfall: await label('waterfall'),
    waterfallBars: await page.locator('[data-chart="waterfall"] svg title').allTextContents(),
    swimmer: await label('swimmer'),
    enrolment: await label('enrolment'),
    orr: await orr.locator('.key-figure-detail').textContent(),
  };
}

async function openDashboard(page: Page) {
  await nav(page, 'Dashboard');
  await page.getByRole('heading', { level: 1, name: 'Study dashboard' }).waitFor();
  for (const id of ['waterfall', 'swimmer', 'enrolment'])
    await page.locator(`[data-chart="${id}"] svg`).first().waitFor();
}

/** Through the screens: a tumour-evaluation visit on `date` and the target T1 at `mm`. */
async function enterTumourAssessment(page: Page, code: string, date: string, mm: string) {
  await nav(page, 'Subjects');
  await page.getByRole('table').getByRole('link', { name: code }).click();
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: 'Visits and data entry' })
    .click();
  await page.getByRole('heading', { level: 1, name: /^Visits · / }).waitFor();
  await page.getByLabel('Visit', { exact: true }).selectOption('tumour-evaluation');
  await page.getByLabel('Date').fill(date);
  await page.getByRole('button', { name: 'Create visit' }).click();
  await page.getByRole('heading', { level: 1, name: /Tumour evaluation/ }).waitFor();
  await page.getByRole('link', { name: 'Open the tumour assessment' }).first().click();
  await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
  await page.getByLabel('Diameter (mm) T1').fill(mm);
  await expect.poll(() => page.getByTestId('recist-overall').textContent()).toContain('(PR)');
  await page.getByLabel('Investigator’s overall response').selectOption('PR');
  await page.getByRole('button', { name: 'Save tumour assessment' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

describeBrowser('dashboard plots follow data entry (browser, live API)', () => {
  const h = useBrowserHarness();

  it('after tumour assessments are entered, the waterfall, ORR, swimmer and enrolment change', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'SH',
      name: 'Shanghai site',
      nameZh: '上海中心',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'zhou.crc',
      displayName: 'Zhou Min',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'zhou.crc', PASSWORD);
    const first = await enrolledSubject(page, site.id, 'SH-001');

    await openDashboard(page);
    const before = await figures(page);
    expect(before.waterfall).toMatch(/^0 subjects with a measured best change; 0 shrank/);
    expect(before.waterfallBars).toEqual([]);
    expect(before.orr).toMatch(/^0\/1;/);
    expect(before.swimmer).toMatch(/^1 subject;/);
    expect(before.enrolment).toBe('1 subject enrolled at 1 site.');

    // data entry through the screens (same page: the app's query cache is kept)
    await enterTumourAssessment(page, first.code, '2025-10-27', '23.1');
    const second = await enrolledSubject(page, site.id, 'SH-002', '2025-10-01');
    await enterTumourAssessment(page, first.code, '2025-12-22', '20');

    await openDashboard(page);
    // the refetched overview: one bar at the best change 20/33 − 1 = −39.4 %, a confirmed PR
    await expect
      .poll(async () => (await figures(page)).waterfall)
      .toMatch(/^1 subject with a measured best change; 1 shrank by 30 % or more/);
    const after = await figures(page);
    expect(after.waterfallBars).toEqual([`${first.code}: -39.4 % (Partial response (PR))`]);
    expect(after.orr).toMatch(/^1\/2;/);
    expect(after.swimmer).toMatch(/^2 subjects; 2 still on treatment/);
    expect(after.enrolment).toBe('2 subjects enrolled at 1 site.');
    expect(await page.locator('[data-chart="swimmer"] svg title').allTextContents()).toEqual(
      expect.arrayContaining([
        `${first.code}: Partial response (PR)`,
        expect.stringContaining(`${second.code}: `),
      ]),
    );
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'dashboard-after-entry');

    // the phase II design's reasons (Simon two-stage, coded design.*) in the reader's language
    await page.getByRole('button', { name: '中文' }).click();
    const why = page.locator('.design-status details');
    await why.getByText('依据（规则与计数）').click();
    const rules = await why.getByRole('listitem').allTextContents();
    expect(rules[0]).toMatch(
      /^Simon 两阶段设计 \d+\/\d+，\d+\/\d+：若第一阶段 \d+ 例中缓解例数 ≤ \d+/,
    );
    expect(rules.join('\n')).not.toMatch(/stop after stage 1|still to enrol/);
    expect(await wcagViolations(page)).toEqual([]);
  }, 180_000);
});
