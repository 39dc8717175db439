/**
 * Sessions: sign in, sign out, and who is signed in (GET /api/auth/me, 401 when nobody is).
 * Sign-in answers with the CSRF token, which the HTTP client then sends on every write.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../core/access/roles.ts';
import { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
}

export interface RoleGrant {
  role: Role;
  /** null: held study-wide (all sites). */
  siteId: string | null;
}

export interface Session {
  user: SessionUser;
  grants: RoleGrant[];
  csrfToken: string;
}

export interface Credentials {
  username: string;
  password: string;
}

export const sessionQueryKey = ['auth', 'session'] as const;

/** The current session, or null when signed out. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const s = await http.request<Session>('GET', '/api/auth/me', signal ? { signal } : {});
    http.rememberCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiProblem && e.status === 401) return null;
    throw e;
  }
}

export async function login(credentials: Credentials): Promise<Session> {
  const s = await http.request<Session>('POST', '/api/auth/login', { body: credentials });
  http.rememberCsrfToken(s.csrfToken);
  return s;
}

export async function logout(): Promise<void> {
  try {
    await http.request<void>('POST', '/api/auth/logout');
  } finally {
    http.rememberCsrfToken(null);
  }
}

/** Who is signed in; `data` is null when nobody is. Never retried: a 401 is an answer. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 60_000,
    retry: false,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation<Session, ApiProblem, Credentials>({
    mutationFn: login,
    onSuccess: (session) => client.setQueryData(sessionQueryKey, session),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation<void, ApiProblem>({
    mutationFn: logout,
    onSettled: () => {
      client.setQueryData(sessionQueryKey, null);
      // data cached for the previous user must not be shown to the next one
      client.removeQueries({
        predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'study',
      });
    },
  });
}
