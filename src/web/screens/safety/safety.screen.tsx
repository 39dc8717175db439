/**
 * The Safety screen: safety alerts at my sites (open by default; investigators acknowledge),
 * serious AEs not yet reported with their 24 h clock, and the subjects whose safety records
 * (AEs, con-meds, labs, deviations) one opens from here.
 */
import { useState } from 'react';
import { type AlertStatus, useSafetyAlerts } from '../../api/safety.resource.ts';
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import { AlertList } from './alert-list.component.tsx';
import { ChoiceField } from './form-field.component.tsx';
import { SaeClockTag } from './sae-reports.component.tsx';
import { ALERT_ACKNOWLEDGERS, useAnyRole } from './use-roles.ts';
import './safety.css';

type StatusFilter = AlertStatus | 'all';

export function SafetyScreen() {
  const t = useT();
  useDocumentTitle(t('safetyScreen.title'));
  const [status, setStatus] = useState<StatusFilter>('open');
  const alerts = useSafetyAlerts(status);
  const subjects = useSubjects({});
  const canAcknowledge = useAnyRole(ALERT_ACKNOWLEDGERS);

  return (
    <div className="safety">
      <header className="page-header">
        <h1>{t('safetyScreen.title')}</h1>
        <p className="subtitle">{t('safetyScreen.intro')}</p>
      </header>
      <div className="panel-grid">
        <Section id="alerts" title={t('safetyScreen.alerts.title')} className="panel-wide">
          <div className="toolbar">
            <ChoiceField<StatusFilter>
              label={t('safetyScreen.alerts.filter')}
              value={status}
              onChange={setStatus}
              options={(['open', 'acknowledged', 'resolved', 'all'] as const).map((s) => ({
                value: s,
                label: t(`safetyScreen.alertFilter.${s}`),
              }))}
            />
          </div>
          {alerts.isPending ? <LoadingIndicator /> : null}
          {alerts.isError ? (
            <ProblemMessage error={alerts.error} onRetry={() => alerts.refetch()} />
          ) : null}
          {alerts.data ? (
            <AlertList alerts={alerts.data.alerts} canAcknowledge={canAcknowledge} showSubject />
          ) : null}
          {alerts.data?.unreportedSaes.length ? (
            <>
              <h3>{t('safetyScreen.sae.title')}</h3>
              <ul className="record-list">
                {alerts.data.unreportedSaes.map((s) => (
                  <li key={s.adverseEventId}>
                    <Link to={`/safety/subjects/${encodeURIComponent(s.subjectId)}`}>
                      {s.subjectCode ?? s.subjectId.slice(0, 8)}
                    </Link>{' '}
                    {s.term} · {t('safetyScreen.grade.n', { grade: s.grade })} ·{' '}
                    <SaeClockTag
                      clock={{
                        reported: false,
                        status: 'pending',
                        dueAt: s.clock.dueAt,
                        minutesRemaining: 0,
                      }}
                    />{' '}
                    <span className={`sae-clock sae-clock-${s.clock.status}`}>
                      {t('safetyScreen.sae.due', {
                        due: s.clock.dueAt.slice(0, 16).replace('T', ' '),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Section>
        <Section
          id="safety-subjects"
          title={t('safetyScreen.subjects.title')}
          className="panel-wide"
        >
          {subjects.isPending ? <LoadingIndicator /> : null}
          {subjects.isError ? <ProblemMessage error={subjects.error} /> : null}
          {subjects.data?.length === 0 ? (
            <p className="muted">{t('safetyScreen.subjects.none')}</p>
          ) : null}
          <ul className="subject-links">
            {subjects.data?.map((s) => (
              <li key={s.id}>
                <Link to={`/safety/subjects/${encodeURIComponent(s.id)}`}>{subjectLabel(s)}</Link>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </div>
  );
}
