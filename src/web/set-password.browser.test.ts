/**
 * The one-time link flow in Chromium: an account created without a password (as an
 * administrator or `oncotrial user create-admin` creates it) is activated on the set-password
 * page — mismatched and common passwords are refused with the reason beside the field — and the
 * chosen password then signs in. The link cannot be used twice.
 */
import { expect, it } from 'vitest';
import { createUser } from '../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

describeBrowser('set-password page (browser)', () => {
  const h = useBrowserHarness();

  it('activates an account with a one-time link; the link dies with its use', async () => {
    const { activationToken } = await createUser(h.store, SYSTEM_ACTOR, {
      username: 'li.ming',
      displayName: 'Li Ming',
    });
    const page = await h.newPage();
    await page.goto(`${h.url}/set-password?token=${activationToken}`);
    await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('New password', { exact: true }).fill('my own long passphrase');
    await page.getByLabel('Repeat the new password').fill('my own long passphrase!');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();

    await page.getByLabel('New password', { exact: true }).fill('password1');
    await page.getByLabel('Repeat the new password').fill('password1');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page
      .getByText(/most common \(breached\) passwords/)
      .first()
      .waitFor();

    await page.getByLabel('New password', { exact: true }).fill('my own long passphrase');
    await page.getByLabel('Repeat the new password').fill('my own long passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page
      .getByRole('status')
      .getByText('Your password is set. You can now sign in.')
      .waitFor();
    await h.screenshot(page, 'set-password-done');

    await h.signIn(page, 'li.ming', 'my own long passphrase');

    const again = await h.newPage();
    await again.goto(`${h.url}/set-password?token=${activationToken}`);
    await again.getByLabel('New password', { exact: true }).fill('another long passphrase');
    await again.getByLabel('Repeat the new password').fill('another long passphrase');
    await again.getByRole('button', { name: 'Set password' }).click();
    await again
      .getByText(/not valid any more/)
      .first()
      .waitFor();
  });
});
