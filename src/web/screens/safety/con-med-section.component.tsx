/**
 * Concomitant medications of a subject: the entry form (coordinator, investigator) with the
 * prohibited-drug warning while typing, the server's verdict after saving (what followed: a
 * protocol deviation, a safety alert, a query), and the list with each medication's screening.
 */
import { type FormEvent, useState } from 'react';
import { fieldMessages } from '../../api/api-problem.ts';
import {
  type ConMedInput,
  type SavedConMed,
  useConMeds,
  useRecordConMed,
} from '../../api/safety.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { InputField } from './form-field.component.tsx';
import { MedicationWarning } from './medication-warning.component.tsx';
import { VerdictTag } from './verdict-tag.component.tsx';

const EMPTY = {
  name: '',
  atcCode: '',
  dose: '',
  doseUnit: '',
  route: '',
  frequency: '',
  indication: '',
  startDate: '',
  stopDate: '',
};
type Draft = typeof EMPTY;

/** Blank optional fields are left out (the schema takes absent, not empty). */
function toInput(d: Draft): ConMedInput {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d)) if (v.trim()) out[k] = v.trim();
  return out as unknown as ConMedInput;
}

function SavedOutcome({ saved }: { saved: SavedConMed }) {
  const t = useT();
  const { verdict, detail } = saved.medication.screening;
  const followed = [
    saved.outcome.deviationId ? t('safetyScreen.cm.deviationRecorded') : null,
    saved.outcome.alertId ? t('safetyScreen.cm.alertRaised') : null,
    saved.outcome.queryId ? t('safetyScreen.cm.queryRaised') : null,
  ].filter((s): s is string => s !== null);
  return (
    <div className={`saved-outcome saved-outcome-${verdict}`} role="status">
      <p>
        {t('safetyScreen.cm.saved', { name: saved.medication.name })}{' '}
        {t('safetyScreen.cm.serverVerdict')} <VerdictTag verdict={verdict} />
      </p>
      {followed.length ? (
        <ul>
          {followed.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
      {detail.reasons?.length ? <p className="muted">{detail.reasons.join(' ')}</p> : null}
    </div>
  );
}

export function ConMedSection({ subjectId, canWrite }: { subjectId: string; canWrite: boolean }) {
  const t = useT();
  const list = useConMeds(subjectId);
  const record = useRecordConMed(subjectId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState<SavedConMed | null>(null);
  const set = (k: keyof Draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const errors = (k: keyof Draft) => fieldMessages(record.error, k);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(toInput(draft), {
      onSuccess: (s) => {
        setSaved(s);
        setDraft(EMPTY);
      },
    });
  };

  return (
    <Section id="con-meds" title={t('safetyScreen.cm.title')} className="panel-wide">
      {canWrite ? (
        <form className="entry-form" onSubmit={submit} noValidate>
          <div className="form-grid">
            <InputField
              label={t('safetyScreen.cm.name')}
              value={draft.name}
              onChange={set('name')}
              required
              errors={errors('name')}
              hint={t('safetyScreen.cm.nameHint')}
            />
            <InputField
              label={t('safetyScreen.cm.atc')}
              value={draft.atcCode}
              onChange={set('atcCode')}
              errors={errors('atcCode')}
            />
            <InputField
              label={t('safetyScreen.cm.indication')}
              value={draft.indication}
              onChange={set('indication')}
              required
              errors={errors('indication')}
            />
            <InputField
              label={t('safetyScreen.cm.dose')}
              value={draft.dose}
              onChange={set('dose')}
              errors={errors('dose')}
            />
            <InputField
              label={t('safetyScreen.cm.doseUnit')}
              value={draft.doseUnit}
              onChange={set('doseUnit')}
              errors={errors('doseUnit')}
            />
            <InputField
              label={t('safetyScreen.cm.route')}
              value={draft.route}
              onChange={set('route')}
              errors={errors('route')}
            />
            <InputField
              label={t('safetyScreen.cm.frequency')}
              value={draft.frequency}
              onChange={set('frequency')}
              errors={errors('frequency')}
            />
            <InputField
              label={t('safetyScreen.cm.startDate')}
              value={draft.startDate}
              onChange={set('startDate')}
              errors={errors('startDate')}
              hint={t('safetyScreen.partialDateHint')}
            />
            <InputField
              label={t('safetyScreen.cm.stopDate')}
              value={draft.stopDate}
              onChange={set('stopDate')}
              errors={errors('stopDate')}
              hint={t('safetyScreen.cm.stopHint')}
            />
          </div>
          <MedicationWarning name={draft.name} atc={draft.atcCode} />
          {record.isError && !record.error.errors.length ? (
            <ProblemMessage error={record.error} />
          ) : null}
          <button type="submit" className="button-primary" disabled={record.isPending}>
            {t('safetyScreen.cm.save')}
          </button>
        </form>
      ) : null}
      {saved ? <SavedOutcome saved={saved} /> : null}
      {list.isPending ? <LoadingIndicator /> : null}
      {list.isError ? <ProblemMessage error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.data?.length === 0 ? <p className="muted">{t('safetyScreen.cm.none')}</p> : null}
      {list.data?.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('safetyScreen.cm.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('safetyScreen.cm.name')}</th>
                <th scope="col">{t('safetyScreen.cm.indication')}</th>
                <th scope="col">{t('safetyScreen.cm.dose')}</th>
                <th scope="col">{t('safetyScreen.cm.period')}</th>
                <th scope="col">{t('safetyScreen.cm.screening')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.name}
                    {m.atcCode ? <span className="muted"> · {m.atcCode}</span> : null}
                  </td>
                  <td>{m.indication}</td>
                  <td>{[m.dose, m.doseUnit, m.route, m.frequency].filter(Boolean).join(' ')}</td>
                  <td>
                    {m.startDate ?? '?'} – {m.ongoing ? t('safetyScreen.cm.ongoing') : m.stopDate}
                  </td>
                  <td>
                    <VerdictTag verdict={m.screening.verdict} />
                    {m.screening.detail.drug ? (
                      <span className="muted"> {m.screening.detail.drug}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
