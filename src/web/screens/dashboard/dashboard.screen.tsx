/**
 * The study dashboard (issue 9): design status, ORR and DCR with exact CIs, open work, then
 * enrolment by site and the participant flow, PFS and OS Kaplan–Meier curves, waterfall,
 * swimmer and spider plots of tumour response, and the safety summary (AEs by grade, eDISH).
 * Every figure downloads as SVG/PNG and its data as CSV. Data: GET /api/analysis/overview.
 */
import { useDeferredValue } from 'react';
import { useAnalysisOverview } from '../../api/analysis.resource.ts';
import { siteCodeOf, useSites } from '../../api/sites.resource.ts';
import { ConsortChart } from '../../charts/consort-chart.component.tsx';
import { EdishChart } from '../../charts/edish-chart.component.tsx';
import { EnrolmentChart } from '../../charts/enrolment-chart.component.tsx';
import { KmChart } from '../../charts/km-chart.component.tsx';
import { SpiderChart } from '../../charts/spider-chart.component.tsx';
import { SwimmerChart } from '../../charts/swimmer-chart.component.tsx';
import { WaterfallChart } from '../../charts/waterfall-chart.component.tsx';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { AeGradeTable } from './ae-grade-table.component.tsx';
import { DesignStatus } from './design-status.component.tsx';
import { OpenWork } from './open-work.component.tsx';
import { OverdueVisits } from './overdue-visits.component.tsx';
import { ResponseRateFigure } from './response-rate.component.tsx';
import './dashboard.css';

export function DashboardScreen() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('dashboard.title'));
  const overview = useAnalysisOverview();
  const sites = useSites();
  // The overview arrives in a synchronous update (the query store); deferred, the dashboard
  // is rendered in a transition that React splits into short slices, where a 1,000-subject
  // study's figures' data took one long task (bench/web-dashboard.bench.ts).
  const deferred = useDeferredValue(overview.data);

  if (overview.isPending) return <LoadingIndicator />;
  if (overview.isError)
    return (
      <>
        <h1>{t('dashboard.title')}</h1>
        <ProblemMessage
          error={overview.error}
          summary={t('dashboard.loadError')}
          onRetry={() => overview.refetch()}
        />
      </>
    );
  const o = deferred;
  if (!o) return <LoadingIndicator />;
  const e = o.endpoints;
  const enrolment = o.enrolmentBySite.map((s) => ({
    siteCode: s.siteCode ?? siteCodeOf(sites.data, s.siteId),
    dates: s.dates,
  }));
  return (
    <div className="dashboard">
      <header className="page-header">
        <p className="eyebrow">
          {t('dashboard.asOf', { date: formatCalendarDate(o.asOf, locale) })}
        </p>
        <h1>{t('dashboard.title')}</h1>
      </header>
      <div className="panel-grid">
        <Section id="design-status" title={t('dashboard.designTitle')}>
          {e ? (
            <DesignStatus design={e.design} />
          ) : (
            <p className="muted">{t('dashboard.noneEnrolled')}</p>
          )}
        </Section>
        <Section id="key-figures" title={t('dashboard.keyFigures')}>
          <div className="key-figures">
            {e ? <ResponseRateFigure label={t('dashboard.orr')} rate={e.orr} /> : null}
            {e ? <ResponseRateFigure label={t('dashboard.dcr')} rate={e.dcr} /> : null}
            <OpenWork
              queries={o.openQueries}
              alerts={o.safety.openAlerts}
              overdue={o.overdueVisits.length}
            />
          </div>
        </Section>
        <Section id="enrolment" title={t('dashboard.enrolmentTitle')}>
          <EnrolmentChart sites={enrolment} asOf={o.asOf} />
        </Section>
        <Section id="flow" title={t('dashboard.flowTitle')}>
          <ConsortChart consort={o.consort} />
        </Section>
        <Section id="survival" title={t('dashboard.survivalTitle')} className="panel-wide">
          {e ? (
            <div className="columns">
              <KmChart
                id="km-pfs"
                title={t('dashboard.pfs')}
                endpoint={t('dashboard.pfsAxis')}
                km={e.pfs}
              />
              <KmChart
                id="km-os"
                title={t('dashboard.os')}
                endpoint={t('dashboard.osAxis')}
                km={e.os}
                colour="#7a5195"
              />
            </div>
          ) : (
            <p className="muted">{t('dashboard.noneEnrolled')}</p>
          )}
        </Section>
        <Section id="response" title={t('dashboard.responseTitle')} className="panel-wide">
          <div className="columns">
            <WaterfallChart subjects={o.tumour} />
            <SpiderChart subjects={o.tumour} />
          </div>
          <SwimmerChart subjects={o.tumour} asOf={o.asOf} />
        </Section>
        <Section id="safety" title={t('dashboard.safetyTitle')} className="panel-wide">
          <div className="columns">
            <AeGradeTable rows={o.safety.aeByGrade} />
            <EdishChart points={o.safety.edish} />
          </div>
        </Section>
        <Section id="overdue" title={t('dashboard.overdueTitle')} className="panel-wide">
          <OverdueVisits visits={o.overdueVisits} />
        </Section>
      </div>
    </div>
  );
}
