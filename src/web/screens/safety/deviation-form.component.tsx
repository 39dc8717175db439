/**
 * Manual entry of a protocol deviation (coordinator, investigator): category, severity (ICH E3
 * §10.2: minor, major = "important", critical), the date it happened and what happened. Checked
 * in the browser with the server's schema (core/safety-records/protocol-deviation.schema.ts)
 * before sending; the server's answer (e.g. a date after today at the site) is shown next to
 * its field.
 */
import { type FormEvent, useState } from 'react';
import {
  DEVIATION_CATEGORIES,
  DEVIATION_SEVERITIES,
  type DeviationCategory,
  type DeviationSeverity,
  protocolDeviationSchema,
} from '../../../core/safety-records/protocol-deviation.schema.ts';
import { clientCheck } from '../../api/client-check.ts';
import { type Deviation, useRecordDeviation } from '../../api/safety.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { TextAreaField } from '../../components/text-area-field.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from './form-field.component.tsx';

interface Draft {
  category: DeviationCategory | '';
  severity: DeviationSeverity | '';
  deviationDate: string;
  description: string;
}

const EMPTY: Draft = { category: '', severity: '', deviationDate: '', description: '' };

export function DeviationForm({ subjectId }: { subjectId: string }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const { locale } = useLocale();
  const record = useRecordDeviation(subjectId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [checked, setChecked] = useState<ReturnType<typeof clientCheck>>(null);
  const [saved, setSaved] = useState<Deviation | null>(null);
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const errors = (k: keyof Draft) => [
    ...fieldMessages(checked, k),
    ...fieldMessages(record.error, k),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    // an unchosen category or severity is an empty choice, not a wrong one: say "choose"
    const found = clientCheck(protocolDeviationSchema, draft, (i) =>
      i.code === 'invalid_value' ? t('safetyScreen.chooseOne') : undefined,
    );
    setChecked(found);
    if (found) return;
    record.mutate(protocolDeviationSchema.parse(draft), {
      onSuccess: (d) => {
        setSaved(d);
        setDraft(EMPTY);
      },
    });
  };

  const choose = { value: '' as const, label: t('safetyScreen.choose') };
  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <h3>{t('safetyScreen.dev.new')}</h3>
      <div className="form-grid">
        <ChoiceField<DeviationCategory | ''>
          label={t('safetyScreen.dev.category')}
          value={draft.category}
          onChange={set('category')}
          required
          errors={errors('category')}
          options={[
            choose,
            ...DEVIATION_CATEGORIES.map((c) => ({
              value: c,
              label: t(`safetyScreen.devCategory.${c}`),
            })),
          ]}
        />
        <ChoiceField<DeviationSeverity | ''>
          label={t('safetyScreen.dev.severity')}
          value={draft.severity}
          onChange={set('severity')}
          required
          errors={errors('severity')}
          hint={t('safetyScreen.dev.severityHint')}
          options={[
            choose,
            ...DEVIATION_SEVERITIES.map((s) => ({
              value: s,
              label: t(`safetyScreen.devSeverity.${s}`),
            })),
          ]}
        />
        <InputField
          label={t('safetyScreen.dev.date')}
          type="date"
          value={draft.deviationDate}
          onChange={set('deviationDate')}
          required
          errors={errors('deviationDate')}
        />
      </div>
      <TextAreaField
        name="description"
        label={t('safetyScreen.dev.description')}
        value={draft.description}
        onChange={set('description')}
        required
        errors={errors('description')}
      />
      {record.isError && !record.error.errors.length ? (
        <ProblemMessage error={record.error} />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={record.isPending}>
          {t('safetyScreen.dev.save')}
        </button>
      </div>
      <div role="status">
        {saved ? (
          <p className="success">
            {t('safetyScreen.dev.saved', {
              category: t(`safetyScreen.devCategory.${saved.category}`),
              date: formatCalendarDate(saved.deviationDate, locale),
            })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
