/**
 * Whether the signed-in user holds any of these roles (at any site, or at one site): decides
 * which actions a screen offers. The server checks the role at the record's site on every
 * request.
 */
import type { Role } from '../../core/access/roles.ts';
import { useSession } from '../api/auth.resource.ts';

export function useHasRole(roles: readonly Role[]): boolean {
  const session = useSession();
  return session.data?.grants.some((g) => roles.includes(g.role)) ?? false;
}

/** Whether one of these roles is held at `siteId` (or study-wide). */
export function useHasRoleAt(roles: readonly Role[], siteId: string | undefined): boolean {
  const session = useSession();
  if (siteId === undefined) return false;
  return (
    session.data?.grants.some(
      (g) => roles.includes(g.role) && (g.siteId === null || g.siteId === siteId),
    ) ?? false
  );
}
