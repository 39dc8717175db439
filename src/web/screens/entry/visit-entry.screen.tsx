/**
 * Data entry of one visit: a form per assessment panel the protocol schedules for the visit's
 * kind (GET /api/study → definition.visits / panels), each saved on its own (PUT …/panels/:id);
 * the imaging panel links to the tumour assessment. Unsaved changes in any panel are protected
 * (leaving the page or following an in-app link asks first).
 */
import { useCallback, useState } from 'react';
import { useStudy } from '../../api/study.resource.ts';
import { useSubjectFile } from '../../api/subject-entry.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import type { ScreenProps } from '../../screens.ts';
import { ENTRY_WRITERS } from './entry.routes.ts';
import { PanelForm } from './panel-form.component.tsx';
import { EntryHeader } from './subject-header.component.tsx';
import { useUnsavedChanges } from './use-unsaved-changes.ts';
import './entry.css';

export function VisitEntryScreen({ params }: ScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const localised = useLocalised();
  const subjectId = params.subjectId ?? '';
  const visitId = params.visitId ?? '';
  const file = useSubjectFile(subjectId);
  const study = useStudy();
  const canWrite = useHasRole(ENTRY_WRITERS);
  const [dirtyPanels, setDirtyPanels] = useState<ReadonlySet<string>>(new Set());
  const markDirty = useCallback((panelId: string, dirty: boolean) => {
    setDirtyPanels((s) => {
      if (s.has(panelId) === dirty) return s;
      const next = new Set(s);
      if (dirty) next.add(panelId);
      else next.delete(panelId);
      return next;
    });
  }, []);
  useUnsavedChanges(dirtyPanels.size > 0, t('entry.unsavedConfirm'));
  const label = file.data ? (file.data.subjectCode ?? file.data.screeningNumber) : subjectId;
  const visit = file.data?.visits.find((v) => v.id === visitId);
  const def = study.data?.definition.visits.find((v) => v.kind === visit?.kind);
  const visitName = def ? localised(def.name) : (visit?.kind ?? '');
  const title = t('visitEntry.title', {
    visit: visitName,
    date: visit ? formatCalendarDate(visit.visitDate, locale) : '',
    subject: label,
  });
  useDocumentTitle(title);
  const error = file.error ?? study.error;
  if (error) return <ProblemMessage error={error} />;
  if (!file.data || !study.data) return <LoadingIndicator />;
  if (!visit) return <ProblemMessage error={new Error(t('visitEntry.unknownVisit'))} />;
  const panels = (def?.panels ?? [])
    .map((id) => study.data.definition.panels.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  const base = `/subjects/${encodeURIComponent(subjectId)}`;
  return (
    <div className="entry">
      <EntryHeader
        back={`${base}/visits`}
        backLabel={t('entry.backToVisits', { subject: label })}
        title={title}
      >
        {canWrite ? null : <p className="subtitle">{t('entry.readOnly')}</p>}
        {dirtyPanels.size ? <p className="unsaved">{t('entry.unsavedNotice')}</p> : null}
      </EntryHeader>
      {panels.map((panel) => (
        <Section key={panel.id} id={`panel-${panel.id}`} title={localised(panel.name)}>
          {panel.id === 'ct-imaging' ? (
            <p>
              {t('visitEntry.imagingHint')}{' '}
              <Link to={`${base}/visits/${encodeURIComponent(visitId)}/tumour-assessment`}>
                {t('visitEntry.openTumour')}
              </Link>
            </p>
          ) : null}
          <PanelForm
            subjectId={subjectId}
            visitId={visitId}
            panel={panel}
            stored={visit.results.filter((r) => r.panelId === panel.id)}
            canWrite={canWrite}
            onDirtyChange={(d) => markDirty(panel.id, d)}
          />
        </Section>
      ))}
    </div>
  );
}
