/**
 * The account screen in Chromium against the real auth API: reachable from the navigation only
 * once signed in, lists roles and open sessions, and changes the password (the server's field
 * errors shown beside the field; the new password then signs in).
 */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

describeBrowser('account page (browser)', () => {
  const h = useBrowserHarness();

  it('is hidden when signed out and asks for sign-in on a direct visit', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/account`);
    await page.getByRole('heading', { level: 1, name: 'Sign-in required' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Study']);
  });

  it('shows roles and sessions and changes the password', async () => {
    const first = 'first private passphrase';
    const second = 'second private passphrase';
    await h.createUser({
      username: 'zhang.wei',
      displayName: 'Zhang Wei',
      password: first,
      grants: [{ role: 'statistician', siteId: null }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'zhang.wei', first);
    const nav = page.getByRole('navigation', { name: 'Main' });
    // the statistician's screens come from the route table; the account screen is always there
    const links = await nav.getByRole('link').allTextContents();
    expect(links[0]).toBe('Study');
    expect(links).toContain('Account');
    await nav.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Account' }).getAttribute('aria-current')).toBe(
      'page',
    );

    const profile = page.getByRole('region', { name: 'Your account' });
    expect(await text(profile)).toContain('Statistician');
    const sessions = page.getByRole('region', { name: 'Open sessions' });
    await expect.poll(() => sessions.locator('tbody tr').count()).toBe(1);

    const form = page.getByRole('region', { name: 'Change password' });
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password', { exact: true }).fill(second);
    await form.getByLabel('New password again').fill(second);
    await form.getByRole('button', { name: 'Change password' }).click();
    const current = form.getByLabel('Current password');
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await current.getAttribute('aria-describedby')) ?? '';
    expect(await text(page.locator(`[id="${describedBy}"]`))).toBe(
      'the current password is not correct',
    );

    await form.getByLabel('New password again').fill('something else entirely');
    await current.fill(first);
    await form.getByRole('button', { name: 'Change password' }).click();
    expect(await text(form.locator('.field-error'))).toBe('The two new passwords differ.');
    await form.getByLabel('New password again').fill(second);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect
      .poll(() => text(form.getByRole('status')))
      .toBe('Password changed. Your other sessions were signed out.');
    await h.screenshot(page, 'account-page');

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    const again = await h.newPage();
    await h.signIn(again, 'zhang.wei', second);
  });
});
