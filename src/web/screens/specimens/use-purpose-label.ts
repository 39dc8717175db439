/**
 * The words for a use's purpose in the reader's language: the purposes a user may choose
 * (core/specimens/specimen-use-purposes.ts) and `aliquoting`, which the server records when
 * aliquots are taken; anything else as stored.
 */
import { useCallback } from 'react';
import { useT } from '../../i18n/i18n.context.tsx';

const KEYS = {
  'genetic-testing': 'uses.purpose.genetic-testing',
  'protocol-test': 'uses.purpose.protocol-test',
  research: 'uses.purpose.research',
  'quality-control': 'uses.purpose.quality-control',
  other: 'uses.purpose.other',
  aliquoting: 'uses.purpose.aliquoting',
} as const;

export function usePurposeLabel(): (purpose: string) => string {
  const t = useT();
  return useCallback((p: string) => (p in KEYS ? t(KEYS[p as keyof typeof KEYS]) : p), [t]);
}
