/**
 * The end of screening: enrol (day 1 = the enrolment date, the origin of PFS and OS; the server's
 * enrolment gate decides, and its refusal is shown with the reasons) or record a screen failure
 * with its reason. Once either is recorded the outcome is shown instead of the forms.
 */
import { type FormEvent, useState } from 'react';
import type { EligibilityCriterion } from '../../../core/protocol/study-definition.schema.ts';
import {
  enrolmentSchema,
  screenFailureSchema,
} from '../../../core/subjects/screening-input.schema.ts';
import {
  type ScreeningFileView,
  useEnrol,
  useRecordScreenFailure,
} from '../../api/screening.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import { InputField } from '../safety/form-field.component.tsx';
import { EnrolmentRefusal } from './enrolment-refusal.component.tsx';
import { type FieldErrors, isFieldProblem } from './schema-errors.ts';
import { useSchemaErrors } from './use-schema-errors.ts';

function EnrolForm({
  subjectId,
  criteria,
}: {
  subjectId: string;
  criteria: readonly EligibilityCriterion[];
}) {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const enrol = useEnrol(subjectId);
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = validate(enrolmentSchema, { enrollmentDate: date });
    setErrors(v.ok ? {} : v.errors);
    if (v.ok) enrol.mutate(v.value);
  };
  return (
    <form
      className="entry-form"
      onSubmit={submit}
      noValidate
      aria-label={t('screening.enrolTitle')}
    >
      <h3>{t('screening.enrolTitle')}</h3>
      <div className="form-grid">
        <InputField
          type="date"
          label={t('screening.enrollmentDate')}
          value={date}
          onChange={setDate}
          required
          errors={messagesFor(errors, enrol.error, 'enrollmentDate')}
          hint={t('screening.enrollmentDateHint')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={enrol.isPending}>
          {t('screening.enrol')}
        </button>
      </div>
      {enrol.isError && !isFieldProblem(enrol.error) ? (
        <EnrolmentRefusal error={enrol.error} criteria={criteria} />
      ) : null}
    </form>
  );
}

function ScreenFailureForm({ subjectId }: { subjectId: string }) {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const fail = useRecordScreenFailure(subjectId);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = validate(screenFailureSchema, { date, reason });
    setErrors(v.ok ? {} : v.errors);
    if (v.ok) fail.mutate(v.value);
  };
  return (
    <form
      className="entry-form"
      onSubmit={submit}
      noValidate
      aria-label={t('screening.screenFailureTitle')}
    >
      <h3>{t('screening.screenFailureTitle')}</h3>
      <div className="form-grid">
        <InputField
          type="date"
          label={t('screening.screenFailureDate')}
          value={date}
          onChange={setDate}
          required
          errors={messagesFor(errors, fail.error, 'date')}
        />
        <InputField
          label={t('screening.screenFailureReason')}
          value={reason}
          onChange={setReason}
          required
          errors={messagesFor(errors, fail.error, 'reason')}
          hint={t('screening.screenFailureHint')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={fail.isPending}>
          {t('screening.recordScreenFailure')}
        </button>
      </div>
      {fail.isError && !isFieldProblem(fail.error) ? (
        <ProblemMessage error={fail.error} summary={t('screening.notSaved')} />
      ) : null}
    </form>
  );
}

export function EnrolmentSection({
  file,
  criteria,
  canWrite,
}: {
  file: ScreeningFileView;
  criteria: readonly EligibilityCriterion[];
  canWrite: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const base = `/subjects/${encodeURIComponent(file.id)}`;
  if (file.enrollmentDate)
    return (
      <Section id="enrolment" title={t('screening.outcomeTitle')}>
        <p className="success" role="status" data-testid="enrolment-outcome">
          {t('screening.enrolled', {
            code: file.subjectCode ?? file.screeningNumber,
            date: formatCalendarDate(file.enrollmentDate, locale),
          })}
        </p>
        <p>
          <Link to={`${base}/visits`}>{t('visits.linkVisits')}</Link>
        </p>
      </Section>
    );
  if (file.screenFailure)
    return (
      <Section id="enrolment" title={t('screening.outcomeTitle')}>
        <p className="notice" role="status" data-testid="enrolment-outcome">
          {t('screening.screenFailed', {
            date: formatCalendarDate(file.screenFailure.date, locale),
            reason: file.screenFailure.reason,
          })}
        </p>
      </Section>
    );
  return (
    <Section id="enrolment" title={t('screening.outcomeTitle')}>
      {canWrite ? (
        <>
          <EnrolForm subjectId={file.id} criteria={criteria} />
          <ScreenFailureForm subjectId={file.id} />
        </>
      ) : (
        <p className="muted">{t('screening.stillScreening')}</p>
      )}
    </Section>
  );
}
