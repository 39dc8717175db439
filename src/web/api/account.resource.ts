/**
 * The signed-in user's own account: open sessions and password change (the auth API's
 * /api/auth/sessions and /api/auth/password). Changing the password ends every other session.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

/** One open session, as the server lists it (ISO instants, server UTC). */
export interface OpenSession {
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export const sessionsQueryKey = ['account', 'sessions'] as const;

export function getOpenSessions(signal?: AbortSignal): Promise<OpenSession[]> {
  return http.request<OpenSession[]>('GET', '/api/auth/sessions', signal ? { signal } : {});
}

export function changePassword(change: PasswordChange): Promise<void> {
  return http.request<void>('POST', '/api/auth/password', { body: change });
}

export function useOpenSessions() {
  return useQuery({
    queryKey: sessionsQueryKey,
    queryFn: ({ signal }) => getOpenSessions(signal),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation<void, ApiProblem, PasswordChange>({
    mutationFn: changePassword,
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
