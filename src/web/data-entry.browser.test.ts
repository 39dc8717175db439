/**
 * Visit data entry and the tumour assessment in Chromium against the real server and database.
 * The subject is screened and enrolled through the API (testing/live-study.ts, sent from the
 * signed-in page so cookies and the CSRF token are the app's own) with a baseline scan of one
 * 33 mm liver target. Then, through
 * the screens: a coordinator creates a tumour-evaluation visit, enters liver labs (sees the unit,
 * the reference range and the out-of-range flag), opens the tumour assessment and types the
 * target's diameter — SD at 30 mm and 23.2 mm (−29.7 %), PR appearing at 23.1 mm (exactly
 * −30 %) — records the investigator's response (disagreement shown, then agreement), saves,
 * reloads and sees it stored. Every screen passes axe-core (WCAG 2.1 AA); screenshots in
 * test-results/screenshots.
 */
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('visit data entry and tumour assessment (browser)', () => {
  const h = useBrowserHarness();

  it('a coordinator enters labs and a tumour assessment; PR appears live at −30 %', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'GZ',
      name: 'Guangzhou site',
      nameZh: '广州中心',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'chen.crc',
      displayName: 'Chen Jing',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'chen.crc', PASSWORD);
    const subject = await enrolledSubject(page, site.id, 'GZ-001');

    // casebook → timeline → visits
    await page.goto(`${h.url}/subjects/${subject.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(/screening visit/).waitFor();
    await timeline.getByRole('link', { name: 'Visits and data entry' }).click();
    await page.getByRole('heading', { level: 1, name: /^Visits · / }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // a tumour-evaluation visit on day 57
    await page.getByLabel('Visit', { exact: true }).selectOption('tumour-evaluation');
    await page.getByLabel('Date').fill('2025-10-27');
    await page.getByRole('button', { name: 'Create visit' }).click();
    await page.getByRole('heading', { level: 1, name: /Tumour evaluation/ }).waitFor();

    // labs: unit, reference range, out-of-range flag, saved
    const liver = page.getByRole('region', { name: 'Liver and kidney function' });
    expect(await liver.getByLabel('Unit ALT').inputValue()).toBe('U/L');
    expect(await liver.getByLabel('Ref. high ALT').inputValue()).toBe('40');
    await liver.getByLabel(/Alanine aminotransferase/).fill('4o');
    await liver.getByRole('button', { name: /^Save / }).click();
    await liver.getByText('ALT must be a decimal number, e.g. 41.5').waitFor();
    await liver.getByLabel(/Alanine aminotransferase/).fill('80');
    await liver.getByText('▲ above range').waitFor();
    await liver.getByText('Reference 7–40 U/L').first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'visit-entry-labs');
    await liver.getByRole('button', { name: /^Save / }).click();
    await liver.getByRole('status').filter({ hasText: 'saved' }).waitFor();

    // tumour assessment: the response recomputed as the diameter is typed
    await page.getByRole('link', { name: 'Open the tumour assessment' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    const diameter = page.getByLabel('Diameter (mm) T1');
    const overall = page.getByTestId('recist-overall');
    const change = page.getByTestId('recist-change-baseline');
    await diameter.fill('30');
    await expect.poll(() => overall.textContent()).toContain('(SD)');
    await diameter.fill('23.2');
    await expect.poll(() => change.textContent()).toBe('-29.7 %');
    expect(await overall.textContent()).toContain('(SD)');
    await diameter.fill('');
    await diameter.pressSequentially('23.1');
    await expect.poll(() => overall.textContent()).toContain('(PR)');
    expect(await change.textContent()).toBe('-30 %');
    expect(await page.getByTestId('recist-sum').textContent()).toBe('23.1 mm');
    expect(await page.locator('.recist-reasons li').count()).toBeGreaterThan(0);

    // the investigator's response beside the engine's
    const investigator = page.getByLabel('Investigator’s overall response');
    await investigator.selectOption('SD');
    await expect
      .poll(() => page.getByTestId('recist-agreement').textContent())
      .toContain('Differs from the engine');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'tumour-assessment-disagreement');
    await investigator.selectOption('PR');
    await expect
      .poll(() => page.getByTestId('recist-agreement').textContent())
      .toContain('Agrees with the engine');

    // unsaved changes: an in-app link asks first; staying keeps the typed values
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('link', { name: /^← Visits of/ }).click();
    expect(await diameter.inputValue()).toBe('23.1');

    await page.getByRole('button', { name: 'Save tumour assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await h.screenshot(page, 'tumour-assessment-saved');

    // stored: a reload shows the saved read and the same live response
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    await expect.poll(() => page.getByLabel('Diameter (mm) T1').inputValue()).toBe('23.1');
    expect(await page.getByLabel('Investigator’s overall response').inputValue()).toBe('PR');
    expect(await page.getByTestId('recist-overall').textContent()).toContain('(PR)');
    await page.getByLabel('Reason for change').waitFor();
    const stored = (await apiFromPage(
      page,
      'GET',
      `/api/subjects/${subject.id}/tumour-assessments`,
    )) as { assessments: { date: string; lesions: unknown; investigatorResponse: string }[] };
    const read = stored.assessments.find((a) => a.date === '2025-10-27');
    expect(read?.lesions).toEqual([{ id: 'T1', diameterMm: 23.1 }]);
    expect(read?.investigatorResponse).toBe('PR');
    expect(await wcagViolations(page)).toEqual([]);
  }, 120_000);
});
