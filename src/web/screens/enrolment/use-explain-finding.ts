/**
 * `useExplain()` for eligibility findings: a MEN1 variant finding carries the ACMG/AMP class,
 * the variant origin and the sample as the schema's codes (`likely-pathogenic`, `germline`,
 * `blood`); outside English they are named by the screening screen's own words first, so the
 * line reads in one language.
 */
import { useCallback } from 'react';
import type { Reason } from '../../../core/shared/reason.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { en } from '../../i18n/messages.en.ts';
import { useExplain } from '../../i18n/use-explain.ts';

/** Which params name a term of the screening screen, and the prefix of its message keys. */
const TERMS: Readonly<Record<string, string>> = {
  classification: 'screening.class.',
  origin: 'screening.origin.',
  sample: 'screening.sample.',
};

const isKey = (k: string): k is MessageKey => Object.hasOwn(en, k);

/**
 * The reason with its term params named by `name` (unknown values stay as they are).
 * @example withNamedTerms(r, (k) => translate('zh-CN', k)).params.origin // '胚系'
 */
export function withNamedTerms(r: Reason, name: (key: MessageKey) => string): Reason {
  let params: Record<string, string | number> | null = null;
  for (const [param, prefix] of Object.entries(TERMS)) {
    const v = r.params[param];
    const key = `${prefix}${v}`;
    if (typeof v === 'string' && isKey(key)) {
      params ??= { ...r.params };
      params[param] = name(key);
    }
  }
  return params ? { ...r, params } : r;
}

export function useExplainFinding(): (r: Reason) => string {
  const explain = useExplain();
  const t = useT() as (key: MessageKey) => string;
  const { locale } = useLocale();
  return useCallback(
    (r: Reason) => explain(locale === 'en' ? r : withNamedTerms(r, t)),
    [explain, t, locale],
  );
}
