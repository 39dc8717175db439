/**
 * Data queries at my sites, newest last, filtered by status; each with its thread and the
 * action the user's roles allow (answer; close; re-open).
 */
import { useState } from 'react';
import { type QueryStatus, useQueries } from '../../api/queries.resource.ts';
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { SelectField } from '../../components/select-field.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { QueryCard } from './query-card.component.tsx';
import './queries.css';

type StatusFilter = QueryStatus | 'all';

export function QueriesScreen() {
  const t = useT();
  useDocumentTitle(t('queries.title'));
  const [status, setStatus] = useState<StatusFilter>('open');
  const queries = useQueries({ status: status === 'all' ? undefined : status });
  const subjects = useSubjects({});
  const labels = new Map((subjects.data ?? []).map((s) => [s.id, subjectLabel(s)]));

  return (
    <div className="queries">
      <header className="page-header">
        <h1>{t('queries.title')}</h1>
        <p className="subtitle">{t('queries.intro')}</p>
      </header>
      <div className="filters">
        <SelectField<StatusFilter>
          label={t('queries.filterStatus')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'open', label: t('queries.status.open') },
            { value: 'answered', label: t('queries.status.answered') },
            { value: 'closed', label: t('queries.status.closed') },
            { value: 'all', label: t('queries.all') },
          ]}
        />
      </div>
      {queries.isPending ? <LoadingIndicator /> : null}
      {queries.isError ? (
        <ProblemMessage
          error={queries.error}
          summary={t('queries.loadError')}
          onRetry={() => queries.refetch()}
        />
      ) : null}
      {queries.data?.length === 0 ? <p className="muted">{t('queries.none')}</p> : null}
      <div className="query-list">
        {queries.data?.map((q) => (
          <QueryCard
            key={q.id}
            query={q}
            subjectLabel={q.subjectId ? labels.get(q.subjectId) : undefined}
          />
        ))}
      </div>
    </div>
  );
}
