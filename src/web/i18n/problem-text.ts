/**
 * An API problem in the reader's language: its title by problem type, its detail by rule (or by
 * type for problems without one), and the messages of one field. The server's English stays the
 * fallback for anything the web does not know.
 */
import type { ApiProblem } from '../api/api-problem.ts';
import { CLIENT_CHECK_TYPE } from '../api/client-check.ts';
import { entityLabel } from './entity-label.ts';
import { ruleText } from './rule-text.ts';
import { type Locale, translate } from './translate.ts';

const BASE = 'https://oncotrial.dev/problems/';
const TITLED = [
  'invalid-input',
  'not-found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'locked',
  'rate-limited',
  'internal',
  'no-such-route',
  'bad-request',
] as const;
const DETAILED = ['unauthenticated', 'rate-limited', 'internal'] as const;

type Slug = (typeof TITLED)[number] | 'client-check';

function slugOf(type: string): Slug | null {
  if (type === CLIENT_CHECK_TYPE) return 'client-check';
  const s = type.startsWith(BASE) ? type.slice(BASE.length) : '';
  return (TITLED as readonly string[]).includes(s) ? (s as Slug) : null;
}

/** @example problemTitle('zh-CN', conflictProblem) // '与当前状态冲突' */
export function problemTitle(locale: Locale, p: ApiProblem): string {
  const slug = slugOf(p.type);
  return slug ? translate(locale, `problem.title.${slug}`) : p.title;
}

/** The messages for the input at `path` (with or without the `body.` prefix). */
export function problemFieldMessages(locale: Locale, p: ApiProblem, path: string): string[] {
  return p.fieldErrors(path).map((e) => ruleText(locale, e));
}

/**
 * What went wrong: each field's rule for invalid input, the refusal's rule otherwise.
 * @example problemDetail('zh-CN', lockedProblem) // '此记录已锁定；请先填写原因解锁后再修改'
 */
export function problemDetail(locale: Locale, p: ApiProblem): string {
  if (locale === 'en') return p.detail;
  if (p.errors.length)
    return p.errors.map((e) => `${e.path || '(body)'}: ${ruleText(locale, e)}`).join('；');
  if (p.rule) return ruleText(locale, { rule: p.rule, message: p.detail, params: p.params });
  const slug = slugOf(p.type);
  if (slug === 'not-found' && typeof p.params.entity === 'string')
    return translate(locale, 'problem.detail.not-found', {
      entity: entityLabel(locale, p.params.entity),
      id: String(p.params.id ?? ''),
    });
  if (slug && (DETAILED as readonly string[]).includes(slug))
    return translate(locale, `problem.detail.${slug as (typeof DETAILED)[number]}`);
  return p.detail;
}
