/**
 * The values of a zod issue a translated message needs (`minimum`, `maximum`, `expected`,
 * `values`, `format`, …) as flat {@link RuleParams}, so the web can say "at least 3 characters" in
 * the reader's language from the code alone (`rule-messages.zod.ts` holds the English templates).
 * A refinement may name its own rule with `params: { rule: '…' }` (see `iso-date.schema.ts`).
 */
import type { z } from 'zod';
import type { RuleParams } from './domain-error.ts';

function shown(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') return v.description ?? String(v);
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

/**
 * @example zodIssueParams({ code: 'too_small', origin: 'string', minimum: 3, inclusive: true, … })
 * // { origin: 'string', minimum: 3, inclusive: 'true' }
 */
export function zodIssueParams(issue: z.core.$ZodIssue): RuleParams {
  const p: Record<string, string | number> = {};
  const i = issue as unknown as Record<string, unknown>;
  for (const k of ['origin', 'expected', 'format', 'divisor'] as const) {
    if (i[k] !== undefined) p[k] = typeof i[k] === 'number' ? i[k] : shown(i[k]);
  }
  for (const k of ['minimum', 'maximum'] as const) {
    const v = i[k];
    if (typeof v === 'number') p[k] = v;
    else if (typeof v === 'bigint') p[k] = v.toString();
  }
  if (typeof i.inclusive === 'boolean') p.inclusive = String(i.inclusive);
  if (Array.isArray(i.values)) p.values = i.values.map(shown).join(', ');
  if (Array.isArray(i.keys)) p.keys = i.keys.map(shown).join(', ');
  // zod 4 does not keep the input on an issue; its message says when the field was absent
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    p.missing = 'true';
  return p;
}

/** The rule a refinement names with `params: { rule }`, else zod's issue code. */
export function zodIssueRule(issue: z.core.$ZodIssue): string {
  const named = issue.code === 'custom' ? issue.params?.rule : undefined;
  return typeof named === 'string' ? named : issue.code;
}
