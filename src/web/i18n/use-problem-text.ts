/**
 * The problem texts of the current language (`problem-text.ts`): a screen's field errors and its
 * problem title and detail, translated by rule.
 */
import { useMemo } from 'react';
import { ApiProblem } from '../api/api-problem.ts';
import { useLocale } from './i18n.context.tsx';
import { problemDetail, problemFieldMessages, problemTitle } from './problem-text.ts';

export interface ProblemText {
  /**
   * The messages for one input out of any error (none unless it is an ApiProblem naming the field).
   * @example fieldMessages(login.error, 'username') // ['必填']
   */
  fieldMessages(error: unknown, path: string): string[];
  title(problem: ApiProblem): string;
  detail(problem: ApiProblem): string;
}

export function useProblemText(): ProblemText {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      fieldMessages: (error, path) =>
        error instanceof ApiProblem ? problemFieldMessages(locale, error, path) : [],
      title: (p) => problemTitle(locale, p),
      detail: (p) => problemDetail(locale, p),
    }),
    [locale],
  );
}

/** Just the field messages of the current language, for forms. */
export function useFieldMessages(): ProblemText['fieldMessages'] {
  return useProblemText().fieldMessages;
}
