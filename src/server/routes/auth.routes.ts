/** Sign-in, sign-out, the caller's own account and sessions, and setting a password with a one-time token. */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { DEFAULT_ACCOUNT_SETTINGS } from '../../store/accounts/account-settings.ts';
import {
  changePassword,
  listSessions,
  login,
  logout,
} from '../../store/accounts/session-repository.ts';
import { setPasswordWithToken } from '../../store/accounts/user-repository.ts';
import type { Store } from '../../store/open-store.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import { clearedSessionCookie, sessionCookie } from '../auth/cookies.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { defineRoute, json } from '../route-spec.ts';

/**
 * Per database (so tests and servers do not share counters), on the server clock: at most 10
 * attempts a minute for one user name from one address, 100 from one address in all.
 */
const throttles = new WeakMap<Store, { perUser: LoginThrottle; perAddress: LoginThrottle }>();
function throttle(store: Store, ip: string, username: string): void {
  let t = throttles.get(store);
  if (!t) {
    const clock = () => Date.parse(store.now());
    t = {
      perUser: new LoginThrottle(10, 60_000, clock),
      perAddress: new LoginThrottle(100, 60_000, clock),
    };
    throttles.set(store, t);
  }
  const wait = Math.max(
    t.perAddress.hit(ip),
    t.perUser.hit(`${ip}\n${username.trim().toLowerCase()}`),
  );
  if (wait > 0)
    throw new DomainError({
      kind: 'rate-limited',
      message: `too many attempts from this address; wait ${wait} s`,
      retryAfterSeconds: wait,
    });
}

const isTls = (headers: Record<string, string | string[] | undefined>) =>
  headers['x-forwarded-proto'] === 'https';

function me(a: AuthContext) {
  return {
    user: { id: a.userId, username: a.username, displayName: a.displayName },
    grants: a.grants,
    csrfToken: a.csrfToken,
  };
}

function signedIn(auth: AuthContext | null): AuthContext {
  if (!auth) throw new DomainError({ kind: 'unauthenticated', message: 'sign in first' });
  return auth;
}

export const authRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Sign in: sets a new HttpOnly session cookie and returns the CSRF token',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
    async handler({ store, body, ip, headers }) {
      throttle(store, ip, body.username);
      const { token, session } = await login(store, body.username, body.password, { ip });
      return {
        kind: 'json',
        body: {
          user: {
            id: session.userId,
            username: session.username,
            displayName: session.displayName,
          },
          grants: session.grants,
          csrfToken: session.csrfToken,
        },
        headers: {
          'set-cookie': sessionCookie(
            token,
            isTls(headers),
            DEFAULT_ACCOUNT_SETTINGS.sessionAbsoluteHours * 3600,
          ),
        },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Sign out: the session is revoked on the server',
    tag: 'auth',
    access: { kind: 'signed-in' },
    async handler({ store, auth, headers }) {
      await logout(store, signedIn(auth));
      return {
        kind: 'empty',
        status: 204,
        headers: { 'set-cookie': clearedSessionCookie(isTls(headers)) },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'The signed-in user, their role grants per site and the CSRF token',
    tag: 'auth',
    access: { kind: 'signed-in' },
    async handler({ auth }) {
      return json(me(signedIn(auth)));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/auth/sessions',
    summary: "The signed-in user's open sessions",
    tag: 'auth',
    access: { kind: 'signed-in' },
    async handler({ store, auth }) {
      return json(await listSessions(store, signedIn(auth).userId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Change my password (the current one is required; other sessions end)',
    tag: 'auth',
    access: { kind: 'signed-in' },
    body: z.object({
      currentPassword: z.string().min(1),
      newPassword: z.string().min(1).max(1000),
    }),
    async handler({ store, auth, body }) {
      await changePassword(store, signedIn(auth), body.currentPassword, body.newPassword);
      return { kind: 'empty', status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/auth/set-password',
    summary: 'Choose a password with a one-time activation or reset token',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ token: z.string().min(10).max(200), password: z.string().min(1).max(1000) }),
    async handler({ store, body, ip }) {
      throttle(store, ip, 'set-password');
      await setPasswordWithToken(store, body.token, body.password);
      return { kind: 'empty', status: 204 };
    },
  }),
];
