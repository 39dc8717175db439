/**
 * The blinded radiology reviewer and the data queries on their own reads, in Chromium against
 * the real server (issue 9). The site's read disagrees with the engine (investigator SD at
 * −30 %, engine PR: a query on the site's read). The reviewer opens the follow-up scan: before
 * saving, no query and nothing of the site's read; after saving PR against the engine's SD, the
 * query raised on this read shows (Open, with its text), never the site's. The reviewer
 * answers it (Answered, the answer in the thread, kept after a reload); the Chinese screen
 * names the section and statuses in Chinese. axe-core clean; screenshots.
 */
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('radiology reviewer: queries on their reads (browser)', () => {
  const h = useBrowserHarness();

  it("shows the reviewer only their reads' queries, after saving, and takes their answer", async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'HX',
      name: 'Huaxi site',
      nameZh: '华西中心',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'crc',
      displayName: 'Lin Mei',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    await h.createUser({
      username: 'rad',
      displayName: 'Dr Sun Li',
      password: PASSWORD,
      grants: [{ role: 'radiology-reviewer', siteId: site.id }],
    });
    const crc = await h.newPage();
    await h.signIn(crc, 'crc', PASSWORD);
    const { id } = await enrolledSubject(crc, site.id, 'HX-001');
    const base = `/api/subjects/${id}`;
    const fu = await apiFromPage(crc, 'POST', `${base}/visits`, {
      kind: 'tumour-evaluation',
      date: '2025-10-27',
    });
    // 33 → 23.1 mm is −30 % (engine PR); the investigator says SD: a query on the site's read
    await apiFromPage(crc, 'PUT', `${base}/visits/${String(fu.id)}/tumour-assessment`, {
      lesions: [{ id: 'T1', diameterMm: 23.1 }],
      investigatorResponse: 'SD',
    });
    const imaging = await apiFromPage(crc, 'GET', `${base}/imaging`);
    const [baseline] = imaging.visits as Array<{ id: string }>;

    const page = await h.newPage();
    page.setDefaultTimeout(10_000);
    await h.signIn(page, 'rad', PASSWORD);
    // the reviewer's own baseline (35 mm), then the follow-up through the screen
    await apiFromPage(page, 'PUT', `${base}/visits/${baseline!.id}/tumour-assessment`, {
      reader: 'independent',
      lesions: [{ id: 'R1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 35 }],
    });
    await page.goto(`${h.url}/subjects/${id}/visits/${String(fu.id)}/tumour-assessment`);
    const own = page.getByRole('region', { name: 'Queries on your reads' });
    await own.getByText('No data query has been raised on your reads.').waitFor();
    await page.getByLabel('Diameter (mm) R1').pressSequentially('28');
    await page.getByLabel('Reviewer’s overall response').selectOption('PR');
    await page.getByRole('button', { name: 'Save independent read' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const query = own.getByRole('article');
    await query.waitFor();
    expect(await query.count()).toBe(1);
    expect(await own.getByRole('heading', { level: 3 }).textContent()).toMatch(/^This read/);
    expect(await query.getByRole('heading', { level: 4 }).textContent()).toMatch(
      /^independent reviewer's response PR on 2025-10-27 differs from the RECIST 1\.1 engine's SD/,
    );
    expect(await query.locator('.tag').textContent()).toBe('Open');
    // blinded: nothing of the site's read or the investigator's response anywhere on the page
    expect(await page.getByText(/investigator's response|23\.1/).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'radiology-own-read-query');

    // the reviewer answers (the one step of the query workflow that is theirs)
    expect(await query.getByRole('button', { name: 'Close query' }).count()).toBe(0);
    await query
      .getByLabel('Your answer or comment')
      .fill('Re-measured on the portal phase: 28 mm; I keep PR for the new lesion doubt');
    await query.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => query.locator('.tag').textContent()).toBe('Answered');
    await query.getByText(/^Re-measured on the portal phase/).waitFor();
    expect(await query.getByRole('button', { name: 'Answer' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'radiology-own-read-query-answered');

    // kept, and in Chinese
    await page.reload();
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    const zh = page.getByRole('region', { name: '您的阅片上的数据质疑' });
    await expect.poll(() => zh.getByRole('article').locator('.tag').textContent()).toBe('已回复');
    await zh.getByText(/^Re-measured on the portal phase/).waitFor();
    // the edit check's query is said from its rule and values; the reviewer's answer as written
    expect(await zh.getByRole('heading', { level: 4 }).textContent()).toBe(
      '2025-10-27 记录的疗效 PR 与 RECIST 1.1 评估引擎计算的 SD 不一致',
    );
    expect(await zh.locator('.query-meta').textContent()).toContain('肿瘤评估');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'radiology-own-read-query-zh');
  }, 180_000);
});
