/**
 * Account administration: create accounts (the administrator receives a one-time activation
 * token, never a password), grant and revoke roles per site, disable accounts, issue reset
 * tokens. Every change is audited.
 */
import { z } from 'zod';
import { ROLES } from '../../core/access/roles.ts';
import {
  createUser,
  getUser,
  grantRole,
  issueResetToken,
  listUsers,
  revokeGrant,
  setUserStatus,
} from '../../store/accounts/user-repository.ts';
import { defineRoute, json } from '../route-spec.ts';

const ADMIN = { kind: 'roles', roles: ['administrator'], scope: 'study' } as const;
const userParams = z.object({ userId: z.uuid('must be a user id (UUID)') });
const reason = z.string().trim().min(1, 'a reason is required');

export const adminRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/admin/users',
    summary: 'All accounts with their active role grants',
    tag: 'admin',
    access: ADMIN,
    async handler({ store }) {
      return json(await listUsers(store));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/admin/users',
    summary:
      'Create an account; returns a one-time activation token for the user to choose a password',
    tag: 'admin',
    access: ADMIN,
    body: z.object({
      username: z.string().min(2).max(64),
      displayName: z.string().trim().min(1).max(200),
      email: z.email().nullable().optional(),
    }),
    async handler({ store, actor, body }) {
      const r = await createUser(store, actor, body);
      return json(
        {
          user: r.user,
          activationToken: r.activationToken,
          activationPath: `/set-password?token=${r.activationToken}`,
        },
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/admin/users/:userId',
    summary: 'One account with its active role grants',
    tag: 'admin',
    access: ADMIN,
    params: userParams,
    async handler({ store, params }) {
      return json(await getUser(store.db, params.userId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/admin/users/:userId/reset-token',
    summary: 'Issue a one-time password reset token (the user chooses the new password)',
    tag: 'admin',
    access: ADMIN,
    params: userParams,
    async handler({ store, actor, params }) {
      const token = await issueResetToken(store, actor, params.userId);
      return json({ token, path: `/set-password?token=${token}` }, 201);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/admin/users/:userId/status',
    summary: 'Disable or re-enable an account (accounts are never deleted)',
    tag: 'admin',
    access: ADMIN,
    params: userParams,
    body: z.object({ status: z.enum(['active', 'disabled']), reason }),
    async handler({ store, actor, params, body }) {
      await setUserStatus(store, actor, params.userId, body.status, body.reason);
      return json(await getUser(store.db, params.userId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/admin/users/:userId/grants',
    summary: 'Grant a role at a site (siteId null: study-wide)',
    tag: 'admin',
    access: ADMIN,
    params: userParams,
    body: z.object({ role: z.enum(ROLES), siteId: z.string().min(1).nullable() }),
    async handler({ store, actor, params, body }) {
      const id = await grantRole(store, actor, params.userId, body.role, body.siteId);
      return json({ id }, 201);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/admin/grants/:grantId/revoke',
    summary: "Revoke a role grant; effective on the user's next request",
    tag: 'admin',
    access: ADMIN,
    params: z.object({ grantId: z.string().min(1) }),
    body: z.object({ reason }),
    async handler({ store, actor, params, body }) {
      await revokeGrant(store, actor, params.grantId, body.reason);
      return { kind: 'empty', status: 204 };
    },
  }),
];
