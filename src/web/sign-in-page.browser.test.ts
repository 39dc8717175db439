/**
 * Sign-in in Chromium against the real server and its auth API: a refused sign-in shows the
 * server's problem detail; a real one returns to `?next=`, shows name and roles in the header,
 * and sign-out succeeds — which the server only allows with the session's x-csrf-token header.
 */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

describeBrowser('sign-in page (browser)', () => {
  const h = useBrowserHarness();

  it('reaches sign-in from the header and shows why a sign-in was refused', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    // the sign-in screen is its own chunk: wait for it before reading the tab title
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · oncotrial');

    await page.getByLabel('Username').fill('nobody');
    await page.getByLabel('Password').fill('not-the-password');
    const responseP = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const response = await responseP;
    expect(response.status()).toBe(401);
    const problem = (await response.json()) as { detail: string };
    expect(problem.detail.length).toBeGreaterThan(0);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = await text(alert);
    expect(message).toContain('Sign-in failed');
    expect(message).toContain(problem.detail);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await h.screenshot(page, 'sign-in-refused');
  });

  it('signs in, shows the user and roles, and signs out with the CSRF header', async () => {
    await h.createUser({
      username: 'wang.li',
      displayName: 'Wang Li',
      password: 'a long and private passphrase',
      grants: [
        { role: 'coordinator', siteId: null },
        { role: 'monitor', siteId: null },
      ],
    });
    const page = await h.newPage();
    await page.goto(`${h.url}/sign-in?next=${encodeURIComponent('/no-such-screen')}`);
    await page.getByLabel('Username').fill('wang.li');
    await page.getByLabel('Password').fill('a long and private passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/no-such-screen');

    const banner = page.getByRole('banner');
    await expect.poll(() => text(banner)).toContain('Wang Li');
    expect(await text(banner)).toContain('Research coordinator · all sites');
    expect(await text(banner)).toContain('Monitor (CRA) · all sites');
    await h.screenshot(page, 'header-signed-in');

    // a reload keeps the session (HttpOnly cookie) and asks /api/auth/me who is signed in
    await page.reload();
    await expect.poll(() => text(banner)).toContain('Wang Li');

    const logoutP = page.waitForRequest((r) => r.url().endsWith('/api/auth/logout'));
    const logoutResponseP = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
    await banner.getByRole('button', { name: 'Sign out' }).click();
    const logout = await logoutP;
    expect((await logout.allHeaders())['x-csrf-token']).toMatch(/.{16,}/);
    expect((await logoutResponseP).status()).toBe(204);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await banner.getByRole('link', { name: 'Sign in' }).waitFor();
    const me = await page.request.get(`${h.url}/api/auth/me`);
    expect(me.status()).toBe(401);
  });
});
