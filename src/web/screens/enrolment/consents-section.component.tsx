/**
 * Informed consents of a subject: the signed ones (kind, version, date, withdrawn on), a form to
 * record one (main study, biobank storage, genetic testing — genetic testing must be in force
 * before a MEN1 result is recorded), and the withdrawal of a consent in force with its date and
 * reason (data collection under it stops from that date; collected data stay).
 */
import { type FormEvent, useState } from 'react';
import {
  CONSENT_KINDS,
  type ConsentKind,
  consentInputSchema,
  consentWithdrawalSchema,
} from '../../../core/subjects/screening-input.schema.ts';
import {
  type StoredConsent,
  useRecordConsent,
  useWithdrawConsent,
} from '../../api/screening.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { type FieldErrors, isFieldProblem } from './schema-errors.ts';
import { useSchemaErrors } from './use-schema-errors.ts';

function WithdrawForm({
  subjectId,
  consent,
  onDone,
}: {
  subjectId: string;
  consent: StoredConsent;
  onDone(): void;
}) {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const withdraw = useWithdrawConsent(subjectId);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const kind = t(`screening.consentKind.${consent.kind}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = validate(consentWithdrawalSchema, { date, reason: reason.trim() || null });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    withdraw.mutate(
      { consentId: consent.id, date: v.value.date, reason: v.value.reason ?? null },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      className="entry-form"
      onSubmit={submit}
      noValidate
      aria-label={t('screening.withdrawTitle', { kind })}
    >
      <div className="form-grid">
        <InputField
          type="date"
          label={t('screening.withdrawnOn')}
          value={date}
          onChange={setDate}
          required
          errors={messagesFor(errors, withdraw.error, 'date')}
        />
        <InputField
          label={t('screening.withdrawalReason')}
          value={reason}
          onChange={setReason}
          errors={messagesFor(errors, withdraw.error, 'reason')}
        />
      </div>
      <p className="field-hint">{t('screening.withdrawHint')}</p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={withdraw.isPending}>
          {t('screening.withdrawConfirm', { kind })}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('screening.cancel')}
        </button>
      </div>
      {withdraw.isError && !isFieldProblem(withdraw.error) ? (
        <ProblemMessage error={withdraw.error} summary={t('screening.notSaved')} />
      ) : null}
    </form>
  );
}

export function ConsentsSection({
  subjectId,
  consents,
  canWrite,
}: {
  subjectId: string;
  consents: StoredConsent[];
  canWrite: boolean;
}) {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const { locale } = useLocale();
  const record = useRecordConsent(subjectId);
  const [draft, setDraft] = useState<{ kind: ConsentKind; version: string; signedDate: string }>({
    kind: 'main',
    version: '',
    signedDate: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  // what was saved, said at render so a language switch re-says it
  const [saved, setSaved] = useState<ConsentKind | null>(null);
  const set = (k: keyof typeof draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (k: string) => messagesFor(errors, record.error, k);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const v = validate(consentInputSchema, draft);
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    record.mutate(v.value, {
      onSuccess: () => {
        setSaved(v.value.kind);
        setDraft((d) => ({ ...d, version: '', signedDate: '' }));
      },
    });
  };

  const date = (d: string) => formatCalendarDate(d, locale);
  return (
    <Section id="consents" title={t('screening.consentsTitle')}>
      {consents.length === 0 ? (
        <p className="muted">{t('screening.noConsent')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('screening.consentKind')}</th>
              <th scope="col">{t('screening.consentVersion')}</th>
              <th scope="col">{t('screening.signedOn')}</th>
              <th scope="col">{t('screening.withdrawnOn')}</th>
              {canWrite ? <th scope="col">{t('screening.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {consents.map((c) => (
              <tr key={c.id}>
                <th scope="row">{t(`screening.consentKind.${c.kind}`)}</th>
                <td>{c.version}</td>
                <td>{date(c.signedDate)}</td>
                <td>
                  {c.withdrawnDate
                    ? `${date(c.withdrawnDate)}${c.withdrawalReason ? ` — ${c.withdrawalReason}` : ''}`
                    : t('screening.inForce')}
                </td>
                {canWrite ? (
                  <td>
                    {c.withdrawnDate ? null : (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-expanded={withdrawing === c.id}
                        onClick={() => setWithdrawing(withdrawing === c.id ? null : c.id)}
                      >
                        {t('screening.withdraw', {
                          kind: t(`screening.consentKind.${c.kind}`),
                        })}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {withdrawing
        ? (() => {
            const c = consents.find((x) => x.id === withdrawing);
            return c ? (
              <WithdrawForm subjectId={subjectId} consent={c} onDone={() => setWithdrawing(null)} />
            ) : null;
          })()
        : null}
      {canWrite ? (
        <form
          className="entry-form"
          onSubmit={submit}
          noValidate
          aria-label={t('screening.recordConsent')}
        >
          <h3>{t('screening.recordConsent')}</h3>
          <div className="form-grid">
            <ChoiceField<ConsentKind>
              label={t('screening.consentKind')}
              value={draft.kind}
              onChange={set('kind')}
              required
              errors={err('kind')}
              options={CONSENT_KINDS.map((k) => ({
                value: k,
                label: t(`screening.consentKind.${k}`),
              }))}
            />
            <InputField
              label={t('screening.consentVersion')}
              value={draft.version}
              onChange={set('version')}
              required
              errors={err('version')}
            />
            <InputField
              type="date"
              label={t('screening.signedOn')}
              value={draft.signedDate}
              onChange={set('signedDate')}
              required
              errors={err('signedDate')}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={record.isPending}>
              {t('screening.saveConsent')}
            </button>
          </div>
          {saved ? (
            <p className="success" role="status">
              {t('screening.consentSaved', { kind: t(`screening.consentKind.${saved}`) })}
            </p>
          ) : null}
          {record.isError && !isFieldProblem(record.error) ? (
            <ProblemMessage error={record.error} summary={t('screening.notSaved')} />
          ) : null}
        </form>
      ) : null}
    </Section>
  );
}
