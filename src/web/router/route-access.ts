/**
 * Who may see a screen: the web mirror of the server's declared route access. It only decides
 * what to show; the server checks every request again (a hidden link is not a permission).
 */
import type { Role } from '../../core/access/roles.ts';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: readonly Role[] };

/** The part of a session that access depends on. */
export interface Viewer {
  grants: readonly { role: Role; siteId: string | null }[];
}

export type AccessOutcome = 'allowed' | 'sign-in-required' | 'forbidden';

/**
 * @example accessOutcome({ kind: 'roles', roles: ['monitor'] }, null) // 'sign-in-required'
 */
export function accessOutcome(access: RouteAccess, viewer: Viewer | null): AccessOutcome {
  switch (access.kind) {
    case 'public':
      return 'allowed';
    case 'signed-in':
      return viewer ? 'allowed' : 'sign-in-required';
    case 'roles':
      if (!viewer) return 'sign-in-required';
      return viewer.grants.some((g) => access.roles.includes(g.role)) ? 'allowed' : 'forbidden';
    default: {
      const never: never = access;
      return never;
    }
  }
}
