/**
 * Who is calling, resolved from the session on every request (so a revoked role takes effect on
 * the next request), and which sites each of their roles covers.
 */
import type { Role } from '../../core/access/roles.ts';

export interface RoleGrant {
  role: Role;
  /** null: the role is held study-wide (all sites). */
  siteId: string | null;
}

export interface AuthContext {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  /** Synchroniser token the client echoes in `x-csrf-token` on state-changing requests. */
  csrfToken: string;
  grants: RoleGrant[];
}

/** Sites at which the user holds any of `roles`: 'all' when one is study-wide. */
export function sitesFor(auth: AuthContext, roles: readonly Role[]): 'all' | string[] {
  const sites = new Set<string>();
  for (const g of auth.grants) {
    if (!roles.includes(g.role)) continue;
    if (g.siteId === null) return 'all';
    sites.add(g.siteId);
  }
  return [...sites];
}

export function holdsAny(auth: AuthContext, roles: readonly Role[]): boolean {
  return auth.grants.some((g) => roles.includes(g.role));
}

/** True when the user may act on data of `siteId` with one of `roles`. */
export function coversSite(auth: AuthContext, roles: readonly Role[], siteId: string): boolean {
  const s = sitesFor(auth, roles);
  return s === 'all' || s.includes(siteId);
}
