/**
 * One failure's rule in the reader's language: the rule's template (`rule-catalogue.ts`) filled
 * with the failure's `params` (and `{message}`, the server's own English words). Zod's codes pick
 * a variant by their params first: `too_small.string`, `too_small.number.exclusive`,
 * `invalid_type.missing`. In English the server's message is shown as it is (it names the values);
 * a rule the web does not know (an older server) or a template whose values did not come shows
 * the server's English message rather than a gap.
 */

import { fillTemplate } from '../../core/shared/reason.ts';
import { isRuleCode, type RuleCode } from '../../core/shared/rule-messages.ts';
import { RULE_CATALOGUE } from './rule-catalogue.ts';
import type { Locale } from './translate.ts';

export interface RuleFailure {
  rule?: string | undefined;
  message: string;
  params?: Readonly<Record<string, string | number>> | undefined;
  /** Already in the reader's language (a form's own check): shown as given. */
  localised?: boolean | undefined;
}

/** The catalogue keys to try, most specific first. */
function candidates(rule: string, p: Readonly<Record<string, string | number>>): string[] {
  const out: string[] = [];
  if (p.missing === 'true') out.push(`${rule}.missing`);
  if (typeof p.origin === 'string') {
    if (p.inclusive === 'false') out.push(`${rule}.${p.origin}.exclusive`);
    out.push(`${rule}.${p.origin}`);
  }
  out.push(rule);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

/**
 * @example ruleText('zh-CN', { rule: 'too_small', message: 'Too small…', params: { origin: 'string', minimum: 3 } })
 * // '至少需要 3 个字符'
 * @example ruleText('zh-CN', { rule: 'made-up', message: 'as the server said' }) // 'as the server said'
 */
export function ruleText(locale: Locale, f: RuleFailure): string {
  if (f.localised || !f.rule || (locale === 'en' && f.message)) return f.message;
  const params = { ...(f.params ?? {}), message: f.message };
  const key = candidates(f.rule, params).find((k): k is RuleCode => isRuleCode(k));
  if (!key) return f.message;
  const template = RULE_CATALOGUE[locale][key];
  if (!placeholders(template).every((name) => Object.hasOwn(params, name))) return f.message;
  return fillTemplate(template, params);
}
