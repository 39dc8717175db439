/**
 * Shows an API failure: the problem's title and detail (or a plain network message), with a
 * retry button when the caller can retry. Announced to screen readers (role=alert).
 */
import { ApiProblem } from '../api/api-problem.ts';
import { useT } from '../i18n/i18n.context.tsx';

export interface ProblemMessageProps {
  error: unknown;
  /** A sentence saying what failed, in the current language. */
  summary?: string;
  onRetry?: () => void;
}

export function ProblemMessage({ error, summary, onRetry }: ProblemMessageProps) {
  const t = useT();
  const problem = error instanceof ApiProblem ? error : null;
  const detail = problem?.isNetworkError
    ? t('app.networkError')
    : (problem?.detail ?? (error instanceof Error ? error.message : String(error)));
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{summary ?? problem?.title ?? t('app.errorTitle')}</p>
      {detail ? <p className="problem-detail">{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
