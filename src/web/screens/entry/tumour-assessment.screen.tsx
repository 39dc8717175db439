/**
 * Tumour assessment of an imaging visit, for either reader: the site's read (coordinators and
 * investigators) or the independent read (the radiology reviewer, blinded to the site's read —
 * src/server/routes/subject-access.ts). The lesion table, the RECIST 1.1 response recomputed
 * live by the core engine as values are typed (over the reader's stored scans plus this one),
 * the reader's own overall response beside it with any disagreement shown, and save
 * (PUT …/tumour-assessment with `reader` and `investigatorResponse`; the server raises a
 * recist-disagreement query when they differ). Re-saving asks a reason for change. Whoever may
 * see both readers gets them side by side below (ReadsCompared); the reviewer gets the queries
 * raised on their own reads, and answers them there (OwnReadQueries). The subject comes from the
 * imaging view, which every reader of this screen may load.
 */
import { useMemo, useState } from 'react';
import type { Assessment } from '../../../core/recist/recist-input.schema.ts';
import {
  TIMEPOINT_RESPONSES,
  type TimepointResponse,
} from '../../../core/recist/response-codes.ts';
import { recistInputFromRecords } from '../../../core/subjects/recist-from-records.ts';
import {
  type ImagingView,
  type ImagingVisit,
  type TumourReader,
  useSubjectImaging,
} from '../../api/imaging.resource.ts';
import { useStudy } from '../../api/study.resource.ts';
import {
  type StoredTumourAssessment,
  useSaveTumourAssessment,
  useTumourAssessments,
} from '../../api/subject-entry.resource.ts';
import { subjectLabel } from '../../api/subjects.resource.ts';
import { useResponseLabel } from '../../charts/use-response-label.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useHasRoleAt } from '../../components/use-has-role.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { ruleText } from '../../i18n/rule-text.ts';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import type { ScreenProps } from '../../screens.ts';
import { ENTRY_WRITERS } from './entry.routes.ts';
import {
  draftsFromStored,
  followUpDrafts,
  invalidDiameters,
  type LesionDraft,
  toLesionRecords,
} from './lesion-draft.ts';
import { LesionTable } from './lesion-table.component.tsx';
import { liveRecist, toAssessment } from './live-recist.ts';
import { OwnReadQueries } from './own-read-queries.component.tsx';
import { ReadsCompared } from './reads-compared.component.tsx';
import { engineOverall, RecistResponse } from './recist-response.component.tsx';
import { EntryHeader } from './subject-header.component.tsx';
import { useUnsavedChanges } from './use-unsaved-changes.ts';
import './entry.css';

const REVIEWER = ['radiology-reviewer'] as const;

export function TumourAssessmentScreen({ params }: ScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const subjectId = params.subjectId ?? '';
  const visitId = params.visitId ?? '';
  const view = useSubjectImaging(subjectId);
  const reads = useTumourAssessments(subjectId);
  const study = useStudy();
  const siteWriter = useHasRoleAt(ENTRY_WRITERS, view.data?.siteId);
  const reviewer = useHasRoleAt(REVIEWER, view.data?.siteId);
  const label = view.data ? subjectLabel(view.data) : subjectId;
  const visit = view.data?.visits.find((v) => v.id === visitId);
  useDocumentTitle(t('tumour.title', { subject: label, date: visit?.visitDate ?? '' }));
  const error = view.error ?? reads.error ?? study.error;
  if (error) return <ProblemMessage error={error} />;
  if (!view.data || !reads.data || !study.data) return <LoadingIndicator />;
  // The imaging view lists only imaging visits: any other visit id is not one to read here.
  if (!visit) return <p>{t('tumour.notImaging')}</p>;
  // The reviewer (not also a site writer) records the independent read; everyone else the site's.
  const reader: TumourReader = reviewer && !siteWriter ? 'independent' : 'site';
  const canWrite = reader === 'independent' ? reviewer : siteWriter;
  const own = reads.data.assessments.filter((a) => a.reader === reader);
  const stored = own.find((a) => a.visitId === visitId) ?? null;
  const rules = study.data.definition.recist;
  const enc = encodeURIComponent;
  return (
    <div className="entry">
      <EntryHeader
        back={
          reader === 'independent'
            ? `/subjects/${enc(subjectId)}`
            : `/subjects/${enc(subjectId)}/visits/${enc(visitId)}`
        }
        backLabel={t(reader === 'independent' ? 'entry.backToCasebook' : 'entry.backToVisits', {
          subject: label,
        })}
        title={t('tumour.title', {
          subject: label,
          date: formatCalendarDate(visit.visitDate, locale),
        })}
      >
        <p className="subtitle">
          {t(reader === 'independent' ? 'radiology.intro' : 'tumour.intro')}
        </p>
      </EntryHeader>
      <TumourForm
        // one form per visit and reader: after the first save the stored read appears and the
        // form (already holding what was saved) stays, with its "Saved." message
        key={`${visitId}-${reader}`}
        subject={view.data}
        visit={visit}
        reader={reader}
        canWrite={canWrite}
        others={own.filter((a) => a.visitId !== visitId).map(toAssessment)}
        stored={stored}
        rules={rules}
      />
      {reader === 'independent' && reviewer ? (
        // the reviewer's own reads only: queries exist once a read is saved (blinded review)
        <OwnReadQueries
          subjectId={subjectId}
          subjectLabel={label}
          reads={own}
          currentVisitId={visitId}
        />
      ) : null}
      {view.data.readers.length > 1 ? (
        <ReadsCompared
          subject={view.data}
          visit={visit}
          reads={reads.data.assessments}
          rules={rules}
        />
      ) : null}
    </div>
  );
}

interface TumourFormProps {
  subject: ImagingView;
  visit: ImagingVisit;
  reader: TumourReader;
  canWrite: boolean;
  others: Assessment[];
  stored: StoredTumourAssessment | null;
  rules: Parameters<typeof liveRecist>[0]['rules'];
}

function TumourForm({ subject, visit, reader, canWrite, others, stored, rules }: TumourFormProps) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const { locale } = useLocale();
  const responseLabel = useResponseLabel();
  const independent = reader === 'independent';
  const save = useSaveTumourAssessment(subject.id, visit.id);

  // Which scan is the baseline once this one is in the series (the last on or before day 1).
  const { isBaseline, baselineLesions, baselineDate } = useMemo(() => {
    const series = [...others, { date: visit.visitDate, lesions: [] }];
    const day1 =
      subject.enrollmentDate ??
      series
        .map((s) => s.date)
        .sort()
        .at(-1) ??
      visit.visitDate;
    const first = recistInputFromRecords(day1, series, null)?.input.assessments[0];
    const base = !first || first.date === visit.visitDate;
    return {
      isBaseline: base,
      baselineLesions: base ? [] : (first?.lesions ?? []),
      baselineDate: first?.date ?? visit.visitDate,
    };
  }, [others, subject.enrollmentDate, visit.visitDate]);

  const initial = (): LesionDraft[] =>
    stored
      ? draftsFromStored(stored.lesions, baselineLesions)
      : isBaseline
        ? [{ id: 'T1', kind: 'target', organ: '', nodal: false, diameter: '', status: '' }]
        : followUpDrafts(baselineLesions);
  const [drafts, setDrafts] = useState<LesionDraft[]>(initial);
  const [markers, setMarkers] = useState<'' | 'true' | 'false'>(
    stored?.tumourMarkersNormal == null ? '' : stored.tumourMarkersNormal ? 'true' : 'false',
  );
  const [investigator, setInvestigator] = useState<TimepointResponse | ''>(
    stored?.investigatorResponse ?? '',
  );
  const [reason, setReason] = useState('');
  const [dirty, setDirty] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  useUnsavedChanges(dirty, t('entry.unsavedConfirm'));

  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setDirty(true);
      save.reset();
    };

  const lesions = useMemo(() => toLesionRecords(drafts, isBaseline), [drafts, isBaseline]);
  const live = useMemo(
    () =>
      liveRecist({
        enrollmentDate: subject.enrollmentDate,
        stored: others,
        draft: {
          date: visit.visitDate,
          lesions,
          ...(markers === '' ? {} : { tumorMarkersNormal: markers === 'true' }),
        },
        ...(rules ? { rules } : {}),
      }),
    [lesions, markers, others, rules, subject.enrollmentDate, visit.visitDate],
  );
  const engine = engineOverall(live);
  const bad = invalidDiameters(drafts);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (bad.length) return;
    if (stored && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    save.mutate(
      {
        reader,
        lesions,
        tumourMarkersNormal: markers === '' ? null : markers === 'true',
        investigatorResponse: investigator === '' ? null : investigator,
        ...(stored ? { reason: reason.trim() } : {}),
      },
      { onSuccess: () => setDirty(false) },
    );
  };

  const reasonErrors = [
    ...(reasonMissing ? [t('entry.reasonRequired')] : []),
    ...fieldMessages(save.error, 'reason'),
  ];
  return (
    <form className="tumour-entry" onSubmit={submit} noValidate>
      <div className="tumour-grid">
        <Section id="lesions" title={t('tumour.lesionsTitle')}>
          <p className="field-hint">
            {isBaseline
              ? t('tumour.baselineNote')
              : t('tumour.followUpNote', { date: formatCalendarDate(baselineDate, locale) })}
          </p>
          <LesionTable
            drafts={drafts}
            baseline={isBaseline}
            readOnly={!canWrite}
            onChange={changed(setDrafts)}
          />
          <div className="field">
            <label htmlFor="tumour-markers">{t('tumour.markers')}</label>
            <select
              id="tumour-markers"
              value={markers}
              disabled={!canWrite}
              onChange={(e) => changed(setMarkers)(e.target.value as '' | 'true' | 'false')}
            >
              <option value="">{t('tumour.markersUnknown')}</option>
              <option value="true">{t('visitEntry.yes')}</option>
              <option value="false">{t('visitEntry.no')}</option>
            </select>
          </div>
        </Section>
        <Section id="recist-live" title={t('tumour.responseTitle')}>
          <RecistResponse live={live} />
          <div className="field investigator-response">
            <label htmlFor="investigator-response">
              {t(independent ? 'radiology.reviewerResponse' : 'tumour.investigatorResponse')}
            </label>
            <select
              id="investigator-response"
              value={investigator}
              disabled={!canWrite}
              onChange={(e) => changed(setInvestigator)(e.target.value as TimepointResponse | '')}
            >
              <option value="">{t('tumour.noInvestigatorResponse')}</option>
              {TIMEPOINT_RESPONSES.map((r) => (
                <option key={r} value={r}>
                  {responseLabel(r)}
                </option>
              ))}
            </select>
          </div>
          {investigator !== '' && engine !== null ? (
            <p
              className={investigator === engine ? 'agreement agrees' : 'agreement disagrees'}
              data-testid="recist-agreement"
            >
              {investigator === engine
                ? t('tumour.agrees', { engine: responseLabel(engine) })
                : independent
                  ? t('radiology.disagrees', {
                      reviewer: responseLabel(investigator),
                      engine: responseLabel(engine),
                    })
                  : t('tumour.disagrees', {
                      investigator: responseLabel(investigator),
                      engine: responseLabel(engine),
                    })}
            </p>
          ) : null}
        </Section>
      </div>
      {canWrite ? (
        <div className="entry-actions">
          {stored ? (
            <div className="field">
              <label htmlFor="tumour-reason">{t('entry.reasonForChange')}</label>
              <input
                id="tumour-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={reasonErrors.length ? true : undefined}
                aria-describedby={
                  reasonErrors.length ? 'tumour-reason-error' : 'tumour-reason-hint'
                }
              />
              <p id="tumour-reason-hint" className="field-hint">
                {t('entry.reasonHint')}
              </p>
              {reasonErrors.length ? (
                <p id="tumour-reason-error" className="field-error">
                  {reasonErrors.join('; ')}
                </p>
              ) : null}
            </div>
          ) : null}
          <button
            type="submit"
            className="button-primary"
            disabled={save.isPending || bad.length > 0}
          >
            {save.isPending
              ? t('entry.saving')
              : t(independent ? 'radiology.saveRead' : 'tumour.saveRead')}
          </button>
          {dirty ? <span className="unsaved">{t('entry.unsavedNotice')}</span> : null}
          {save.isSuccess ? (
            <div role="status" className="saved">
              <p>{t('entry.saved')}</p>
              {save.data.warnings.length ? (
                <>
                  <p>{t('entry.warnings')}</p>
                  <ul>
                    {save.data.warnings.map((w) => (
                      <li key={`${w.path}-${w.rule}`}>{ruleText(locale, w)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
          {save.error ? (
            <>
              <ProblemMessage error={save.error} />
              <ServerFieldErrors error={save.error} />
            </>
          ) : null}
        </div>
      ) : (
        <p>{t('entry.readOnly')}</p>
      )}
    </form>
  );
}

/** Every field the server named (lesion paths have no input of their own to sit beside). */
function ServerFieldErrors({ error }: { error: unknown }) {
  const errors =
    error && typeof error === 'object' && 'errors' in error
      ? (error as { errors: { path: string; message: string }[] }).errors
      : [];
  if (errors.length === 0) return null;
  return (
    <ul className="field-error">
      {errors.map((e) => (
        <li key={`${e.path}-${e.message}`}>
          {e.path}: {e.message}
        </li>
      ))}
    </ul>
  );
}
