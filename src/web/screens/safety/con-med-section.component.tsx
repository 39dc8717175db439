/**
 * Concomitant medications of a subject: the entry form (coordinator, investigator) with the
 * prohibited-drug warning while typing, the server's verdict after saving (what followed: a
 * protocol deviation, a safety alert, a query), and the list with each medication's screening.
 * "Edit" loads a medication into the form: only the changed fields are sent (PATCH), with the
 * reason for change the server requires (ICH E6(R3) 4.2.1), and the warning stays live on the
 * edited name; the server screens the edited drug again.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type ConMed,
  type ConMedInput,
  type SavedConMed,
  useConMeds,
  useEditConMed,
  useRecordConMed,
} from '../../api/safety.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useExplain } from '../../i18n/use-explain.ts';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
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

function fromMedication(m: ConMed): Draft {
  const out = { ...EMPTY };
  for (const k of Object.keys(EMPTY) as (keyof Draft)[]) out[k] = m[k] ?? '';
  return out;
}

/** The fields that differ from the saved medication; a field emptied is sent as null (cleared). */
function changedFields(before: ConMed, after: Draft): Partial<Record<keyof Draft, string | null>> {
  const out: Partial<Record<keyof Draft, string | null>> = {};
  const was = fromMedication(before);
  for (const k of Object.keys(EMPTY) as (keyof Draft)[]) {
    const v = after[k].trim();
    if (v !== was[k].trim()) out[k] = v === '' ? null : v;
  }
  return out;
}

function SavedOutcome({ saved }: { saved: SavedConMed }) {
  const t = useT();
  const explain = useExplain();
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
      {detail.reasons?.length ? (
        <p className="muted">{detail.reasons.map(explain).join(' ')}</p>
      ) : null}
    </div>
  );
}

function ConMedForm({
  subjectId,
  editing,
  onSaved,
  onDone,
}: {
  subjectId: string;
  editing: ConMed | null;
  onSaved(saved: SavedConMed): void;
  onDone(): void;
}) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const record = useRecordConMed(subjectId);
  const edit = useEditConMed(subjectId);
  const active = editing ? edit : record;
  const [draft, setDraft] = useState<Draft>(editing ? fromMedication(editing) : EMPTY);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [noChange, setNoChange] = useState(false);
  const set = (k: keyof Draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const errors = (k: keyof Draft) => fieldMessages(active.error, k);
  // "Edit" in the table moves keyboard and screen-reader focus to the form it filled
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) {
      title.current?.focus();
      title.current?.scrollIntoView({ block: 'start' });
    }
  }, [editing]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) {
      record.mutate(toInput(draft), {
        onSuccess: (s) => {
          onSaved(s);
          setDraft(EMPTY);
        },
      });
      return;
    }
    const patch = changedFields(editing, draft);
    setNoChange(Object.keys(patch).length === 0);
    setReasonMissing(reason.trim() === '');
    if (Object.keys(patch).length === 0 || reason.trim() === '') return;
    edit.mutate(
      { id: editing.id, patch: patch as Partial<ConMedInput>, reason: reason.trim() },
      {
        onSuccess: (s) => {
          onSaved(s);
          onDone();
        },
      },
    );
  };

  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <h3 ref={title} tabIndex={-1}>
        {editing
          ? t('safetyScreen.cm.editTitle', { name: editing.name })
          : t('safetyScreen.cm.new')}
      </h3>
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
      {editing ? (
        <InputField
          label={t('safetyScreen.reasonForChange')}
          value={reason}
          onChange={setReason}
          required
          hint={t('safetyScreen.cm.reasonHint')}
          errors={[
            ...(reasonMissing ? [t('safetyScreen.reasonRequired')] : []),
            ...fieldMessages(active.error, 'reason'),
          ]}
        />
      ) : null}
      {noChange ? <p className="field-error">{t('safetyScreen.ae.noChange')}</p> : null}
      {active.isError && !active.error.errors.length ? (
        <ProblemMessage error={active.error} />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={active.isPending}>
          {editing ? t('safetyScreen.ae.saveChange') : t('safetyScreen.cm.save')}
        </button>
        {editing ? (
          <button type="button" className="button-secondary" onClick={onDone}>
            {t('safetyScreen.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function ConMedSection({ subjectId, canWrite }: { subjectId: string; canWrite: boolean }) {
  const t = useT();
  const list = useConMeds(subjectId);
  const [saved, setSaved] = useState<SavedConMed | null>(null);
  const [editing, setEditing] = useState<ConMed | null>(null);
  // a new key remounts the form empty after each save or cancel
  const [formKey, setFormKey] = useState(0);
  const done = () => {
    setEditing(null);
    setFormKey((k) => k + 1);
  };

  return (
    <Section id="con-meds" title={t('safetyScreen.cm.title')} className="panel-wide">
      {canWrite ? (
        <ConMedForm
          key={editing ? `edit-${editing.id}` : `new-${formKey}`}
          subjectId={subjectId}
          editing={editing}
          onSaved={setSaved}
          onDone={done}
        />
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
                {canWrite ? <th scope="col">{t('safetyScreen.actions')}</th> : null}
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
                  {canWrite ? (
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => {
                          setSaved(null);
                          setEditing(m);
                        }}
                        aria-label={t('safetyScreen.cm.editLabel', { name: m.name })}
                      >
                        {t('safetyScreen.edit')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
