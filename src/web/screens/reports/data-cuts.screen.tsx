/**
 * Data cuts (issue 12): every frozen cut with its cut-off date, who froze it and when, its
 * content hash and the audit-chain head it was stamped with; the statistician freezes new ones
 * here. Each cut opens its own screen (report and exports).
 */
import { useDataCuts } from '../../api/reports.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate, formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import { useAnyRole } from '../safety/use-roles.ts';
import { FreezeCutForm } from './freeze-cut-form.component.tsx';
import { REPORT_WRITERS } from './reports.routes.ts';
import '../safety/safety.css';
import './reports.css';

export const cutPath = (name: string) => `/reports/${encodeURIComponent(name)}`;

export function DataCutsScreen() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('reports.title'));
  const canFreeze = useAnyRole(REPORT_WRITERS);
  const cuts = useDataCuts();

  return (
    <div className="reports">
      <header className="page-header">
        <h1>{t('reports.title')}</h1>
        <p className="subtitle">{t('reports.intro')}</p>
      </header>
      <div className="panel-grid">
        {canFreeze ? <FreezeCutForm /> : null}
        <Section id="cut-list" title={t('reports.list.title')} className="panel-wide">
          {cuts.isPending ? <LoadingIndicator /> : null}
          {cuts.isError ? (
            <ProblemMessage error={cuts.error} onRetry={() => cuts.refetch()} />
          ) : null}
          {cuts.data?.length === 0 ? <p className="muted">{t('reports.list.none')}</p> : null}
          {cuts.data?.length ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('reports.list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.list.name')}</th>
                    <th scope="col">{t('reports.list.cutoff')}</th>
                    <th scope="col">{t('reports.list.created')}</th>
                    <th scope="col">{t('reports.list.contentHash')}</th>
                    <th scope="col">{t('reports.list.auditHead')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...cuts.data].reverse().map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link
                          to={cutPath(c.name)}
                          aria-label={t('reports.list.open', { name: c.name })}
                        >
                          {c.name}
                        </Link>
                      </th>
                      <td>{formatCalendarDate(c.cutoffDate, locale)}</td>
                      <td>
                        {t('reports.list.createdValue', {
                          name: c.createdByName,
                          at: formatInstant(c.createdAt, locale),
                        })}
                      </td>
                      <td className="mono hash-cell" title={c.contentHash}>
                        {c.contentHash}
                      </td>
                      <td className="mono hash-cell" title={c.auditHash}>
                        {t('reports.list.auditHeadValue', { seq: c.auditSeq, hash: c.auditHash })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Section>
      </div>
    </div>
  );
}
