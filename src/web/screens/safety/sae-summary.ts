/**
 * An SAE alert's summary (`safety.summary-sae`) carries the ICH E2A seriousness criteria as the
 * stored codes (`hospitalisation, life-threatening`) and the awareness time as an ISO instant; a
 * screen says the criteria with the AE form's own labels and the time in the reader's format
 * before the template is filled.
 */
import type { Reason } from '../../../core/shared/reason.ts';

export interface SaeSummaryWords {
  criterion(code: string): string;
  separator: string;
  instant(iso: string): string;
}

/**
 * @example localiseSaeSummary(summary, { criterion: (c) => labels[c], separator: '、', instant: fmt })
 * // { code: 'safety.summary-sae', params: { …, criteria: '住院或住院时间延长、危及生命', awareAt: '2026/11/24 18:05' }, text }
 */
export function localiseSaeSummary(reason: Reason, words: SaeSummaryWords): Reason {
  if (reason.code !== 'safety.summary-sae') return reason;
  const { criteria, awareAt } = reason.params;
  return {
    ...reason,
    params: {
      ...reason.params,
      ...(typeof criteria === 'string' && criteria !== ''
        ? { criteria: criteria.split(', ').map(words.criterion).join(words.separator) }
        : {}),
      // 'null' is what the engine writes when no awareness time was recorded
      ...(typeof awareAt === 'string' && awareAt !== 'null'
        ? { awareAt: words.instant(awareAt) }
        : {}),
    },
  };
}
