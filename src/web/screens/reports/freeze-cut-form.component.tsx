/**
 * Freezing a data cut (statistician): a name and a cut-off date. The server refuses a malformed
 * name or date (400, field named), a cut-off after today (400, rule `not-in-future`) and a
 * name already taken (409, rule `data-cut-name-unique`); each is shown under its field in the
 * current language. POST /api/data-cuts asks no password re-entry: a cut is a snapshot, not a
 * signature (21 CFR 11.200 applies to signing; the cut is audited with its author).
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api/api-problem.ts';
import { useCreateDataCut } from '../../api/reports.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { InputField } from '../safety/form-field.component.tsx';

/** Today as the server counts it (UTC calendar date): the latest cut-off it accepts. */
const utcToday = () => new Date().toISOString().slice(0, 10);

export function FreezeCutForm() {
  const t = useT();
  const freeze = useCreateDataCut();
  const [name, setName] = useState('');
  const [cutoffDate, setCutoffDate] = useState(utcToday);
  const today = utcToday();
  const error = freeze.error;
  const problem = error instanceof ApiProblem ? error : null;
  const duplicate = problem?.status === 409 && problem.rule === 'data-cut-name-unique';
  const nameErrors = [
    ...(problem?.fieldErrors('name').length ? [t('reports.freeze.nameRule')] : []),
    ...(duplicate ? [t('reports.freeze.duplicate', { name: freeze.variables?.name ?? name })] : []),
  ];
  const dateErrors = (problem?.fieldErrors('cutoffDate') ?? []).map((e) =>
    e.rule === 'not-in-future'
      ? t('reports.freeze.future', { today })
      : t('reports.freeze.dateRule'),
  );
  const shownElsewhere = nameErrors.length > 0 || dateErrors.length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    freeze.mutate(
      { name: name.trim(), cutoffDate },
      {
        onSuccess: () => setName(''),
      },
    );
  };

  return (
    <Section id="freeze" title={t('reports.freeze.title')} className="panel-wide">
      <p className="muted">{t('reports.freeze.intro')}</p>
      <form className="entry-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <InputField
            label={t('reports.freeze.name')}
            name="name"
            value={name}
            onChange={setName}
            required
            hint={t('reports.freeze.nameHint')}
            errors={nameErrors}
          />
          <InputField
            label={t('reports.freeze.cutoff')}
            name="cutoffDate"
            type="date"
            value={cutoffDate}
            onChange={setCutoffDate}
            required
            hint={t('reports.freeze.cutoffHint', { today })}
            errors={dateErrors}
          />
        </div>
        {freeze.isError && !shownElsewhere ? <ProblemMessage error={freeze.error} /> : null}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={freeze.isPending}>
            {t('reports.freeze.submit')}
          </button>
        </div>
        {freeze.data && !freeze.isError ? (
          <p role="status" className="success">
            {t('reports.freeze.saved', {
              name: freeze.data.name,
              hash: freeze.data.contentHash.slice(0, 12),
            })}
          </p>
        ) : null}
      </form>
    </Section>
  );
}
