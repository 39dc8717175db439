/**
 * One data query as shown everywhere: what it is about, its status, the thread of messages, and
 * a response form with the actions the caller passes (who may do what in which state is the
 * caller's: QueryCard for the study team, OwnReadQueries for the radiology reviewer). The
 * mutation is passed in too, since the reviewer answers through their own route.
 */
import { type FormEvent, useState } from 'react';
import type { ApiProblem } from '../../api/api-problem.ts';
import type { DataQuery, QueryAction } from '../../api/queries.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { TextAreaField } from '../../components/text-area-field.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useEntityLabel } from '../../i18n/use-entity-label.ts';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { Link } from '../../router/link.component.tsx';
import { useQueryText } from './use-query-text.ts';

/** The slice of a TanStack mutation the form needs. */
export interface QueryActMutation {
  mutate(v: { id: string; action: QueryAction; text: string }, o: { onSuccess(): void }): void;
  isPending: boolean;
  isError: boolean;
  error: ApiProblem | null;
}

export interface QueryViewProps {
  query: DataQuery;
  subjectLabel?: string | undefined;
  actions: readonly QueryAction[];
  act: QueryActMutation;
  /** Heading level of the query's title (3 in a list under an h2). */
  level?: 3 | 4;
}

export function QueryView({ query, subjectLabel, actions, act, level = 3 }: QueryViewProps) {
  const fieldMessages = useFieldMessages();
  const queryText = useQueryText();
  const entityLabel = useEntityLabel();
  const t = useT();
  const { locale } = useLocale();
  const [text, setText] = useState('');
  const [action, setAction] = useState<QueryAction | null>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!action) return;
    act.mutate({ id: query.id, action, text }, { onSuccess: () => setText('') });
  };
  const target = [query.entityType ? entityLabel(query.entityType) : null, query.field]
    .filter(Boolean)
    .join(' · ');
  // raisedBy is the user id; the raise message carries the printed name
  const raisedBy = query.messages.find((m) => m.kind === 'raise')?.author ?? query.raisedBy;
  const headingId = `query-${query.id}`;
  const Heading = level === 4 ? 'h4' : 'h3';

  return (
    <article className="query-card" aria-labelledby={headingId}>
      <header className="query-head">
        <Heading id={headingId} className="query-title">
          {queryText(query)}
        </Heading>
        <span className={`tag status-${query.status}`}>{t(`queries.status.${query.status}`)}</span>
      </header>
      <p className="query-meta">
        {query.subjectId ? (
          <Link to={`/subjects/${encodeURIComponent(query.subjectId)}`}>
            {subjectLabel ?? query.subjectId}
          </Link>
        ) : null}
        {target ? ` · ${target}` : ''} ·{' '}
        {t('queries.raisedBy', { name: raisedBy, at: formatInstant(query.raisedAt, locale) })}
        {query.origin === 'edit-check' ? ` · ${t('queries.editCheck')}` : ''}
      </p>
      {query.messages.length > 0 ? (
        <ol className="query-thread">
          {query.messages.map((m) => (
            <li key={`${m.at}-${m.kind}`}>
              <span className="query-message-meta">
                {t(
                  `queries.message.${m.kind === 'answer' || m.kind === 'close' || m.kind === 'reopen' ? m.kind : 'raise'}`,
                )}{' '}
                · {m.author} · {formatInstant(m.at, locale)}
              </span>
              <span className="query-message-text">
                {/* the edit check's own raise message is the query's text */}
                {m.kind === 'raise' && m.text === query.text ? queryText(query) : m.text}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {actions.length > 0 ? (
        <form className="query-actions" onSubmit={submit}>
          {act.isError && act.error ? (
            <ProblemMessage error={act.error} summary={t('queries.actionFailed')} />
          ) : null}
          <TextAreaField
            name="text"
            label={t('queries.responseLabel')}
            value={text}
            onChange={setText}
            required
            rows={2}
            errors={fieldMessages(act.error, 'text')}
          />
          <div className="button-row">
            {actions.map((a) => (
              <button
                key={a}
                type="submit"
                className={a === 'answer' ? 'button-primary' : 'button-secondary'}
                disabled={act.isPending}
                onClick={() => setAction(a)}
              >
                {t(`queries.action.${a}`)}
              </button>
            ))}
          </div>
        </form>
      ) : null}
    </article>
  );
}
