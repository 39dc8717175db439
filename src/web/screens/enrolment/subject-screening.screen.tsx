/**
 * One subject's screening file, in the order the work is done: informed consents, MEN1 results
 * (blood and tumour), the screening visit (ALT and the baseline scan, entered on the visit
 * screens), the protocol's eligibility checklist, then enrolment or a screen failure.
 * Coordinators and investigators get the forms; the other subject readers read.
 */

import { useScreeningFile } from '../../api/screening.resource.ts';
import { siteCodeOf, useSites } from '../../api/sites.resource.ts';
import { useStudy } from '../../api/study.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import type { ScreenProps } from '../../screens.ts';
import { ENTRY_WRITERS } from '../entry/entry.routes.ts';
import { EntryHeader } from '../entry/subject-header.component.tsx';
import { ConsentsSection } from './consents-section.component.tsx';
import { EligibilitySection } from './eligibility-section.component.tsx';
import { EnrolmentSection } from './enrolment-section.component.tsx';
import { Men1ResultsSection } from './men1-results-section.component.tsx';
import '../safety/safety.css';
import './enrolment.css';

export function SubjectScreeningScreen({ params }: ScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const subjectId = params.subjectId ?? '';
  const file = useScreeningFile(subjectId);
  const study = useStudy();
  const sites = useSites();
  const canWrite = useHasRole(ENTRY_WRITERS);
  const label = file.data ? (file.data.subjectCode ?? file.data.screeningNumber) : subjectId;
  useDocumentTitle(t('screening.fileTitle', { subject: label }));
  const error = file.error ?? study.error;
  if (error) return <ProblemMessage error={error} />;
  if (!file.data || !study.data) return <LoadingIndicator />;
  const f = file.data;
  const base = `/subjects/${encodeURIComponent(subjectId)}`;
  const screeningVisits = f.visits.filter((v) => v.kind === 'screening');
  const criteria = study.data.definition.eligibility;
  return (
    <div className="screening">
      <EntryHeader
        back={base}
        backLabel={t('entry.backToCasebook', { subject: label })}
        title={t('screening.fileTitle', { subject: label })}
      >
        <p className="subtitle">
          {t('screening.fileSubtitle', {
            site: siteCodeOf(sites.data, f.siteId),
            status: t(`subjectStatus.${f.status.kind}`),
          })}
        </p>
      </EntryHeader>
      <div className="panel-grid">
        <ConsentsSection subjectId={subjectId} consents={f.consents} canWrite={canWrite} />
        <Men1ResultsSection subjectId={subjectId} results={f.men1Results} canWrite={canWrite} />
        <Section id="screening-visit" title={t('screening.visitTitle')}>
          <p className="field-hint">{t('screening.visitHint')}</p>
          {screeningVisits.length === 0 ? (
            <p>
              <Link to={`${base}/visits`}>{t('screening.recordVisit')}</Link>
            </p>
          ) : (
            <ul>
              {screeningVisits.map((v) => (
                <li key={v.id}>
                  {formatCalendarDate(v.visitDate, locale)}:{' '}
                  <Link to={`${base}/visits/${encodeURIComponent(v.id)}`}>
                    {t('screening.enterLabs')}
                  </Link>{' '}
                  ·{' '}
                  <Link to={`${base}/visits/${encodeURIComponent(v.id)}/tumour-assessment`}>
                    {t('screening.baselineScan')}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <EligibilitySection
          subjectId={subjectId}
          criteria={criteria}
          eligibility={f.eligibility}
          canWrite={canWrite && !f.enrollmentDate && !f.screenFailure}
        />
        <EnrolmentSection file={f} criteria={criteria} canWrite={canWrite} />
      </div>
    </div>
  );
}
