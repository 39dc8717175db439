/** Resolves the session cookie on every request and checks the CSRF synchroniser token. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../core/shared/domain-error.ts';
import { resolveSession } from '../../store/accounts/session-repository.ts';
import type { Store } from '../../store/open-store.ts';
import type { Authenticator } from '../build-app.ts';
import type { AuthContext } from './auth-context.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionAuthenticator(store: Store): Authenticator {
  return {
    async authenticate(req: FastifyRequest): Promise<AuthContext | null> {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (!token) return null;
      const s = await resolveSession(store, token);
      if (!s) return null;
      return {
        userId: s.userId,
        username: s.username,
        displayName: s.displayName,
        sessionId: s.sessionId,
        csrfToken: s.csrfToken,
        grants: s.grants,
      };
    },
    checkCsrf(req: FastifyRequest, auth: AuthContext): void {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, auth.csrfToken)) {
        throw new DomainError({
          kind: 'forbidden',
          rule: 'csrf-token',
          message: 'missing or wrong x-csrf-token header (cross-site request protection)',
        });
      }
    },
  };
}
