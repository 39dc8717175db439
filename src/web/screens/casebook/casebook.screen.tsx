/**
 * A subject's casebook. For the study team: the timeline, the imaging visits with both tumour
 * reads, signatures (and signing), data queries (and raising one), source data verification and
 * locks, and the audit trail — the integrity views of issue 9. For the blinded independent
 * radiology reviewer: only the imaging visits and their own reads (the server refuses them the
 * rest: src/server/routes/subject-access.ts), so the page calls no endpoint they may not use.
 */
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { useHasRole, useHasRoleAt } from '../../components/use-has-role.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { CASEBOOK_READERS } from '../../router/app-routes.ts';
import { Link } from '../../router/link.component.tsx';
import type { ScreenProps } from '../../screens.ts';
import { ENTRY_READERS } from '../entry/entry.routes.ts';
import { SubjectTimeline } from '../entry/subject-timeline.component.tsx';
import '../entry/entry.css';
import { AuditTrail } from './audit-trail.component.tsx';
import { ImagingVisits } from './imaging-visits.component.tsx';
import { Signatures } from './signatures.component.tsx';
import { SubjectQueries } from './subject-queries.component.tsx';
import { VerificationAndLocks } from './verification-locks.component.tsx';
import '../queries/queries.css';

export function CasebookScreen({ params }: ScreenProps) {
  const t = useT();
  const subjectId = params.subjectId ?? '';
  const subjects = useSubjects({});
  const subject = subjects.data?.find((s) => s.id === subjectId);
  const label = subject ? subjectLabel(subject) : subjectId;
  const readsScreening = useHasRole(ENTRY_READERS);
  const teamAtSite = useHasRoleAt(CASEBOOK_READERS, subject?.siteId);
  const teamAnywhere = useHasRole(CASEBOOK_READERS);
  // Site-aware once the subject is known (a reviewer here may be a monitor elsewhere).
  const team = subject ? teamAtSite : teamAnywhere;
  useDocumentTitle(
    team
      ? t('casebook.title', { subject: label })
      : t('radiology.casebookTitle', { subject: label }),
  );
  if (subjects.isPending) return <LoadingIndicator />;
  const header = (
    <header className="page-header">
      <p className="eyebrow">
        <Link to="/subjects">{t('subjects.title')}</Link>
      </p>
      <h1>
        {team
          ? t('casebook.title', { subject: label })
          : t('radiology.casebookTitle', { subject: label })}
      </h1>
      {subject ? <p className="subtitle">{t(`subjectStatus.${subject.status.kind}`)}</p> : null}
      {readsScreening && team ? (
        <p>
          <Link to={`/subjects/${encodeURIComponent(subjectId)}/screening`}>
            {t('screening.linkFromCasebook')}
          </Link>
        </p>
      ) : null}
      {team ? null : <p>{t('radiology.casebookIntro')}</p>}
    </header>
  );
  if (!team)
    return (
      <div className="casebook">
        {header}
        <div className="panel-grid">
          <ImagingVisits subjectId={subjectId} reviewer className="panel-wide" />
        </div>
      </div>
    );
  return (
    <div className="casebook">
      {header}
      <div className="panel-grid">
        <SubjectTimeline subjectId={subjectId} />
        <ImagingVisits subjectId={subjectId} reviewer={false} />
        <Signatures subjectId={subjectId} />
        <VerificationAndLocks subjectId={subjectId} />
        <SubjectQueries subjectId={subjectId} label={label} />
        <AuditTrail subjectId={subjectId} />
      </div>
    </div>
  );
}
