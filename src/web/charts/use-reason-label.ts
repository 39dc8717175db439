/**
 * Screen-failure and discontinuation reason codes in the current language; a reason the
 * catalogue does not know (free text from the site) is shown as given.
 */
import { useCallback } from 'react';
import { useT } from '../i18n/i18n.context.tsx';
import type { PlainMessageKey } from '../i18n/translate.ts';

const KNOWN: Record<string, PlainMessageKey> = {
  'no-pathogenic-men1-variant': 'reason.no-pathogenic-men1-variant',
  'alt-above-2x-uln': 'reason.alt-above-2x-uln',
  'no-measurable-disease': 'reason.no-measurable-disease',
  'consent-withdrawn': 'reason.consent-withdrawn',
  progression: 'reason.progression',
  toxicity: 'reason.toxicity',
  withdrawal: 'reason.withdrawal',
  death: 'reason.death',
};

export function useReasonLabel(): (code: string) => string {
  const t = useT();
  return useCallback(
    (code: string) => {
      const key = Object.hasOwn(KNOWN, code) ? KNOWN[code] : undefined;
      return key ? t(key) : code;
    },
    [t],
  );
}
