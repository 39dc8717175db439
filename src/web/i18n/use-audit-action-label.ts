/** An audit-trail action in the reader's language; an action the catalogue lacks is shown as recorded. */
import { useCallback } from 'react';
import { useT } from './i18n.context.tsx';
import { auditActionsEn } from './messages.audit-actions.en.ts';

type ActionKey = keyof typeof auditActionsEn;

export function useAuditActionLabel(): (action: string) => string {
  const t = useT();
  return useCallback(
    (action: string) => {
      const key = `audit.action.${action}`;
      return Object.hasOwn(auditActionsEn, key) ? t(key as ActionKey) : action;
    },
    [t],
  );
}
