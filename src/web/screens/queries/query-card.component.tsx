/**
 * One data query: what it is about, its status, the thread of messages, and the action the
 * user's roles allow in its state — the site answers an open query; the data manager or monitor
 * closes an open or answered one, or re-opens it (query-repository.ts TRANSITIONS).
 */
import { type FormEvent, useState } from 'react';
import { fieldMessages } from '../../api/api-problem.ts';
import { type DataQuery, type QueryAction, useQueryAction } from '../../api/queries.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { TextAreaField } from '../../components/text-area-field.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';

export function QueryCard({ query, subjectLabel }: { query: DataQuery; subjectLabel?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const site = useHasRole(['coordinator', 'investigator']);
  const reviewer = useHasRole(['data-manager', 'monitor']);
  const act = useQueryAction();
  const [text, setText] = useState('');
  const actions: QueryAction[] = [
    ...(site && query.status === 'open' ? (['answer'] as const) : []),
    ...(reviewer && query.status !== 'closed' ? (['close'] as const) : []),
    ...(reviewer && query.status !== 'open' ? (['reopen'] as const) : []),
  ];
  const [action, setAction] = useState<QueryAction | null>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!action) return;
    act.mutate({ id: query.id, action, text }, { onSuccess: () => setText('') });
  };
  const target = [query.entityType, query.field].filter(Boolean).join(' · ');
  // raisedBy is the user id; the raise message carries the printed name
  const raisedBy = query.messages.find((m) => m.kind === 'raise')?.author ?? query.raisedBy;
  const headingId = `query-${query.id}`;

  return (
    <article className="query-card" aria-labelledby={headingId}>
      <header className="query-head">
        <h3 id={headingId} className="query-title">
          {query.text}
        </h3>
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
              <span className="query-message-text">{m.text}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {actions.length > 0 ? (
        <form className="query-actions" onSubmit={submit}>
          {act.isError ? (
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
