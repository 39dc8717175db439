/** The `explain()` of the current language, for engine reasons (core `Reason`). */
import { useCallback } from 'react';
import type { Reason } from '../../core/shared/reason.ts';
import { useLocale } from './i18n.context.tsx';
import { explain } from './reason-catalogue.ts';

export function useExplain(): (reason: Reason) => string {
  const { locale } = useLocale();
  return useCallback((reason: Reason) => explain(locale, reason), [locale]);
}
