/**
 * Client-side validation with the server's own zod schemas (core/subjects/screening-input.schema.ts):
 * the issues of a failed parse by field, to show beside each input before anything is sent. The
 * server checks again; its field errors (RFC 9457 `errors`) are shown the same way. Both are said
 * in the reader's language by rule (`i18n/rule-text.ts`); `use-schema-errors.ts` binds the locale.
 */
import type { z } from 'zod';
import { zodIssueParams, zodIssueRule } from '../../../core/shared/zod-issue-params.ts';
import { ApiProblem } from '../../api/api-problem.ts';
import { problemFieldMessages } from '../../i18n/problem-text.ts';
import { ruleText } from '../../i18n/rule-text.ts';
import type { Locale } from '../../i18n/translate.ts';

export type FieldErrors = Record<string, string[]>;

/**
 * The parsed value, or the messages by top-level field name.
 * @example validate(consentInputSchema, { kind: 'main', version: '', signedDate: 'x' }, 'en').errors.version
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): { ok: true; value: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? '');
    const said = ruleText(locale, {
      rule: zodIssueRule(issue),
      message: issue.message,
      params: zodIssueParams(issue),
    });
    errors[key] = [...(errors[key] ?? []), said];
  }
  return { ok: false, errors };
}

/** The client's messages for a field, else the server's answer for it. */
export function messagesFor(
  client: FieldErrors,
  serverError: unknown,
  field: string,
  locale: Locale,
): string[] {
  if (client[field]) return client[field];
  return serverError instanceof ApiProblem ? problemFieldMessages(locale, serverError, field) : [];
}

/** True when the server named the fields at fault (shown beside them, not as a banner). */
export function isFieldProblem(error: unknown): boolean {
  return error instanceof ApiProblem && error.errors.length > 0;
}
