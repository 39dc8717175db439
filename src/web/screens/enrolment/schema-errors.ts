/**
 * Client-side validation with the server's own zod schemas (core/subjects/screening-input.schema.ts):
 * the issues of a failed parse by field, to show beside each input before anything is sent. The
 * server checks again; its field errors (RFC 9457 `errors`) are shown the same way.
 */
import type { z } from 'zod';
import { ApiProblem, fieldMessages } from '../../api/api-problem.ts';

export type FieldErrors = Record<string, string[]>;

/**
 * The parsed value, or the messages by top-level field name.
 * @example validate(consentInputSchema, { kind: 'main', version: '', signedDate: 'x' }).errors.version
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return { ok: false, errors };
}

/** The client's messages for a field, else the server's answer for it. */
export function messagesFor(client: FieldErrors, serverError: unknown, field: string): string[] {
  return client[field] ?? fieldMessages(serverError, field);
}

/** True when the server named the fields at fault (shown beside them, not as a banner). */
export function isFieldProblem(error: unknown): boolean {
  return error instanceof ApiProblem && error.errors.length > 0;
}
