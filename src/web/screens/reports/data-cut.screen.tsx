/**
 * One data cut: what was frozen (cut-off date, author and instant, content hash, audit-chain
 * head, rows per table), its analysis report (statistician) and the CDISC exports of its
 * cut-off date (statistician, data manager). Auditors see the snapshot summary.
 */
import { useDataCut } from '../../api/reports.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { FactList } from '../../components/fact-list.component.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate, formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import type { ScreenProps } from '../../screens.ts';
import { useAnyRole } from '../safety/use-roles.ts';
import { CutExports } from './cut-exports.component.tsx';
import { ReportPanel } from './report-panel.component.tsx';
import { EXPORT_READERS, REPORT_WRITERS } from './reports.routes.ts';
import '../safety/safety.css';
import './reports.css';

export function DataCutScreen({ params }: ScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const name = params.cutName ?? '';
  useDocumentTitle(t('reports.cut.title', { name }));
  const cut = useDataCut(name);
  const canReport = useAnyRole(REPORT_WRITERS);
  const canExport = useAnyRole(EXPORT_READERS);
  const c = cut.data;

  return (
    <div className="reports">
      <header className="page-header">
        <p>
          <Link to="/reports">{t('reports.cut.back')}</Link>
        </p>
        <h1>{t('reports.cut.title', { name })}</h1>
      </header>
      {cut.isPending ? <LoadingIndicator /> : null}
      {cut.isError ? <ProblemMessage error={cut.error} onRetry={() => cut.refetch()} /> : null}
      {c ? (
        <div className="panel-grid">
          <Section id="snapshot" title={t('reports.cut.summary')} className="panel-wide">
            <FactList
              facts={[
                { term: t('reports.cut.study'), value: c.studyId },
                {
                  term: t('reports.list.cutoff'),
                  value: formatCalendarDate(c.cutoffDate, locale),
                },
                {
                  term: t('reports.list.created'),
                  value: t('reports.list.createdValue', {
                    name: c.createdByName,
                    at: formatInstant(c.createdAt, locale),
                  }),
                },
                {
                  term: t('reports.list.contentHash'),
                  value: <span className="mono hash-cell">{c.contentHash}</span>,
                },
                {
                  term: t('reports.list.auditHead'),
                  value: (
                    <span className="mono hash-cell">
                      {t('reports.list.auditHeadValue', { seq: c.auditSeq, hash: c.auditHash })}
                    </span>
                  ),
                },
              ]}
            />
            <details>
              <summary>{t('reports.cut.rowCounts')}</summary>
              <table className="data-table">
                <caption className="visually-hidden">{t('reports.cut.rowCounts')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.cut.table')}</th>
                    <th scope="col">{t('reports.cut.rows')}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(c.rowCounts).map(([table, rows]) => (
                    <tr key={table}>
                      <td className="mono">{table}</td>
                      <td>{rows}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </Section>
          {canReport ? (
            <ReportPanel cut={c.name} />
          ) : (
            <p className="muted">{t('reports.report.statisticianOnly')}</p>
          )}
          {canExport ? <CutExports cutoffDate={c.cutoffDate} /> : null}
        </div>
      ) : null}
    </div>
  );
}
