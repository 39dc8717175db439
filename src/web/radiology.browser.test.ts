/**
 * The independent radiology review in Chromium against the real server and database (issue 9).
 * A coordinator screens and enrols a subject through the API (baseline 33 mm liver target on
 * the screening scan) and records the site's read of a tumour-evaluation scan: 23.1 mm, −30 %,
 * investigator PR. The blinded radiology reviewer signs in, sees only Study, Subjects and
 * Account in the navigation, opens the subject (imaging casebook: no site read, no clinical
 * data, no error), measures their own baseline target (35 mm), then the follow-up (28 mm:
 * −20 %, SD live by RECIST 1.1) and records PR — the disagreement with the engine is shown and
 * the save raises a recist-disagreement query. The investigator then sees both reads side by
 * side (site PR / independent SD by the engine), the readers' disagreement and the query. The
 * reviewer's casebook in Chinese too. No console error or failed request on the way; axe-core
 * clean; screenshots.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

/** Console errors and failed API responses of a page, collected as they happen. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return errors;
}

/** Screens and enrols a subject with the site's baseline and one follow-up read (PR). */
async function subjectWithSiteRead(page: Page, siteId: string) {
  const { id, code } = await enrolledSubject(page, siteId, 'RV-001');
  const base = `/api/subjects/${id}`;
  const fu = await apiFromPage(page, 'POST', `${base}/visits`, {
    kind: 'tumour-evaluation',
    date: '2025-10-27',
  });
  await apiFromPage(page, 'PUT', `${base}/visits/${String(fu.id)}/tumour-assessment`, {
    lesions: [{ id: 'T1', diameterMm: 23.1 }],
    investigatorResponse: 'PR',
  });
  return { id, code, followUp: fu.id as string };
}

describeBrowser('independent radiology review (browser)', () => {
  const h = useBrowserHarness();

  it('a blinded reviewer records an independent read; the investigator sees both reads and the disagreement', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'RJ',
      name: 'Ruijin site',
      nameZh: '瑞金中心',
      timezone: 'Asia/Shanghai',
    });
    const grants = (role: 'coordinator' | 'investigator' | 'radiology-reviewer') => [
      { role, siteId: site.id },
    ];
    await h.createUser({
      username: 'crc',
      displayName: 'Lin Mei',
      password: PASSWORD,
      grants: grants('coordinator'),
    });
    await h.createUser({
      username: 'pi',
      displayName: 'Dr Zhou Wei',
      password: PASSWORD,
      grants: grants('investigator'),
    });
    await h.createUser({
      username: 'rad',
      displayName: 'Dr Sun Li',
      password: PASSWORD,
      grants: grants('radiology-reviewer'),
    });
    const crc = await h.newPage();
    await h.signIn(crc, 'crc', PASSWORD);
    const subject = await subjectWithSiteRead(crc, site.id);

    // --- the reviewer: navigation, subject list, imaging casebook --------------------------
    const page = await h.newPage();
    await h.signIn(page, 'rad', PASSWORD);
    const errors = watchErrors(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Subjects' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Study', 'Subjects', 'Account']);
    await nav.getByRole('link', { name: 'Subjects' }).click();
    await page.getByRole('link', { name: subject.code }).click();
    await page.getByRole('heading', { level: 1, name: `Imaging · ${subject.code}` }).waitFor();
    const imaging = page.getByRole('region', { name: 'Imaging visits' });
    await imaging.getByRole('row').nth(2).waitFor();
    expect(await imaging.getByRole('columnheader').allTextContents()).toEqual([
      'Visit',
      'Scan date',
      'Independent read',
      'Open the tumour assessment',
    ]);
    expect(await imaging.getByTestId('read-independent').allTextContents()).toEqual([
      'not read',
      'not read',
    ]);
    // blinded: nothing of the site's read, the timeline or the integrity views
    expect(await page.getByText('Site read').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Timeline' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'radiology-reviewer-casebook');

    // baseline: the reviewer's own target lesion (keyboard: type and tab through)
    await imaging
      .getByRole('link', { name: /^Open the independent read/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    await page.getByText(/^Independent read \(RECIST 1\.1\)/).waitFor();
    await page.getByLabel('Organ T1').fill('liver');
    await page.getByLabel('Diameter (mm) T1').pressSequentially('35');
    await page.getByText(/35 mm/).first().waitFor();
    await page.getByRole('button', { name: 'Save independent read' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // follow-up: 35 → 28 mm is −20 %: SD by RECIST 1.1 (PR needs ≤ −30 %), live
    await page.getByRole('link', { name: /^← Casebook/ }).click();
    await imaging
      .getByRole('link', { name: /^Open the independent read/ })
      .nth(1)
      .click();
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    const diameter = page.getByLabel('Diameter (mm) T1');
    await diameter.pressSequentially('28');
    const overall = page.getByTestId('recist-overall');
    await expect.poll(() => overall.textContent()).toContain('(SD)');
    expect(await page.getByTestId('recist-change-baseline').textContent()).toBe('-20 %');
    expect(await page.getByTestId('recist-sum').textContent()).toBe('28 mm');
    // the reviewer calls PR: the disagreement with the engine is shown before saving
    const response = page.getByLabel('Reviewer’s overall response');
    await response.focus();
    await response.selectOption('PR');
    await expect
      .poll(() => page.getByTestId('recist-agreement').textContent())
      .toContain('Differs from the engine: reviewer');
    expect(await page.getByRole('region', { name: 'Site and independent reads' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'radiology-independent-read');
    await page.getByRole('button', { name: 'Save independent read' }).press('Enter');
    const saved = page.getByRole('status').filter({ hasText: 'Saved.' });
    await saved.waitFor();
    expect(await saved.textContent()).toMatch(
      /independent reviewer's response PR on 2025-10-27 differs from the RECIST 1\.1 engine's SD/,
    );
    await page.getByRole('link', { name: /^← Casebook/ }).click();
    await expect
      .poll(() => imaging.getByTestId('read-independent').allTextContents())
      .toEqual(['measured, no response given', expect.stringContaining('(PR)')]);
    // the same casebook in Chinese
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    await page.getByRole('heading', { level: 1, name: `影像 · ${subject.code}` }).waitFor();
    const imagingZh = page.getByRole('region', { name: '影像访视' });
    expect(await imagingZh.getByTestId('read-independent').first().textContent()).toBe(
      '已测量，未给出疗效',
    );
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'radiology-reviewer-casebook-zh');
    expect(errors).toEqual([]);

    // --- the investigator: both reads side by side, the readers' disagreement, the query ----
    const pi = await h.newPage();
    await h.signIn(pi, 'pi', PASSWORD);
    const piErrors = watchErrors(pi);
    await pi.goto(`${h.url}/subjects/${subject.id}`);
    await pi.getByRole('heading', { level: 1, name: `Casebook ${subject.code}` }).waitFor();
    const both = pi.getByRole('region', { name: 'Imaging visits' });
    await both.getByTestId('read-site').nth(1).waitFor();
    expect(await both.getByTestId('read-site').nth(1).textContent()).toContain('(PR)');
    expect(await both.getByTestId('read-independent').nth(1).textContent()).toContain('(PR)');
    await both
      .getByRole('link', { name: /^Open the tumour assessment/ })
      .nth(1)
      .click();
    const compared = pi.getByRole('region', { name: 'Site and independent reads' });
    await compared.waitFor();
    const row = async (key: string) =>
      (await compared.getByTestId(`compare-${key}`).getByRole('cell').allTextContents()).map((c) =>
        c.trim(),
      );
    await expect.poll(() => row('sum')).toEqual(['23.1 mm', '28 mm']);
    expect(await row('change')).toEqual(['-30 %', '-20 %']);
    const [siteEngine, independentEngine] = await row('engine');
    expect(siteEngine).toContain('(PR)');
    expect(independentEngine).toContain('(SD)');
    expect(await row('agreement')).toEqual(['agrees', 'differs']);
    expect(await compared.getByTestId('readers-agreement').textContent()).toMatch(
      /The readers disagree: site .*\(PR\), independent .*\(SD\)/,
    );
    const query = compared.getByRole('article');
    await query.first().waitFor();
    expect(await query.count()).toBe(1);
    expect(await query.getByRole('heading').textContent()).toMatch(
      /^independent reviewer's response PR on 2025-10-27 differs from the RECIST 1\.1 engine's SD/,
    );
    expect(await wcagViolations(pi)).toEqual([]);
    await h.screenshot(pi, 'radiology-reads-compared');
    expect(piErrors).toEqual([]);
  }, 180_000);
});
