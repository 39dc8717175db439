/**
 * An SAE alert's summary (`safety.summary-sae`) carries the ICH E2A seriousness criteria as the
 * stored codes (`hospitalisation, life-threatening`) and the awareness time as an ISO instant; a
 * screen names the criteria with the AE form's own labels (`withNamedTerms`) and says the time in
 * the reader's format before the template is filled.
 */
import type { Reason } from '../../../core/shared/reason.ts';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { type TermPrefixes, withNamedTerms } from '../../i18n/named-terms.ts';

/** The criteria are named by the AE form's labels (`safetyScreen.serious.<criterion>`). */
export const SAE_SUMMARY_TERMS: TermPrefixes = { criteria: 'safetyScreen.serious.' };

export interface SaeSummaryWords {
  name(key: MessageKey): string;
  separator: string;
  instant(iso: string): string;
}

/**
 * @example localiseSaeSummary(summary, { name: (k) => t(k), separator: '、', instant: fmt })
 * // { code: 'safety.summary-sae', params: { …, criteria: '导致住院或住院时间延长、危及生命', awareAt: '2026/11/24 18:05' }, text }
 */
export function localiseSaeSummary(reason: Reason, words: SaeSummaryWords): Reason {
  if (reason.code !== 'safety.summary-sae') return reason;
  const named = withNamedTerms(reason, SAE_SUMMARY_TERMS, words.name, words.separator);
  const { awareAt } = named.params;
  // 'null' is what the engine writes when no awareness time was recorded
  return typeof awareAt === 'string' && awareAt !== 'null'
    ? { ...named, params: { ...named.params, awareAt: words.instant(awareAt) } }
    : named;
}
