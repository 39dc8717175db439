/**
 * MEN1 mutation results of the blood (germline) and tumour (somatic or germline) tests, as the
 * laboratory reported them: HGVS coding and protein notation, ACMG/AMP classification, lab and
 * report date. Checked with the server's schema while typing is done (HGVS syntax, a somatic
 * variant only from a tumour); the server's own refusals (e.g. no genetic-testing consent in
 * force on the report date) are shown beside the field or as the form's problem.
 */
import { type FormEvent, useState } from 'react';
import { variantClassificationSchema } from '../../../core/subjects/eligibility-evidence.schema.ts';
import {
  MEN1_ORIGINS,
  MEN1_SAMPLES,
  men1ResultInputSchema,
} from '../../../core/subjects/screening-input.schema.ts';
import { type StoredMen1Result, useRecordMen1Result } from '../../api/screening.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { type FieldErrors, isFieldProblem } from './schema-errors.ts';
import { useSchemaErrors } from './use-schema-errors.ts';

const CLASSES = variantClassificationSchema.options;
type Sample = (typeof MEN1_SAMPLES)[number];
type Origin = (typeof MEN1_ORIGINS)[number];
type Classification = (typeof CLASSES)[number];

const EMPTY = {
  sample: 'blood' as Sample,
  origin: 'germline' as Origin,
  hgvsC: '',
  hgvsP: '',
  classification: 'pathogenic' as Classification,
  lab: '',
  reportDate: '',
};

export function Men1ResultsSection({
  subjectId,
  results,
  canWrite,
}: {
  subjectId: string;
  results: StoredMen1Result[];
  canWrite: boolean;
}) {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const { locale } = useLocale();
  const record = useRecordMen1Result(subjectId);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  // what was saved, said at render so a language switch re-says it
  const [saved, setSaved] = useState<(typeof MEN1_SAMPLES)[number] | null>(null);
  const set = (k: keyof typeof EMPTY) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (k: string) => messagesFor(errors, record.error, k);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const v = validate(men1ResultInputSchema, {
      sample: draft.sample,
      origin: draft.origin,
      hgvsC: draft.hgvsC,
      hgvsP: draft.hgvsP.trim() || null,
      classification: draft.classification,
      lab: draft.lab.trim() || null,
      reportDate: draft.reportDate || null,
    });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    record.mutate(v.value, {
      onSuccess: () => {
        setSaved(v.value.sample);
        setDraft(EMPTY);
      },
    });
  };

  return (
    <Section id="men1-results" title={t('screening.men1Title')}>
      {results.length === 0 ? (
        <p className="muted">{t('screening.noMen1')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('screening.sample')}</th>
              <th scope="col">{t('screening.origin')}</th>
              <th scope="col">{t('screening.hgvsC')}</th>
              <th scope="col">{t('screening.hgvsP')}</th>
              <th scope="col">{t('screening.classification')}</th>
              <th scope="col">{t('screening.lab')}</th>
              <th scope="col">{t('screening.reportDate')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.id}>
                <th scope="row">{t(`screening.sample.${r.sample}`)}</th>
                <td>{t(`screening.origin.${r.origin}`)}</td>
                <td>
                  <code>{r.hgvsC}</code>
                </td>
                <td>{r.hgvsP ? <code>{r.hgvsP}</code> : '—'}</td>
                <td>{t(`screening.class.${r.classification}`)}</td>
                <td>{r.lab ?? '—'}</td>
                <td>{r.reportDate ? formatCalendarDate(r.reportDate, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite ? (
        <form
          className="entry-form"
          onSubmit={submit}
          noValidate
          aria-label={t('screening.recordMen1')}
        >
          <h3>{t('screening.recordMen1')}</h3>
          <div className="form-grid">
            <ChoiceField<Sample>
              label={t('screening.sample')}
              value={draft.sample}
              onChange={set('sample')}
              required
              errors={err('sample')}
              options={MEN1_SAMPLES.map((s) => ({ value: s, label: t(`screening.sample.${s}`) }))}
            />
            <ChoiceField<Origin>
              label={t('screening.origin')}
              value={draft.origin}
              onChange={set('origin')}
              required
              errors={err('origin')}
              options={MEN1_ORIGINS.map((o) => ({ value: o, label: t(`screening.origin.${o}`) }))}
            />
            <InputField
              label={t('screening.hgvsC')}
              value={draft.hgvsC}
              onChange={set('hgvsC')}
              required
              errors={err('hgvsC')}
              hint={t('screening.hgvsCHint')}
            />
            <InputField
              label={t('screening.hgvsP')}
              value={draft.hgvsP}
              onChange={set('hgvsP')}
              errors={err('hgvsP')}
              hint={t('screening.hgvsPHint')}
            />
            <ChoiceField<Classification>
              label={t('screening.classification')}
              value={draft.classification}
              onChange={set('classification')}
              required
              errors={err('classification')}
              hint={t('screening.classificationHint')}
              options={CLASSES.map((c) => ({ value: c, label: t(`screening.class.${c}`) }))}
            />
            <InputField
              label={t('screening.lab')}
              value={draft.lab}
              onChange={set('lab')}
              errors={err('lab')}
            />
            <InputField
              type="date"
              label={t('screening.reportDate')}
              value={draft.reportDate}
              onChange={set('reportDate')}
              errors={err('reportDate')}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={record.isPending}>
              {t('screening.saveMen1')}
            </button>
          </div>
          {saved ? (
            <p className="success" role="status">
              {t('screening.men1Saved', { sample: t(`screening.sample.${saved}`) })}
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
