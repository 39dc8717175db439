import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser } from '../../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

describeEachDialect('accounts and sessions', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.destroy());

  it('sets an HttpOnly SameSite=Strict cookie, Secure only over TLS', async () => {
    await t.user('cookie1', []);
    const r = await t.anonymous.request('POST', '/api/auth/login', {
      username: 'cookie1',
      password: TEST_PASSWORD,
    });
    const c = String(r.headers['set-cookie']);
    expect(c).toMatch(/HttpOnly/);
    expect(c).toMatch(/SameSite=Strict/);
    expect(c).not.toMatch(/Secure/);
    const tls = await t.anonymous.request(
      'POST',
      '/api/auth/login',
      { username: 'cookie1', password: TEST_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(String(tls.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('rotates the session at every sign-in and revokes it on the server at logout', async () => {
    const c1 = await t.user('rotate1', [{ role: 'coordinator', site: 'a' }]);
    const c2 = await t.signIn('rotate1');
    expect(c2.cookie).not.toBe(c1.cookie);
    expect((await c1.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c2.post('/api/auth/logout')).statusCode).toBe(204);
    // the token is dead on the server, even though the client still holds it
    expect((await c2.get('/api/auth/me')).statusCode).toBe(401);
    expect((await c1.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and after 12 hours whatever the activity', async () => {
    const c = await t.user('idle1', []);
    t.clock.advanceMinutes(29);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(30);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    const d = await t.signIn('idle1');
    for (let i = 0; i < 25; i++) {
      t.clock.advanceMinutes(29);
      const r = await d.get('/api/auth/me');
      if (i < 24) expect(r.statusCode).toBe(200);
      else expect(r.statusCode).toBe(401); // 25 × 29 min > 12 h
    }
  });

  it('locks the account after 5 failed sign-ins, audited, and unlocks after 15 minutes', async () => {
    await t.user('lock1', []);
    for (let i = 0; i < 5; i++) {
      const r = await t.anonymous.request(
        'POST',
        '/api/auth/login',
        { username: 'lock1', password: 'wrong password' },
        { 'x-forwarded-for': `10.0.0.${i}` },
      );
      expect(r.statusCode).toBe(401);
      expect(r.json().detail).toBe('user name or password is not correct');
    }
    const locked = await t.anonymous.request('POST', '/api/auth/login', {
      username: 'lock1',
      password: TEST_PASSWORD,
    });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().detail).toMatch(/locked/);
    const events = await t.store.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', 'user')
      .execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['login-failed', 'account-locked', 'login-refused-locked']),
    );
    t.clock.advanceMinutes(16);
    expect(
      (
        await t.anonymous.request('POST', '/api/auth/login', {
          username: 'lock1',
          password: TEST_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('answers unknown users exactly like wrong passwords', async () => {
    const r = await t.anonymous.request('POST', '/api/auth/login', {
      username: 'nobody',
      password: 'whatever pass',
    });
    expect(r.statusCode).toBe(401);
    expect(r.json().detail).toBe('user name or password is not correct');
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const c = await t.user('csrf1', []);
    const r = await c.request('POST', '/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(r.statusCode).toBe(403);
    expect(r.json().rule).toBe('csrf-token');
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('lets only the user choose a password: one-time token, policy enforced, token dies on use', async () => {
    const { activationToken } = await createUser(t.store, SYSTEM_ACTOR, {
      username: 'newbie',
      displayName: 'New Bie',
    });
    expect(
      (
        await t.anonymous.request('POST', '/api/auth/login', {
          username: 'newbie',
          password: 'anything at all',
        })
      ).statusCode,
    ).toBe(401);
    const weak = await t.anonymous.post('/api/auth/set-password', {
      token: activationToken,
      password: 'password1',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: 'password', rule: 'password-common' });
    expect(
      (
        await t.anonymous.post('/api/auth/set-password', {
          token: activationToken,
          password: 'my own good passphrase',
        })
      ).statusCode,
    ).toBe(204);
    const again = await t.anonymous.post('/api/auth/set-password', {
      token: activationToken,
      password: 'another passphrase here',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].rule).toBe('password-token-valid');
    expect((await t.signIn('newbie', 'my own good passphrase')).username).toBe('newbie');
  });

  it('administrators create accounts and grant roles but never see or set a password', async () => {
    const admin = await t.user('admin1', [{ role: 'administrator', site: null }]);
    const created = await admin.post('/api/admin/users', {
      username: 'Coord.Two',
      displayName: 'Coordinator Two',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.user.username).toBe('coord.two');
    expect(body.activationToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(JSON.stringify(body)).not.toMatch(/password_hash|\$argon2/);
    const list = await admin.get('/api/admin/users');
    expect(list.body).not.toMatch(/\$argon2/);
    const dup = await admin.post('/api/admin/users', {
      username: 'coord.two',
      displayName: 'Again',
    });
    expect(dup.statusCode).toBe(409);
    const grant = await admin.post(`/api/admin/users/${body.user.id}/grants`, {
      role: 'coordinator',
      siteId: t.sites.a.id,
    });
    expect(grant.statusCode).toBe(201);
    const bad = await admin.post(`/api/admin/users/${body.user.id}/grants`, {
      role: 'wizard',
      siteId: null,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.role');
  });

  it('a revoked role is gone at the next request', async () => {
    const admin = await t.signIn('admin1');
    const stat = await t.user('stat1', [{ role: 'statistician', site: null }]);
    const users = (await admin.get('/api/admin/users')).json();
    const grantId = users.find((u: { username: string }) => u.username === 'stat1').grants[0].id;
    expect((await stat.get('/api/auth/me')).json().grants).toHaveLength(1);
    expect(
      (await admin.post(`/api/admin/grants/${grantId}/revoke`, { reason: 'left the study' }))
        .statusCode,
    ).toBe(204);
    expect((await stat.get('/api/auth/me')).json().grants).toHaveLength(0);
    expect((await stat.get('/api/admin/users')).statusCode).toBe(403);
  });

  it('throttles repeated attempts for one user from one address (429 with Retry-After seconds)', async () => {
    await t.user('throttle1', []);
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push(
        (
          await t.anonymous.request('POST', '/api/auth/login', {
            username: 'throttle1',
            password: TEST_PASSWORD,
          })
        ).statusCode,
      );
    expect(codes.slice(0, 9).every((c) => c === 200)).toBe(true);
    expect(codes[10]).toBe(429);
    t.clock.advanceMinutes(2);
    expect(
      (
        await t.anonymous.request('POST', '/api/auth/login', {
          username: 'throttle1',
          password: TEST_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('keeps the audit chain intact through all of it', async () => {
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  });
});
