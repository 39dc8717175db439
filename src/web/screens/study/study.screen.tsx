/**
 * The home screen: the study as its protocol defines it — title, condition, dosing, schedule
 * of assessments, eligibility, endpoints with their rule parameters, the phase II design,
 * prohibited medications, and the protocol version in force with its content hash.
 */
import { useStudy } from '../../api/study.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';
import { Dosing } from './dosing.component.tsx';
import { Eligibility } from './eligibility.component.tsx';
import { Endpoints } from './endpoints.component.tsx';
import { Phase2Design } from './phase2-design.component.tsx';
import { ProhibitedMedications } from './prohibited-medications.component.tsx';
import { ScheduleOfAssessments } from './schedule-of-assessments.component.tsx';
import { StudyOverview } from './study-overview.component.tsx';

export function StudyScreen() {
  const t = useT();
  const local = useLocalised();
  const study = useStudy();
  useDocumentTitle(study.data ? local(study.data.definition.shortTitle) : undefined);

  if (study.isPending) return <LoadingIndicator />;
  if (study.isError)
    return (
      <ProblemMessage
        error={study.error}
        summary={t('study.loadError')}
        onRetry={() => study.refetch()}
      />
    );
  const d = study.data.definition;
  return (
    <article className="study" aria-labelledby="study-title">
      <header className="page-header">
        <p className="eyebrow">
          {t('study.phase', { phase: d.phase })} · {t(`study.design.${d.design}`)} ·{' '}
          {t('study.protocolVersion')} {study.data.version}
        </p>
        <h1 id="study-title">{local(d.title)}</h1>
        <p className="subtitle">{local(d.condition)}</p>
      </header>
      <div className="panel-grid">
        <StudyOverview study={study.data} />
        <Dosing study={d} />
        <ScheduleOfAssessments study={d} />
        <Eligibility study={d} />
        <Endpoints study={d} />
        <Phase2Design study={d} />
        <ProhibitedMedications study={d} />
      </div>
    </article>
  );
}
