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
import { type TermPrefixes, withNamedTerms } from '../../i18n/named-terms.ts';
import { useExplain } from '../../i18n/use-explain.ts';

/** Which params name a term of the screening screen, and the prefix of its message keys. */
export const FINDING_TERMS: TermPrefixes = {
  classification: 'screening.class.',
  origin: 'screening.origin.',
  sample: 'screening.sample.',
};

export function useExplainFinding(): (r: Reason) => string {
  const explain = useExplain();
  const t = useT() as (key: MessageKey) => string;
  const { locale } = useLocale();
  return useCallback(
    (r: Reason) => explain(locale === 'en' ? r : withNamedTerms(r, FINDING_TERMS, t)),
    [explain, t, locale],
  );
}
