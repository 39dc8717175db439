/**
 * A data query's text in the reader's language: an edit check's query is said from its rule and
 * values (`web/i18n/rule-text.ts`); a person's query, or an edit check's whose values were not
 * kept (raised before migration 0010), is shown in the words it was raised with.
 */
import { useCallback } from 'react';
import type { DataQuery } from '../../api/queries.resource.ts';
import { useLocale } from '../../i18n/i18n.context.tsx';
import { ruleText } from '../../i18n/rule-text.ts';

type QueryWords = Pick<DataQuery, 'origin' | 'rule' | 'text' | 'params'>;

export function useQueryText(): (query: QueryWords) => string {
  const { locale } = useLocale();
  return useCallback(
    (q: QueryWords) =>
      q.origin === 'edit-check' && q.rule
        ? ruleText(locale, { rule: q.rule, message: q.text, params: q.params ?? undefined })
        : q.text,
    [locale],
  );
}
