/** Choosing a password with a one-time activation or reset token (POST /api/auth/set-password). */
import { useMutation } from '@tanstack/react-query';
import { http } from './http-client.ts';

export function useSetPassword() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      http.request<void>('POST', '/api/auth/set-password', { body: input }),
  });
}
