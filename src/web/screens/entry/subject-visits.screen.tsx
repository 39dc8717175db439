/**
 * A subject's visits: the recorded ones (kind, date, cycle, results entered) with links to
 * enter their panels and, for imaging visits, the tumour assessment; and a form to create a
 * visit (POST …/visits) of a kind the protocol defines.
 */
import { useState } from 'react';
import type { VisitKind } from '../../../core/protocol/study-definition.schema.ts';
import { useStudy } from '../../api/study.resource.ts';
import { useCreateVisit, useSubjectFile } from '../../api/subject-entry.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { Link } from '../../router/link.component.tsx';
import { navigate } from '../../router/location-store.ts';
import type { ScreenProps } from '../../screens.ts';
import { ENTRY_WRITERS } from './entry.routes.ts';
import { EntryHeader } from './subject-header.component.tsx';
import './entry.css';

export function SubjectVisitsScreen({ params }: ScreenProps) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const { locale } = useLocale();
  const localised = useLocalised();
  const subjectId = params.subjectId ?? '';
  const file = useSubjectFile(subjectId);
  const study = useStudy();
  const canWrite = useHasRole(ENTRY_WRITERS);
  const create = useCreateVisit(subjectId);
  const [kind, setKind] = useState<VisitKind>('screening');
  const [date, setDate] = useState('');
  const [cycle, setCycle] = useState('');
  const label = file.data ? (file.data.subjectCode ?? file.data.screeningNumber) : subjectId;
  useDocumentTitle(t('visits.title', { subject: label }));
  const error = file.error ?? study.error;
  if (error) return <ProblemMessage error={error} />;
  if (!file.data || !study.data) return <LoadingIndicator />;
  const defs = study.data.definition.visits;
  const visitName = (k: VisitKind) => {
    const d = defs.find((v) => v.kind === k);
    return d ? localised(d.name) : k;
  };
  const base = `/subjects/${encodeURIComponent(subjectId)}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate(
      { kind, date, ...(cycle.trim() ? { cycle: Number(cycle) } : {}) },
      { onSuccess: (v) => navigate(`${base}/visits/${encodeURIComponent(v.id)}`) },
    );
  };
  const visits = [...file.data.visits].sort((a, b) => a.visitDate.localeCompare(b.visitDate));
  const errs = (p: string) => fieldMessages(create.error, p);
  return (
    <div className="entry">
      <EntryHeader
        back={base}
        backLabel={t('entry.backToCasebook', { subject: label })}
        title={t('visits.title', { subject: label })}
      />
      <Section id="visits" title={t('visits.listTitle')}>
        {visits.length === 0 ? (
          <p>{t('visits.none')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('visits.kind')}</th>
                <th scope="col">{t('visits.date')}</th>
                <th scope="col">{t('visits.cycle')}</th>
                <th scope="col">{t('visits.results')}</th>
                <th scope="col">{t('visits.tumour')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => {
                const imaging =
                  defs.find((d) => d.kind === v.kind)?.panels.includes('ct-imaging') ?? false;
                const at = `${base}/visits/${encodeURIComponent(v.id)}`;
                return (
                  <tr key={v.id}>
                    <th scope="row">
                      <Link to={at}>{visitName(v.kind)}</Link>
                    </th>
                    <td>{formatCalendarDate(v.visitDate, locale)}</td>
                    <td>{v.cycle ?? '—'}</td>
                    <td>{v.results.length}</td>
                    <td>
                      {imaging ? (
                        <Link to={`${at}/tumour-assessment`}>
                          {t('visits.tumour')}
                          <span className="visually-hidden">
                            {' '}
                            {formatCalendarDate(v.visitDate, locale)}
                          </span>
                        </Link>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Section>
      {canWrite ? (
        <Section id="new-visit" title={t('visits.createTitle')}>
          {file.data.enrollmentDate ? null : (
            <p className="field-hint">{t('visits.notEnrolledHint')}</p>
          )}
          <form onSubmit={submit} className="inline-form" noValidate>
            <div className="field">
              <label htmlFor="visit-kind">{t('visits.kind')}</label>
              <select
                id="visit-kind"
                value={kind}
                onChange={(e) => setKind(e.target.value as VisitKind)}
              >
                {defs.map((d) => (
                  <option key={d.kind} value={d.kind}>
                    {localised(d.name)}
                  </option>
                ))}
              </select>
            </div>
            <FieldWithErrors id="visit-date" label={t('visits.date')} errors={errs('date')}>
              <input
                id="visit-date"
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            </FieldWithErrors>
            <FieldWithErrors id="visit-cycle" label={t('visits.cycle')} errors={errs('cycle')}>
              <input
                id="visit-cycle"
                inputMode="numeric"
                value={cycle}
                onChange={(e) => setCycle(e.target.value)}
              />
            </FieldWithErrors>
            <button type="submit" disabled={create.isPending}>
              {t('visits.create')}
            </button>
          </form>
          {create.error ? <ProblemMessage error={create.error} /> : null}
        </Section>
      ) : null}
    </div>
  );
}

function FieldWithErrors({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {errors.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join('; ')}
        </p>
      ) : null}
    </div>
  );
}
