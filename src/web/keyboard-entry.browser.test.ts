/**
 * Keyboard-only entry (issue 9, WCAG 2.1.1 Keyboard) in Chromium against the real server: a
 * coordinator signs in, creates a visit and enters a lab result without touching the mouse —
 * every control is reached with Tab, chosen with the arrow keys, typed into and submitted with
 * Enter. `tabTo` proves a control is in the tab order (it fails when Tab never lands on it), so
 * a control reachable only by pointer fails this test. The subject is set up through the API.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { enrolledSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

/** Presses Tab until `target` has the focus (at most `max` presses), failing if it never does. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${target}; focus is on ${focused}`);
}

/**
 * Types an ISO date into a focused date input segment by segment. Chromium orders the segments
 * by the process's ICU locale, not the page's (en-US mm/dd/yyyy under a bare LANG), so the
 * day-first order is tried when the month-first one does not give the date.
 */
async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const order of [`${m}${d}${y}`, `${d}${m}${y}`]) {
    await page.keyboard.type(order);
    if ((await input.inputValue()) === iso) return;
    // clear the three segments (Backspace each, Tab within the control), back to the first
    for (const key of ['Shift+Tab', 'Shift+Tab']) await page.keyboard.press(key);
    for (const key of ['Backspace', 'Tab', 'Backspace', 'Tab', 'Backspace'])
      await page.keyboard.press(key);
    for (const key of ['Shift+Tab', 'Shift+Tab']) await page.keyboard.press(key);
  }
  expect(await input.inputValue()).toBe(iso);
}

describeBrowser('keyboard-only entry (browser)', () => {
  const h = useBrowserHarness();

  it('signs in, creates a visit and saves a lab value with the keyboard alone', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'KB',
      name: 'Keyboard site',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'kb.crc',
      displayName: 'Keyboard Coordinator',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await h.newPage();

    // sign in: Tab to the username, type, Tab to the password, type, Enter submits
    await page.goto(`${h.url}/sign-in`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, page.getByLabel('Username'));
    await page.keyboard.type('kb.crc');
    await tabTo(page, page.getByLabel('Password'));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();

    const subject = await enrolledSubject(page, site.id, 'KB-001');
    await page.goto(`${h.url}/subjects/${subject.id}/visits`);
    await page.getByRole('heading', { level: 1, name: /^Visits · / }).waitFor();

    // the visit kind by arrow keys, the date typed in the locale's order (en-GB: dd/mm/yyyy)
    const kind = page.getByLabel('Visit', { exact: true });
    await tabTo(page, kind);
    for (let i = 0; i < 10 && (await kind.inputValue()) !== 'tumour-evaluation'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await kind.inputValue()).toBe('tumour-evaluation');
    const date = page.getByLabel('Date');
    await tabTo(page, date);
    await typeDate(page, date, '2025-10-27');
    await tabTo(page, page.getByRole('button', { name: 'Create visit' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Tumour evaluation/ }).waitFor();

    // a lab value typed, its flag shown, saved with Enter on the panel's Save button
    const liver = page.getByRole('region', { name: 'Liver and kidney function' });
    const alt = liver.getByLabel(/Alanine aminotransferase/);
    await tabTo(page, alt);
    await page.keyboard.type('80');
    await liver.getByText('▲ above range').waitFor();
    await tabTo(page, liver.getByRole('button', { name: /^Save / }));
    await page.keyboard.press('Enter');
    await liver.getByRole('status').filter({ hasText: 'saved' }).waitFor();

    // stored: a reload shows the value
    await page.reload();
    const reloaded = page
      .getByRole('region', { name: 'Liver and kidney function' })
      .getByLabel(/Alanine aminotransferase/);
    await expect.poll(() => reloaded.inputValue()).toBe('80');
  });
});
