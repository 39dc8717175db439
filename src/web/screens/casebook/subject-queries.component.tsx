/** The subject's data queries, and raising a new one (data manager, monitor). */
import { type FormEvent, useState } from 'react';
import { useQueries, useRaiseQuery } from '../../api/queries.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { TextAreaField } from '../../components/text-area-field.component.tsx';
import { TextField } from '../../components/text-field.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { QueryCard } from '../queries/query-card.component.tsx';

export function SubjectQueries({ subjectId, label }: { subjectId: string; label: string }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const queries = useQueries({ subjectId });
  const canRaise = useHasRole(['data-manager', 'monitor']);
  const raise = useRaiseQuery();
  const [text, setText] = useState('');
  const [field, setField] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    raise.mutate(
      { subjectId, text, ...(field.trim() ? { field: field.trim() } : {}) },
      {
        onSuccess: () => {
          setText('');
          setField('');
        },
      },
    );
  };

  return (
    <Section id="subject-queries" title={t('casebook.queries')} className="panel-wide">
      {queries.isPending ? <LoadingIndicator /> : null}
      {queries.isError ? <ProblemMessage error={queries.error} /> : null}
      {queries.data?.length === 0 ? <p className="muted">{t('casebook.noQueries')}</p> : null}
      <div className="query-list">
        {queries.data?.map((q) => (
          <QueryCard key={q.id} query={q} subjectLabel={label} />
        ))}
      </div>
      {canRaise ? (
        <form className="query-actions raise-form" onSubmit={submit}>
          <h3>{t('casebook.raiseTitle')}</h3>
          {raise.isError ? (
            <ProblemMessage error={raise.error} summary={t('casebook.raiseFailed')} />
          ) : null}
          <TextField
            name="field"
            label={t('casebook.queryField')}
            value={field}
            onChange={setField}
            errors={fieldMessages(raise.error, 'field')}
          />
          <TextAreaField
            name="text"
            label={t('casebook.queryText')}
            value={text}
            onChange={setText}
            required
            errors={fieldMessages(raise.error, 'text')}
          />
          <button type="submit" className="button-primary" disabled={raise.isPending}>
            {t('casebook.raise')}
          </button>
        </form>
      ) : null}
    </Section>
  );
}
