/**
 * A subject's casebook controls: signatures (and signing), data queries (and raising one),
 * source data verification and locks, and the audit trail — the integrity views of issue 9.
 */
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { useHasRole } from '../../components/use-has-role.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import type { ScreenProps } from '../../screens.ts';
import { ENTRY_READERS } from '../entry/entry.routes.ts';
import { SubjectTimeline } from '../entry/subject-timeline.component.tsx';
import '../entry/entry.css';
import { AuditTrail } from './audit-trail.component.tsx';
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
  useDocumentTitle(t('casebook.title', { subject: label }));
  return (
    <div className="casebook">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/subjects">{t('subjects.title')}</Link>
        </p>
        <h1>{t('casebook.title', { subject: label })}</h1>
        {subject ? <p className="subtitle">{t(`subjectStatus.${subject.status.kind}`)}</p> : null}
        {readsScreening ? (
          <p>
            <Link to={`/subjects/${encodeURIComponent(subjectId)}/screening`}>
              {t('screening.linkFromCasebook')}
            </Link>
          </p>
        ) : null}
      </header>
      <div className="panel-grid">
        <SubjectTimeline subjectId={subjectId} />
        <Signatures subjectId={subjectId} />
        <VerificationAndLocks subjectId={subjectId} />
        <SubjectQueries subjectId={subjectId} label={label} />
        <AuditTrail subjectId={subjectId} />
      </div>
    </div>
  );
}
