/**
 * Partial use of a specimen in Chromium against the real server (POST /api/specimens/:id/uses):
 * on the specimen's page (below its custody) the coordinator sees the quantity in its unit with what
 * remains; too much, a time in the future and a purpose the consent refuses (genetic testing
 * without that consent) are each said beside their field; 1.5 of 4 mL for a protocol test is
 * recorded, listed in the history of uses and the remaining 2.5 mL shown in the section and the
 * list; a use that came first elsewhere makes the next one too much, said on the quantity. A monitor reads the history but gets no form. The section in Chinese too. axe-core
 * clean; screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, screenedSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

/** The text of the elements an input's aria-describedby points at (its hint and errors). */
const describedBy = (input: Locator) =>
  input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describeBrowser('specimen partial use (browser)', () => {
  const h = useBrowserHarness();

  async function signedIn(username: string): Promise<Page> {
    const page = await h.newPage();
    page.setDefaultTimeout(10_000);
    await h.signIn(page, username, PASSWORD);
    return page;
  }

  it('the coordinator takes part of a specimen; errors by field; history and remaining kept; a monitor only reads', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'XY',
      name: 'Xiangya site',
      nameZh: '湘雅中心',
      timezone: 'Asia/Shanghai',
    });
    for (const [username, displayName, role] of [
      ['crc', 'He Min', 'coordinator'],
      ['cra', 'Qian Lu', 'monitor'],
    ] as const)
      await h.createUser({
        username,
        displayName,
        password: PASSWORD,
        grants: [{ role, siteId: site.id }],
      });
    const page = await signedIn('crc');
    const subjectId = await screenedSubject(page, site.id, 'XY-001');
    // main and biobank consents, no genetic-testing consent
    for (const kind of ['main', 'biobank-storage'])
      await apiFromPage(page, 'POST', `/api/subjects/${subjectId}/consents`, {
        kind,
        version: '1.0',
        signedDate: '2026-02-20',
      });
    const specimen = await apiFromPage(page, 'POST', '/api/specimens', {
      subjectId,
      type: 'plasma',
      quantity: '4',
      collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const label = String(specimen.label);

    await page.goto(`${h.url}/specimens`);
    const list = page.getByRole('region', { name: 'Specimens at my sites' });
    await list.getByRole('button', { name: `Custody of ${label}` }).click();
    const custody = page.getByRole('region', { name: `Custody of ${label}` });
    const section = page.getByRole('region', { name: `Partial use of ${label}` });
    const form = section.getByRole('form', { name: `Record a partial use of ${label}` });
    const quantity = form.getByLabel('Quantity used (mL)');
    expect(await describedBy(quantity)).toBe('4 mL of 4 mL remain.');
    await section.getByText(`No quantity has been taken from ${label} yet.`).waitFor();

    // more than remains, and a time in the future: said beside each field, nothing sent
    await quantity.fill('5');
    await form.getByLabel('Date and time of use').fill('2099-01-01T10:00');
    await form.getByRole('button', { name: 'Record use' }).click();
    await expect.poll(() => quantity.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(quantity)).toContain('More than the 4 mL left.');
    expect(await describedBy(form.getByLabel('Date and time of use'))).toContain('In the future.');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'specimen-use-errors');

    // genetic testing without that consent: the server's refusal sits on the purpose
    const now = new Date(Date.now() - 60_000);
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    await form.getByLabel('Date and time of use').fill(local(now));
    await quantity.fill('0.5');
    const purpose = form.getByLabel('Purpose of the use');
    await purpose.selectOption('genetic-testing');
    await form.getByRole('button', { name: 'Record use' }).click();
    await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(purpose)).toContain(
      'The subject’s consent does not allow genetic testing.',
    );

    // 1.5 mL for a protocol test: recorded, listed, the remaining quantity updated everywhere
    await purpose.selectOption('protocol-test');
    await quantity.fill('1.5');
    await form.getByRole('button', { name: 'Record use' }).click();
    await expect
      .poll(async () => (await form.getByRole('status').textContent()) ?? '')
      .toBe('1.5 mL used; 2.5 mL left.');
    const history = section.getByRole('table', { name: `Uses of ${label}` });
    await history.getByRole('row', { name: /1\.5 mL.*Protocol test.*2\.5 mL.*He Min/ }).waitFor();
    await custody.getByText(/2\.5 \/ 4 mL left/).waitFor();
    expect(await describedBy(quantity)).toBe('2.5 mL of 4 mL remain.');
    await list.getByRole('row', { name: new RegExp(`${label}.*2\\.5 / 4 mL`) }).waitFor();
    expect(await purpose.getAttribute('aria-invalid')).toBeNull();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'specimen-use-recorded');

    // another use came first (2 of the 2.5 mL, through the API): the server's conflict is said
    // on the quantity with what is left now
    await apiFromPage(page, 'POST', `/api/specimens/${String(specimen.id)}/uses`, {
      quantity: '2',
      purpose: 'quality-control',
    });
    await quantity.fill('1');
    // the page still believes 2.5 mL remain (no refetch on focus): the server refuses
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/uses') && r.request().method() === 'POST'),
      form.getByRole('button', { name: 'Record use' }).click(),
    ]);
    expect(refused.status()).toBe(409);
    await expect.poll(() => describedBy(quantity)).toContain('More than the 0.5 mL left.');
    await history.getByRole('row', { name: /2 mL.*Quality control.*0\.5 mL/ }).waitFor();

    // the same section in Chinese
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    await page.getByRole('region', { name: `${label} 的部分使用` }).waitFor();
    await page
      .getByRole('table', { name: `${label} 的使用记录` })
      .getByText('方案规定检测')
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // the monitor reads the history of uses, with no form
    const cra = await signedIn('cra');
    await cra.goto(`${h.url}/specimens`);
    await cra
      .getByRole('region', { name: 'Specimens at my sites' })
      .getByRole('button', { name: `Custody of ${label}` })
      .click();
    const craSection = cra.getByRole('region', { name: `Partial use of ${label}` });
    await craSection
      .getByRole('table', { name: `Uses of ${label}` })
      .getByRole('row', { name: /1\.5 mL.*Protocol test/ })
      .waitFor();
    expect(await craSection.getByRole('form').count()).toBe(0);
    expect(await wcagViolations(cra)).toEqual([]);
    await h.screenshot(cra, 'specimen-use-monitor');
  }, 180_000);
});
