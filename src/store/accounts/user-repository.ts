/**
 * User accounts and role grants, all through the audited write path. An administrator creates
 * an account and receives a one-time activation token to hand over; only the user ever chooses
 * the password (the administrator can neither learn nor set it). Accounts are disabled, never
 * deleted, so a user ID is never reused.
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { checkPassword } from '../../core/access/password-policy.ts';
import { isRole, type Role } from '../../core/access/roles.ts';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import {
  type Actor,
  insertAudited,
  runCommand,
  updateAudited,
  type WriteContext,
} from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { addMinutes, DEFAULT_ACCOUNT_SETTINGS } from './account-settings.ts';
import { newToken, tokenDigest } from './secrets.ts';

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  status: 'active' | 'disabled';
  hasPassword: boolean;
  lockedUntil: string | null;
  grants: { id: string; role: Role; siteId: string | null; grantedAt: string }[];
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

async function issueToken(
  ctx: WriteContext,
  userId: string,
  purpose: 'activate' | 'reset',
): Promise<string> {
  const token = newToken();
  const hours = DEFAULT_ACCOUNT_SETTINGS.passwordTokenHours;
  await ctx.trx
    .insertInto('password_tokens')
    .values({
      id: tokenDigest(token),
      user_id: userId,
      purpose,
      created_at: ctx.now,
      expires_at: addMinutes(ctx.now, hours * 60),
      used_at: null,
    })
    .execute();
  await ctx.audit({
    action: `issue-${purpose}-token`,
    entityType: 'user',
    entityId: userId,
    changes: [{ field: 'password_token', old: null, new: `issued (${purpose}, valid ${hours} h)` }],
  });
  return token;
}

export async function createUser(
  store: Store,
  actor: Actor,
  input: { username: string; displayName: string; email?: string | null },
): Promise<{ user: UserSummary; activationToken: string }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username))
    throw invalid(
      'username',
      'username-format',
      'must be 2–64 characters: letters, digits, dot, dash, underscore',
    );
  return runCommand(store, actor, async (ctx) => {
    const taken = await ctx.trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (taken)
      throw new DomainError({
        kind: 'conflict',
        rule: 'username-unique',
        message: `user name "${username}" is taken (names are never reused)`,
      });
    const id = randomUUID();
    await insertAudited(
      ctx,
      'users',
      {
        id,
        username,
        display_name: input.displayName.trim(),
        email: input.email ?? null,
        password_hash: null,
        status: 'active',
        failed_logins: 0,
        locked_until: null,
        created_at: ctx.now,
        password_changed_at: null,
      },
      { entityType: 'user' },
    );
    const activationToken = await issueToken(ctx, id, 'activate');
    const user = await getUser(ctx, id);
    return { user, activationToken };
  });
}

/** A new one-time token for a user who forgot their password (the administrator hands it over). */
export async function issueResetToken(store: Store, actor: Actor, userId: string): Promise<string> {
  return runCommand(store, actor, async (ctx) => {
    await getUser(ctx, userId);
    return issueToken(ctx, userId, 'reset');
  });
}

/** The user chooses a password with a one-time token; the token dies with its first use. */
export async function setPasswordWithToken(
  store: Store,
  token: string,
  password: string,
): Promise<void> {
  const digest = tokenDigest(token);
  const row = await store.db
    .selectFrom('password_tokens')
    .selectAll()
    .where('id', '=', digest)
    .executeTakeFirst();
  const now = store.now();
  if (!row || row.used_at || row.expires_at <= now)
    throw invalid(
      'token',
      'password-token-valid',
      'this link is not valid any more: it was used, has expired, or never existed',
    );
  const user = await store.db
    .selectFrom('users')
    .select(['username', 'status'])
    .where('id', '=', row.user_id)
    .executeTakeFirstOrThrow();
  if (user.status !== 'active') throw invalid('token', 'account-active', 'the account is disabled');
  const issues = checkPassword(password, user.username);
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  const passwordHash = await hashPassword(password);
  await runCommand(store, { id: row.user_id, name: user.username }, async (ctx) => {
    const claimed = await ctx.trx
      .updateTable('password_tokens')
      .set({ used_at: ctx.now })
      .where('id', '=', digest)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1)
      throw invalid('token', 'password-token-valid', 'this link was used already');
    await ctx.trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        password_changed_at: ctx.now,
        failed_logins: 0,
        locked_until: null,
      })
      .where('id', '=', row.user_id)
      .execute();
    // every session of the user ends when the password changes
    await ctx.trx
      .updateTable('sessions')
      .set({ revoked_at: ctx.now })
      .where('user_id', '=', row.user_id)
      .where('revoked_at', 'is', null)
      .execute();
    await ctx.audit({
      action: row.purpose === 'activate' ? 'activate-account' : 'reset-password',
      entityType: 'user',
      entityId: row.user_id,
      changes: [{ field: 'password_hash', old: '(hidden)', new: '(hidden)' }],
    });
  });
}

export async function grantRole(
  store: Store,
  actor: Actor,
  userId: string,
  role: string,
  siteId: string | null,
): Promise<string> {
  if (!isRole(role)) throw invalid('role', 'role-known', `unknown role "${role}"`);
  return runCommand(store, actor, async (ctx) => {
    await getUser(ctx, userId);
    if (siteId) {
      const site = await ctx.trx
        .selectFrom('sites')
        .select('id')
        .where('id', '=', siteId)
        .executeTakeFirst();
      if (!site) throw invalid('siteId', 'site-exists', `site ${siteId} does not exist`);
    }
    const dup = await ctx.trx
      .selectFrom('role_grants')
      .select('id')
      .where('user_id', '=', userId)
      .where('role', '=', role)
      .where((eb) => (siteId === null ? eb('site_id', 'is', null) : eb('site_id', '=', siteId)))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (dup) return dup.id;
    const id = randomUUID();
    await insertAudited(
      ctx,
      'role_grants',
      {
        id,
        user_id: userId,
        role,
        site_id: siteId,
        granted_at: ctx.now,
        granted_by: actor.id,
        revoked_at: null,
        revoked_by: null,
      },
      { entityType: 'role-grant', siteId },
      'grant-role',
    );
    return id;
  });
}

/** Revokes a grant; it takes effect on the user's next request (roles are read per request). */
export async function revokeGrant(
  store: Store,
  actor: Actor,
  grantId: string,
  reason: string,
): Promise<void> {
  await runCommand(store, actor, async (ctx) => {
    const g = await ctx.trx
      .selectFrom('role_grants')
      .selectAll()
      .where('id', '=', grantId)
      .executeTakeFirst();
    if (!g || g.revoked_at)
      throw new DomainError({ kind: 'not-found', entity: 'active role grant', id: grantId });
    await updateAudited(
      ctx,
      'role_grants',
      grantId,
      { revoked_at: ctx.now, revoked_by: actor.id },
      { entityType: 'role-grant', siteId: g.site_id, reason },
      'revoke-role',
    );
  });
}

export async function setUserStatus(
  store: Store,
  actor: Actor,
  userId: string,
  status: 'active' | 'disabled',
  reason: string,
): Promise<void> {
  await runCommand(store, actor, async (ctx) => {
    await updateAudited(
      ctx,
      'users',
      userId,
      { status },
      { entityType: 'user', reason },
      status === 'disabled' ? 'disable-account' : 'enable-account',
    );
    if (status === 'disabled')
      await ctx.trx
        .updateTable('sessions')
        .set({ revoked_at: ctx.now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
  });
}

type Reader = Pick<WriteContext['trx'], 'selectFrom'>;

export async function getUser(db: Reader | WriteContext, userId: string): Promise<UserSummary> {
  const q = 'trx' in db ? db.trx : db;
  const u = await q.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!u) throw new DomainError({ kind: 'not-found', entity: 'user', id: userId });
  const grants = await q
    .selectFrom('role_grants')
    .select(['id', 'role', 'site_id', 'granted_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('granted_at')
    .execute();
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    status: u.status,
    hasPassword: u.password_hash !== null,
    lockedUntil: u.locked_until,
    grants: grants.map((g) => ({
      id: g.id,
      role: g.role as Role,
      siteId: g.site_id,
      grantedAt: g.granted_at,
    })),
  };
}

export async function listUsers(store: Store): Promise<UserSummary[]> {
  const ids = await store.db.selectFrom('users').select('id').orderBy('username').execute();
  return Promise.all(ids.map((r) => getUser(store.db, r.id)));
}
