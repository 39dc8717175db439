/** A record's entity type in the reader's language (`entity-label.ts`). */
import { useCallback } from 'react';
import { entityLabel } from './entity-label.ts';
import { useLocale } from './i18n.context.tsx';

export function useEntityLabel(): (entityType: string) => string {
  const { locale } = useLocale();
  return useCallback((entityType: string) => entityLabel(locale, entityType), [locale]);
}
