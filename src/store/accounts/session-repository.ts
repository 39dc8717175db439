/**
 * Sign-in and server-side sessions. Sign-in failures count per account; at the threshold the
 * account locks for a while (NIST SP 800-63B §5.2.2), and every success, failure and lock is an
 * audit event. A new session (fresh token) is made at every sign-in, so a session fixed before
 * sign-in is worthless; logout revokes it on the server; idle and absolute limits end it.
 */
import { verify } from '@node-rs/argon2';
import { checkPassword } from '../../core/access/password-policy.ts';
import type { Role } from '../../core/access/roles.ts';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import { runCommand, SYSTEM_ACTOR } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { type AccountSettings, addMinutes, DEFAULT_ACCOUNT_SETTINGS } from './account-settings.ts';
import { newToken, tokenDigest } from './secrets.ts';
import { hashPassword } from './user-repository.ts';

export interface SessionInfo {
  sessionId: string;
  userId: string;
  username: string;
  displayName: string;
  csrfToken: string;
  expiresAt: string;
  grants: { role: Role; siteId: string | null }[];
}

// A valid argon2id hash of a random string: verifying against it when the user does not exist
// takes as long as a real check, so response time does not reveal which user names exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$6oC0U4KZEu9YFatwnleTfw$k+h3qzujhK5mczBsdktDho4Y1AumFhZOE3IgJ/Db/Po';

/** What logout and password change need to know of the caller's session. */
export type SessionRef = Pick<SessionInfo, 'sessionId' | 'userId' | 'displayName'>;

const BAD_CREDENTIALS = 'user name or password is not correct';

export async function login(
  store: Store,
  username: string,
  password: string,
  meta: { ip: string },
  settings: AccountSettings = DEFAULT_ACCOUNT_SETTINGS,
): Promise<{ token: string; session: SessionInfo }> {
  const name = username.trim().toLowerCase();
  const user = await store.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', name)
    .executeTakeFirst();
  const ok = await verify(user?.password_hash ?? DUMMY_HASH, password).catch(() => false);
  const now = store.now();
  if (!user?.password_hash) {
    await runCommand(store, SYSTEM_ACTOR, (ctx) =>
      ctx.audit({
        action: 'login-failed',
        entityType: 'user',
        entityId: `unknown:${name.slice(0, 64)}`,
        changes: [{ field: 'ip', old: null, new: meta.ip }],
        reason: 'unknown user or no password set',
      }),
    );
    throw new DomainError({ kind: 'unauthenticated', message: BAD_CREDENTIALS });
  }
  const actor = { id: user.id, name: user.display_name };
  if (user.locked_until && user.locked_until > now) {
    await runCommand(store, actor, (ctx) =>
      ctx.audit({
        action: 'login-refused-locked',
        entityType: 'user',
        entityId: user.id,
        changes: [{ field: 'ip', old: null, new: meta.ip }],
      }),
    );
    throw new DomainError({
      kind: 'unauthenticated',
      message: `the account is locked after repeated failed sign-ins; try again after ${user.locked_until}`,
    });
  }
  if (user.status !== 'active') {
    await runCommand(store, actor, (ctx) =>
      ctx.audit({
        action: 'login-refused-disabled',
        entityType: 'user',
        entityId: user.id,
        changes: [],
      }),
    );
    throw new DomainError({ kind: 'unauthenticated', message: BAD_CREDENTIALS });
  }
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lock = failures >= settings.lockoutThreshold;
    await runCommand(store, actor, async (ctx) => {
      await ctx.trx
        .updateTable('users')
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock ? addMinutes(ctx.now, settings.lockoutMinutes) : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await ctx.audit({
        action: 'login-failed',
        entityType: 'user',
        entityId: user.id,
        changes: [
          { field: 'failed_logins', old: user.failed_logins, new: failures },
          { field: 'ip', old: null, new: meta.ip },
        ],
      });
      if (lock)
        await ctx.audit({
          action: 'account-locked',
          entityType: 'user',
          entityId: user.id,
          changes: [
            { field: 'locked_until', old: null, new: addMinutes(ctx.now, settings.lockoutMinutes) },
          ],
          reason: `${failures} consecutive failed sign-ins`,
        });
    });
    throw new DomainError({ kind: 'unauthenticated', message: BAD_CREDENTIALS });
  }
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = addMinutes(now, settings.sessionAbsoluteHours * 60);
  await runCommand(store, actor, async (ctx) => {
    await ctx.trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await ctx.trx
      .insertInto('sessions')
      .values({
        id: tokenDigest(token),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: ctx.now,
        last_seen_at: ctx.now,
        expires_at: expiresAt,
        revoked_at: null,
      })
      .execute();
    await ctx.audit({
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      changes: [{ field: 'ip', old: null, new: meta.ip }],
    });
  });
  const session = await resolveSession(store, token, settings);
  if (!session) throw new Error('session vanished right after sign-in');
  return { token, session };
}

/**
 * The session behind a token, with the user's current grants (read on every request, so a
 * revoked role is gone at the next one), or null when unknown, revoked, idle or expired.
 */
export async function resolveSession(
  store: Store,
  token: string,
  settings: AccountSettings = DEFAULT_ACCOUNT_SETTINGS,
): Promise<SessionInfo | null> {
  const s = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.revoked_at',
      'users.username',
      'users.display_name',
      'users.status',
    ])
    .where('sessions.id', '=', tokenDigest(token))
    .executeTakeFirst();
  const now = store.now();
  if (!s || s.revoked_at || s.status !== 'active') return null;
  if (s.expires_at <= now) return null;
  if (addMinutes(s.last_seen_at, settings.sessionIdleMinutes) <= now) return null;
  // Session bookkeeping, not clinical data: touched at most once a minute, outside the audit trail.
  if (addMinutes(s.last_seen_at, 1) <= now)
    await store.db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id', '=', s.id)
      .execute();
  const grants = await store.db
    .selectFrom('role_grants')
    .select(['role', 'site_id'])
    .where('user_id', '=', s.user_id)
    .where('revoked_at', 'is', null)
    .execute();
  return {
    sessionId: s.id,
    userId: s.user_id,
    username: s.username,
    displayName: s.display_name,
    csrfToken: s.csrf_token,
    expiresAt: s.expires_at,
    grants: grants.map((g) => ({ role: g.role as Role, siteId: g.site_id })),
  };
}

export async function logout(store: Store, session: SessionRef): Promise<void> {
  await runCommand(store, { id: session.userId, name: session.displayName }, async (ctx) => {
    await ctx.trx
      .updateTable('sessions')
      .set({ revoked_at: ctx.now })
      .where('id', '=', session.sessionId)
      .execute();
    await ctx.audit({
      action: 'logout',
      entityType: 'user',
      entityId: session.userId,
      changes: [],
    });
  });
}

/** The signed-in user changes their own password: the current one is required. Other sessions end. */
export async function changePassword(
  store: Store,
  session: SessionRef,
  current: string,
  next: string,
): Promise<void> {
  const u = await store.db
    .selectFrom('users')
    .select(['password_hash', 'username'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow();
  if (!u.password_hash || !(await verify(u.password_hash, current).catch(() => false)))
    throw invalid('currentPassword', 'password-correct', 'the current password is not correct');
  const issues = checkPassword(next, u.username, 'newPassword');
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  const h = await hashPassword(next);
  await runCommand(store, { id: session.userId, name: session.displayName }, async (ctx) => {
    await ctx.trx
      .updateTable('users')
      .set({ password_hash: h, password_changed_at: ctx.now })
      .where('id', '=', session.userId)
      .execute();
    await ctx.trx
      .updateTable('sessions')
      .set({ revoked_at: ctx.now })
      .where('user_id', '=', session.userId)
      .where('id', '<>', session.sessionId)
      .where('revoked_at', 'is', null)
      .execute();
    await ctx.audit({
      action: 'change-password',
      entityType: 'user',
      entityId: session.userId,
      changes: [{ field: 'password_hash', old: '(hidden)', new: '(hidden)' }],
    });
  });
}

/** Re-authentication for an e-signature (21 CFR 11.200(a)(1)): the signer's password, now. */
export async function verifyPasswordOf(
  store: Store,
  userId: string,
  password: string,
): Promise<boolean> {
  const u = await store.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return !!u?.password_hash && (await verify(u.password_hash, password).catch(() => false));
}

export async function listSessions(store: Store, userId: string) {
  const now = store.now();
  return store.db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
}
