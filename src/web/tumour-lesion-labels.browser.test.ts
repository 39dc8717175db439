/**
 * The tumour assessment shows lesion statuses and the engine's category findings in words in
 * both languages, never the stored codes (issue 9: every string translated). A subject is
 * enrolled through the API with one 33 mm liver target; a follow-up scan is opened in Chinese.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

const optionTexts = (page: Page, label: string) =>
  page.getByLabel(label).locator('option').allTextContents();

describeBrowser('tumour assessment lesion labels (browser)', () => {
  const h = useBrowserHarness();

  it('lesion statuses and new-lesion findings are translated (English and 中文)', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'WH',
      name: 'Wuhan site',
      nameZh: '武汉中心',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'he.crc',
      displayName: 'He Li',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'he.crc', PASSWORD);
    const s = await enrolledSubject(page, site.id, 'WH-001');
    const v = await apiFromPage(page, 'POST', `/api/subjects/${s.id}/visits`, {
      kind: 'tumour-evaluation',
      date: '2025-10-27',
    });
    await page.goto(`${h.url}/subjects/${s.id}/visits/${String(v.id)}/tumour-assessment`);
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    expect(await optionTexts(page, 'Status T1')).toEqual([
      'measured',
      'Too small to measure',
      'Disappeared',
      'Not assessed',
    ]);
    await page.getByRole('button', { name: 'Add new lesion' }).click();
    expect(await optionTexts(page, 'Status N1')).toEqual(['Unequivocal', 'Equivocal']);
    await page.getByLabel('Organ N1').fill('lung');
    await page.getByLabel('Diameter (mm) T1').fill('23.1');
    await expect.poll(() => page.getByTestId('recist-overall').textContent()).toContain('(PD)');
    const facts = (await page.locator('.recist-facts').textContent()) ?? '';
    expect(facts).toContain('Partial response (PR)'); // target lesions
    expect(facts).toContain('New lesionsYes');

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '中文' })
      .click();
    await expect
      .poll(() => optionTexts(page, '状态 T1'))
      .toEqual(['已测量', '太小无法测量', '消失', '未评估']);
    expect(await optionTexts(page, '状态 N1')).toEqual(['明确', '不确定']);
    const zh = (await page.locator('.recist-facts').textContent()) ?? '';
    expect(zh).toContain('部分缓解（PR）');
    expect(zh).toContain('新病灶有');
    expect(zh).not.toMatch(/unequivocal|too-small|YES/);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'tumour-assessment-zh-CN');
  }, 120_000);
});
