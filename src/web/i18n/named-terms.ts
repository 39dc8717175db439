/**
 * Reason params whose values are codes the app already names (an ACMG/AMP class, a sample, an
 * ICH E2A seriousness criterion): before such a reason is said, each of these params is named by
 * the catalogue message `prefix + code`; a list value (`a, b`, as the engines join codes) item by
 * item, joined with `separator`. A code the catalogue lacks stays as it is.
 */
import type { Reason } from '../../core/shared/reason.ts';
import { en, type MessageKey } from './messages.en.ts';

/** Param name → the prefix of the message keys that name its codes. */
export type TermPrefixes = Readonly<Record<string, string>>;

const isKey = (k: string): k is MessageKey => Object.hasOwn(en, k);

/**
 * @example withNamedTerms(r, { origin: 'screening.origin.' }, (k) => translate('zh-CN', k)).params.origin // '胚系'
 */
export function withNamedTerms(
  r: Reason,
  terms: TermPrefixes,
  name: (key: MessageKey) => string,
  separator = ', ',
): Reason {
  let params: Record<string, string | number> | null = null;
  for (const [param, prefix] of Object.entries(terms)) {
    const v = r.params[param];
    if (typeof v !== 'string' || v === '') continue;
    const codes = v.split(', ');
    const keys = codes.map((c) => `${prefix}${c}`);
    if (!keys.some(isKey)) continue;
    params ??= { ...r.params };
    params[param] = keys.map((k, i) => (isKey(k) ? name(k) : codes[i])).join(separator);
  }
  return params ? { ...r, params } : r;
}
