/**
 * Shows an API failure: the problem's title and detail in the reader's language (by problem type
 * and rule, `i18n/problem-text.ts`; the server's English when the web does not know the rule), or
 * a plain network message, with a retry button when the caller can retry. Announced to screen
 * readers (role=alert).
 */
import { ApiProblem } from '../api/api-problem.ts';
import { useT } from '../i18n/i18n.context.tsx';
import { useProblemText } from '../i18n/use-problem-text.ts';

export interface ProblemMessageProps {
  error: unknown;
  /** A sentence saying what failed, in the current language. */
  summary?: string;
  onRetry?: () => void;
}

export function ProblemMessage({ error, summary, onRetry }: ProblemMessageProps) {
  const t = useT();
  const text = useProblemText();
  const problem = error instanceof ApiProblem ? error : null;
  const detail = problem?.isNetworkError
    ? t('app.networkError')
    : problem
      ? text.detail(problem)
      : error instanceof Error
        ? error.message
        : String(error);
  const title = problem && !problem.isNetworkError ? text.title(problem) : null;
  return (
    <div className="problem" role="alert" data-rule={problem?.rule}>
      <p className="problem-title">{summary ?? title ?? t('app.errorTitle')}</p>
      {detail ? <p className="problem-detail">{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
