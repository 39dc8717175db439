/**
 * The RECIST 1.1 engine's live reasons on the tumour assessment are said in the reader's
 * language (issue 9: every string translated). A subject is enrolled through the API with one
 * 33 mm liver target; the coordinator switches to 中文, opens a follow-up scan and types
 * 23.1 mm (exactly −30 %, PR by RECIST 1.1 §4.3.1), then adds a new lesion (PD, §4.3.5).
 * Each reason is shown in Chinese with its code on the list item, and no English sentence; before
 * a diameter is typed, why it cannot score is said by the input check's rule in Chinese too.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

/** The live reasons as [code, shown text]. */
const reasons = (page: Page) =>
  page
    .locator('.recist-reasons li')
    .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-code'), li.textContent]));

describeBrowser('RECIST reasons in the reader’s language (browser)', () => {
  const h = useBrowserHarness();

  it('typing a follow-up scan in 中文 shows the engine’s reasons in Chinese', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'CD',
      name: 'Chengdu site',
      nameZh: '成都中心',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'luo.crc',
      displayName: 'Luo Min',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'luo.crc', PASSWORD);
    const s = await enrolledSubject(page, site.id, 'CD-001');
    const v = await apiFromPage(page, 'POST', `/api/subjects/${s.id}/visits`, {
      kind: 'tumour-evaluation',
      date: '2025-10-27',
    });
    await page.goto(`${h.url}/subjects/${s.id}/visits/${String(v.id)}/tumour-assessment`);
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '中文' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^肿瘤评估/ }).waitFor();

    // nothing typed yet: why it cannot score, by the input check's rule, in Chinese
    await page.getByLabel('直径（mm） T1').fill('');
    await expect
      .poll(() =>
        page
          .locator('.recist-problems li')
          .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-rule'), li.textContent])),
      )
      .toEqual([
        ['recist-target-one-measurement', '靶病灶只能填写直径、碎片、融合目标或状态中的一项'],
      ]);

    await page.getByLabel('直径（mm） T1').pressSequentially('23.1');
    await expect
      .poll(() => reasons(page))
      .toEqual([
        ['recist.target-pr', '直径总和 23.1 mm ≤ 基线 33.0 mm 的 70 % → PR（RECIST 1.1 §4.3.1）'],
        ['recist.overall-t-none', '靶病灶 PR + 无非靶病灶 + 无新病灶 → PR（RECIST 1.1 表 1）'],
      ]);

    await page.getByRole('button', { name: '添加新病灶' }).click();
    await page.getByLabel('器官 N1').fill('肺');
    await expect
      .poll(async () => (await reasons(page)).map(([code]) => code))
      .toEqual(['recist.target-pr', 'recist.new-lesion-pd', 'recist.overall-t-new']);
    const shown = (await reasons(page)).map(([, text]) => text ?? '');
    expect(shown).toContain('出现明确的新病灶 N1 → PD（RECIST 1.1 §4.3.5）');
    expect(shown).toContain('靶病灶 PR + 无非靶病灶 + 有新病灶 → PD（RECIST 1.1 表 1）');
    // no English sentence: no lowercase English word of three letters or more
    expect(shown.filter((t) => /\b[a-z]{3,}\b/.test(t))).toEqual([]);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'tumour-assessment-reasons-zh-CN');

    // and back in English, the engine's own words
    await page
      .getByRole('group', { name: '语言' })
      .getByRole('button', { name: 'English' })
      .click();
    await expect
      .poll(async () => (await reasons(page)).map(([, text]) => text))
      .toContain('new lesion N1 unequivocal → PD (RECIST 1.1 §4.3.5)');
  }, 120_000);
});
