/** RECIST response codes in the current language ("PR" → "Partial response (PR)"). */
import { useCallback } from 'react';
import type { BorResponse } from '../../core/recist/response-codes.ts';
import { useT } from '../i18n/i18n.context.tsx';

export function useResponseLabel(): (r: BorResponse) => string {
  const t = useT();
  return useCallback(
    (r: BorResponse) => {
      switch (r) {
        case 'CR':
          return t('response.CR');
        case 'PR':
          return t('response.PR');
        case 'SD':
          return t('response.SD');
        case 'NON-CR/NON-PD':
          return t('response.NONCRNONPD');
        case 'PD':
          return t('response.PD');
        case 'NE':
          return t('response.NE');
        case 'MISSING':
          return t('response.MISSING');
        default: {
          const never: never = r;
          return never;
        }
      }
    },
    [t],
  );
}
