/**
 * The first administrator: created from the shell with a one-time link, never a password; the
 * link lets them choose one and sign in. A second account with the same name is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { login } from '../../store/accounts/session-repository.ts';
import { setPasswordWithToken } from '../../store/accounts/user-repository.ts';
import { openStore } from '../../store/open-store.ts';

const bin = join(import.meta.dirname, '../../../bin/oncotrial.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-cli-user-'));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'user', ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });

describe('oncotrial user create-admin', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a one-time link; the administrator chooses the password and signs in', async () => {
    const r = cli(
      'create-admin',
      '--username',
      'Wang.Li',
      '--name',
      'Wang Li',
      '--base-url',
      'https://trial.example.org',
    );
    expect(r.status, r.stderr).toBe(0);
    const token = /set-password\?token=([A-Za-z0-9_-]+)/.exec(r.stdout)?.[1];
    expect(r.stdout).toMatch(/^administrator wang\.li created/);
    expect(r.stdout).toContain('https://trial.example.org/set-password?token=');
    expect(token).toBeTruthy();
    const store = await openStore({
      kind: 'sqlite',
      file: join(dataDir, 'oncotrial.sqlite'),
      dataDir,
    });
    try {
      await setPasswordWithToken(store, token!, 'a passphrase only Wang Li knows');
      const { session } = await login(store, 'wang.li', 'a passphrase only Wang Li knows', {
        ip: '127.0.0.1',
      });
      expect(session.grants).toEqual([{ role: 'administrator', siteId: null }]);
    } finally {
      await store.close();
    }
    const again = cli('create-admin', '--username', 'wang.li', '--name', 'Someone Else');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/taken/);
    expect(again.stdout).toBe('');
  });
});
