/**
 * One subject's safety records: open alerts, adverse events (entry and edit with a reason),
 * concomitant medications (prohibited-drug warning while typing, the server's verdict after
 * saving), lab results with CTCAE grades coloured, and protocol deviations. Coordinators and
 * investigators see the forms; monitors, data managers and auditors read.
 */
import { useSafetyAlerts } from '../../api/safety.resource.ts';
import { useSites } from '../../api/sites.resource.ts';
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import type { ScreenProps } from '../../screens.ts';
import { AdverseEventSection } from './adverse-event-section.component.tsx';
import { AlertList } from './alert-list.component.tsx';
import { ConMedSection } from './con-med-section.component.tsx';
import { DeviationsSection } from './deviations-section.component.tsx';
import { LabGradesSection } from './lab-grades-section.component.tsx';
import { ALERT_ACKNOWLEDGERS, SAFETY_WRITERS, useAnyRole } from './use-roles.ts';
import './safety.css';

export function SafetySubjectScreen({ params }: ScreenProps) {
  const t = useT();
  const subjectId = params.subjectId ?? '';
  const subjects = useSubjects({});
  const subject = subjects.data?.find((s) => s.id === subjectId);
  const name = subject ? subjectLabel(subject) : '…';
  // times of the SAE clock are typed and shown in the site's own time zone
  const sites = useSites();
  const timeZone = sites.data?.find((s) => s.id === subject?.siteId)?.timezone;
  useDocumentTitle(t('safetyScreen.subjectTitle', { subject: name }));
  const alerts = useSafetyAlerts('open', subjectId);
  const canWrite = useAnyRole(SAFETY_WRITERS);
  const canAcknowledge = useAnyRole(ALERT_ACKNOWLEDGERS);

  return (
    <div className="safety">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/safety">{t('safetyScreen.back')}</Link>
        </p>
        <h1>{t('safetyScreen.subjectTitle', { subject: name })}</h1>
      </header>
      <div className="panel-grid">
        <Section
          id="subject-alerts"
          title={t('safetyScreen.alerts.openTitle')}
          className="panel-wide"
        >
          {alerts.data ? (
            <AlertList
              alerts={alerts.data.alerts}
              canAcknowledge={canAcknowledge}
              showSubject={false}
            />
          ) : null}
        </Section>
        <ConMedSection subjectId={subjectId} canWrite={canWrite} />
        <AdverseEventSection subjectId={subjectId} canWrite={canWrite} timeZone={timeZone} />
        <LabGradesSection subjectId={subjectId} />
        <DeviationsSection subjectId={subjectId} canWrite={canWrite} />
      </div>
    </div>
  );
}
