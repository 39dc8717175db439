/**
 * Whether the signed-in user holds any of these roles (at any site): decides which actions the
 * Safety and Specimens screens offer. The server checks the role at the record's site again.
 */
import type { Role } from '../../../core/access/roles.ts';
import { useSession } from '../../api/auth.resource.ts';

/** src/server/routes/safety-access.ts SAFETY_WRITERS. */
export const SAFETY_WRITERS = ['coordinator', 'investigator'] as const satisfies readonly Role[];
/** src/server/routes/safety-access.ts ALERT_ACKNOWLEDGERS. */
export const ALERT_ACKNOWLEDGERS = ['investigator'] as const satisfies readonly Role[];
/** src/server/routes/specimen-access.ts SITE_HANDLERS and BIOBANK. */
export const SITE_HANDLERS = ['coordinator', 'investigator'] as const satisfies readonly Role[];
export const BIOBANK = ['biobank-technician'] as const satisfies readonly Role[];

export function useAnyRole(roles: readonly Role[]): boolean {
  const session = useSession();
  return session.data?.grants.some((g) => roles.includes(g.role)) ?? false;
}
