/**
 * Site isolation for one subject's data: the subject's site must be one the caller holds a role
 * of this route at. Another site's subject is answered as not found, so its existence is not
 * disclosed.
 */
import type { Role } from '../../core/access/roles.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { siteOfSubject } from '../../store/integrity/subject-site.ts';
import type { Store } from '../../store/open-store.ts';
import { type AuthContext, coversSite } from './auth-context.ts';

export async function subjectSiteFor(
  store: Store,
  auth: AuthContext | null,
  roles: readonly Role[],
  subjectId: string,
): Promise<string> {
  const siteId = await siteOfSubject(store.db, subjectId);
  if (!auth || !coversSite(auth, roles, siteId))
    throw new DomainError({ kind: 'not-found', entity: 'subject', id: subjectId });
  return siteId;
}

export function requireAuth(auth: AuthContext | null): AuthContext {
  if (!auth) throw new DomainError({ kind: 'unauthenticated', message: 'sign in first' });
  return auth;
}
