/**
 * Safety alerts as cards (severity, summary in the reader's language, rule, when raised) with the acknowledgement form
 * for investigators on open alerts: the note says what was done. Acknowledged alerts show who,
 * when and the note.
 */
import { type FormEvent, useState } from 'react';
import { type SafetyAlert, useAcknowledgeAlert } from '../../api/safety.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { type PlainMessageKey, translate } from '../../i18n/translate.ts';
import { useExplain } from '../../i18n/use-explain.ts';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { Link } from '../../router/link.component.tsx';
import { InputField } from './form-field.component.tsx';
import { localiseSaeSummary } from './sae-summary.ts';

function AcknowledgeForm({ alert }: { alert: SafetyAlert }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const ack = useAcknowledgeAlert();
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ack.mutate({ id: alert.id, note });
  };
  return (
    <form className="ack-form" onSubmit={submit} noValidate>
      <InputField
        label={t('safetyScreen.alerts.note')}
        value={note}
        onChange={setNote}
        required
        errors={fieldMessages(ack.error, 'note')}
      />
      {ack.isError && !ack.error.errors.length ? <ProblemMessage error={ack.error} /> : null}
      <button type="submit" className="button-primary" disabled={ack.isPending}>
        {t('safetyScreen.alerts.acknowledge')}
      </button>
    </form>
  );
}

export function AlertList({
  alerts,
  canAcknowledge,
  showSubject,
}: {
  alerts: readonly SafetyAlert[];
  canAcknowledge: boolean;
  showSubject: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const explain = useExplain();
  const saeWords = {
    name: (key: MessageKey) => translate(locale, key as PlainMessageKey),
    separator: locale === 'zh-CN' ? '、' : ', ',
    instant: (iso: string) => formatInstant(iso, locale),
  };
  if (alerts.length === 0) return <p className="muted">{t('safetyScreen.alerts.none')}</p>;
  return (
    <div className="alert-list">
      {alerts.map((a) => (
        <article
          key={a.id}
          className={`alert-card alert-${a.severity}`}
          aria-labelledby={`alert-${a.id}`}
        >
          <p className="alert-head">
            <span className={`tag severity-${a.severity}`}>
              {t(`safetyScreen.severity.${a.severity}`)}
            </span>{' '}
            <span className="tag">{t(`safetyScreen.alertStatus.${a.status}`)}</span>{' '}
            {showSubject ? (
              <Link to={`/safety/subjects/${encodeURIComponent(a.subjectId)}`}>
                {a.subjectCode ?? a.subjectId.slice(0, 8)}
              </Link>
            ) : null}
          </p>
          <h3 id={`alert-${a.id}`} className="alert-summary">
            {a.summaryReason ? explain(localiseSaeSummary(a.summaryReason, saeWords)) : a.summary}
          </h3>
          <p className="muted">
            {t('safetyScreen.alerts.raised', { when: formatInstant(a.raisedAt, locale) })} ·{' '}
            {a.ruleReason ? explain(a.ruleReason) : a.rule}
          </p>
          {a.acknowledgedAt ? (
            <p>
              {t('safetyScreen.alerts.acknowledgedBy', {
                who: a.acknowledgedBy ?? '',
                when: formatInstant(a.acknowledgedAt, locale),
              })}{' '}
              {a.acknowledgementNote}
            </p>
          ) : null}
          {a.status === 'open' && canAcknowledge ? <AcknowledgeForm alert={a} /> : null}
        </article>
      ))}
    </div>
  );
}
