/**
 * Queries, signatures and the live dashboard in Chromium against the real server and database:
 * a data manager raises a query from the subject's casebook, the site coordinator answers it
 * from the queries list, the investigator signs the casebook with the password re-entered (a
 * wrong password refused), the auditor reads the audit trail, and the dashboard draws the live
 * overview. Every screen passes axe-core (WCAG 2.1 AA); screenshots in test-results/screenshots.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { createSubject } from '../store/subjects/subject-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('casebook, queries and live dashboard (browser)', () => {
  const h = useBrowserHarness();
  let subjectId = '';

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  it('a data manager raises a query from the subject casebook', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'BJ',
      name: 'Beijing site',
      nameZh: '北京中心',
      timezone: 'Asia/Shanghai',
    });
    subjectId = (
      await createSubject(h.store, SYSTEM_ACTOR, { siteId: site.id, screeningNumber: 'BJ-001' })
    ).id;
    await createSubject(h.store, SYSTEM_ACTOR, { siteId: site.id, screeningNumber: 'BJ-002' });
    const users = [
      ['wang.dm', 'Wang Fang', 'data-manager', null],
      ['chen.crc', 'Chen Jing', 'coordinator', site.id],
      ['liu.pi', 'Liu Yang', 'investigator', site.id],
      ['zhao.audit', 'Zhao Lei', 'auditor', null],
      ['sun.stat', 'Sun Li', 'statistician', null],
    ] as const;
    for (const [username, displayName, role, siteId] of users)
      await h.createUser({ username, displayName, password: PASSWORD, grants: [{ role, siteId }] });

    const page = await h.newPage();
    await h.signIn(page, 'wang.dm', PASSWORD);
    await nav(page, 'Subjects');
    await page.getByRole('heading', { level: 1, name: 'Subjects' }).waitFor();
    await page.getByRole('table').getByRole('link', { name: 'BJ-001' }).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(2);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'subjects-list');

    await page.getByRole('link', { name: 'BJ-001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casebook BJ-001' }).waitFor();
    const queries = page.getByRole('region', { name: 'Data queries' });
    await queries.getByText('No query on this subject.').waitFor();
    await queries.getByLabel('Field concerned (optional)').fill('birthDate');
    await queries
      .getByLabel('Question to the site')
      .fill('Please confirm the birth date against the ID card.');
    await queries.getByRole('button', { name: 'Raise query' }).click();
    const card = queries.getByRole('article', {
      name: 'Please confirm the birth date against the ID card.',
    });
    await card.waitFor();
    expect(await card.getByText('Open', { exact: true }).count()).toBe(1);

    // the list filter "only with open queries" now keeps this subject alone
    await nav(page, 'Subjects');
    await page.getByLabel('Only with open queries').check();
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(1);
  });

  it('the site coordinator answers it from the queries list', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'chen.crc', PASSWORD);
    await nav(page, 'Queries');
    await page.getByRole('heading', { level: 1, name: 'Data queries' }).waitFor();
    const card = page.getByRole('article', {
      name: 'Please confirm the birth date against the ID card.',
    });
    await card.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await card
      .getByLabel('Your answer or comment')
      .fill('Checked against the ID card: 1968-04-12 is correct.');
    await card.getByRole('button', { name: 'Answer' }).click();
    // answered: it leaves the "open" list and appears under "answered" with the thread
    await expect.poll(() => card.count()).toBe(0);
    await page.getByLabel('Status').selectOption('answered');
    await card.getByText('Checked against the ID card: 1968-04-12 is correct.').waitFor();
    expect(await card.getByText('Answered', { exact: true }).count()).toBe(1);
    await h.screenshot(page, 'queries-answered');
  });

  it('the investigator signs the casebook with the password re-entered', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'liu.pi', PASSWORD);
    await page.goto(`${h.url}/subjects/${subjectId}`);
    const region = page.getByRole('region', { name: 'Signatures' });
    await region.getByText('Not signed yet.').waitFor();
    await region.getByLabel('Meaning').selectOption('I have reviewed');
    await region.getByLabel('Your password').fill('not my password');
    await region.getByRole('button', { name: 'Sign' }).click();
    await region.getByRole('alert').waitFor();
    expect(await region.getByRole('alert').textContent()).toContain('The casebook was not signed');

    await region.getByLabel('Your password').fill(PASSWORD);
    await region.getByRole('button', { name: 'Sign' }).click();
    await region.getByRole('status').filter({ hasText: 'Casebook signed.' }).waitFor();
    const row = region.getByRole('row', { name: /Liu Yang/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Valid');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'casebook-signed');
  });

  it('the auditor reads the audit trail with its CSV export', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'zhao.audit', PASSWORD);
    await page.goto(`${h.url}/subjects/${subjectId}`);
    const audit = page.getByRole('region', { name: 'Audit trail' });
    await audit.getByRole('table').waitFor();
    const text = (await audit.textContent()) ?? '';
    expect(text).toContain('Wang Fang');
    expect(text).toContain('Liu Yang');
    // what was done to which record, in words, not the store's codes
    expect(text).toContain('Created · Subject');
    expect(text).not.toMatch(/\bcreate · subject\b/);
    const href = await audit
      .getByRole('link', { name: /Download the audit trail/ })
      .getAttribute('href');
    expect(href).toBe(`/api/audit/export?subjectId=${subjectId}`);
    const csv = await page.evaluate(async (u) => (await fetch(u)).text(), href as string);
    expect(csv.split('\n')[0]).toMatch(/^# audit chain: VERIFIED/);
    // the auditor reads everything and writes nothing: no action forms
    expect(await page.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Raise query' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'casebook-audit');
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    const zh = page.getByRole('region', { name: '稽查轨迹' });
    await expect.poll(async () => (await zh.textContent()) ?? '').toContain('创建 · 受试者');
  });

  it('the dashboard draws the live overview from the API', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'sun.stat', PASSWORD);
    await nav(page, 'Dashboard');
    await page.getByRole('heading', { level: 1, name: 'Study dashboard' }).waitFor();
    await page.locator('[data-chart="consort"] svg').waitFor();
    await page.locator('[data-chart="enrolment"] svg').waitFor();
    const flow = (await page.locator('[data-chart="consort"] svg').textContent()) ?? '';
    expect(flow).toContain('Screened');
    expect(flow).toContain('n = 2');
    expect(
      await page.getByText('No subject is enrolled yet: nothing to analyse.').count(),
    ).toBeGreaterThan(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'dashboard-live');
  });
});
