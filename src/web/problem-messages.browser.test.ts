/**
 * The server's validation and refusal messages on zh-CN screens (issue #9): a field's zod issue
 * (too long) and a 409 conflict (box code taken) beside their fields on the Storage screen, and a
 * 423 refusal (the subject's data locked) as a problem alert with its title and detail, all in
 * Chinese from the rule and its params, not the server's English.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { runCommand, SYSTEM_ACTOR, updateAudited } from '../store/audit/audited-write.ts';
import { lockRecord } from '../store/integrity/lock-repository.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { createSubject } from '../store/subjects/subject-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('problem messages in zh-CN (browser)', () => {
  const h = useBrowserHarness();

  /** The text of the elements an input's aria-describedby points at (its hint and errors). */
  const describedBy = (input: Locator) =>
    input.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );

  async function inChinese(username: string, path: string): Promise<Page> {
    const page = await h.newPage();
    page.setDefaultTimeout(10_000);
    await h.signIn(page, username, PASSWORD);
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    await page.goto(`${h.url}${path}`);
    return page;
  }

  it('says a field’s validation and a conflict beside the field in Chinese', async () => {
    const biobank = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'CAMS',
      name: 'Central biobank',
      nameZh: '中心生物样本库',
      timezone: 'Asia/Shanghai',
      isCentralBiobank: true,
    });
    await h.createUser({
      username: 'wang.bio',
      displayName: 'Wang Fang',
      password: PASSWORD,
      grants: [{ role: 'biobank-technician', siteId: biobank.id }],
    });
    const page = await inChinese('wang.bio', '/specimens/storage');
    await page.getByRole('heading', { level: 1, name: '存储' }).waitFor();
    const create = page.getByRole('form', { name: '登记冻存盒' });
    const code = create.getByLabel('冻存盒编号');
    // 61 characters: the server's zod schema allows 60 (too_big, maximum 60)
    await code.fill('B'.repeat(61));
    await create.getByLabel('冰箱').fill('F-80-1');
    await create.getByLabel('冻存架').fill('R1');
    await create.getByRole('button', { name: '登记冻存盒' }).click();
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => describedBy(code)).toContain('最多 60 个字符');
    expect(await describedBy(code)).not.toMatch(/Too big|characters/);

    await code.fill('B-001');
    await create.getByRole('button', { name: '登记冻存盒' }).click();
    await page.locator('table.box-grid').waitFor();
    await code.fill('B-001');
    await create.getByLabel('冰箱').fill('F-80-2');
    await create.getByLabel('冻存架').fill('R2');
    await create.getByRole('button', { name: '登记冻存盒' }).click();
    // the rule's params name the box: the same facts as the English, said in Chinese
    await expect.poll(() => describedBy(code)).toContain('本中心已有编号为 B-001 的冻存盒');
    expect(await describedBy(code)).not.toContain('exists at this site');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'problem-messages-field-zh-CN');
  }, 60_000);

  it('says a refusal of locked data as an alert with a Chinese title and detail', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'SH',
      name: 'Shanghai site',
      nameZh: '上海中心',
      timezone: 'Asia/Shanghai',
    });
    const subject = await createSubject(h.store, SYSTEM_ACTOR, {
      siteId: site.id,
      screeningNumber: 'SH-001',
    });
    await runCommand(h.store, SYSTEM_ACTOR, (ctx) =>
      updateAudited(
        ctx,
        'subjects',
        subject.id,
        {
          subject_code: 'SH-E01',
          enrollment_date: '2026-10-01',
          enrolled_at: '2026-10-01T01:00:00.000Z',
        },
        { entityType: 'subject', siteId: site.id, subjectId: subject.id, reason: 'test set-up' },
      ),
    );
    await lockRecord(
      h.store,
      SYSTEM_ACTOR,
      { scope: 'subject', subjectId: subject.id, siteId: site.id },
      'database lock',
    );
    await h.createUser({
      username: 'chen.crc',
      displayName: 'Chen Jing',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await inChinese('chen.crc', `/safety/subjects/${subject.id}`);
    const cm = page.getByRole('region', { name: '合并用药' });
    await cm.getByLabel('药物名称').fill('Omeprazole 20 mg');
    await cm.getByLabel('适应症').fill('反流');
    await cm.getByLabel('开始日期').fill('2026-11-02');
    await cm.getByRole('button', { name: '记录合并用药' }).click();
    const alert = cm.getByRole('alert');
    await expect.poll(async () => (await alert.textContent()) ?? '').toContain('数据已锁定');
    const said = (await alert.textContent()) ?? '';
    expect(said).toContain('该受试者的数据已锁定；请先填写原因解锁后再修改');
    expect(said).not.toContain('locked');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'problem-messages-locked-zh-CN');
  }, 60_000);
});
