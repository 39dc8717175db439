/**
 * Whether the signed-in user holds any of these roles (at any site): decides which actions a
 * screen offers. The server checks the role at the record's site on every request.
 */
import type { Role } from '../../core/access/roles.ts';
import { useSession } from '../api/auth.resource.ts';

export function useHasRole(roles: readonly Role[]): boolean {
  const session = useSession();
  return session.data?.grants.some((g) => roles.includes(g.role)) ?? false;
}
