/**
 * Subjects at my sites with their derived status, overdue visits and open queries; filters by
 * site, status, "with overdue visits" and "with open queries" (issue 9). The overdue count is
 * the server's (GET /api/subjects: visits whose window closed with nothing done, the rule of
 * the schedule and the dashboard). Each subject opens its casebook page. The blinded radiology
 * reviewer reads no queries (src/server/routes/integrity.routes.ts): no query column or filter.
 */
import { useState } from 'react';
import { useOpenQueryCounts } from '../../api/queries.resource.ts';
import { siteCodeOf, useSites } from '../../api/sites.resource.ts';
import {
  SUBJECT_STATUS_KINDS,
  type SubjectStatusKind,
  subjectLabel,
  useSubjects,
} from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { SelectField } from '../../components/select-field.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { CASEBOOK_READERS } from '../../router/app-routes.ts';
import { Link } from '../../router/link.component.tsx';
import { ENTRY_WRITERS } from '../entry/entry.routes.ts';
import '../queries/queries.css';

export function SubjectsScreen() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('subjects.title'));
  const [siteId, setSiteId] = useState('all');
  const [status, setStatus] = useState<SubjectStatusKind | 'all'>('all');
  const [withQueries, setWithQueries] = useState(false);
  const [withOverdue, setWithOverdue] = useState(false);
  const sites = useSites();
  const subjects = useSubjects({
    siteId: siteId === 'all' ? undefined : siteId,
    status: status === 'all' ? undefined : status,
  });
  const readsQueries = useHasRole(CASEBOOK_READERS);
  const counts = useOpenQueryCounts(readsQueries);
  const mayScreen = useHasRole(ENTRY_WRITERS);
  const open = new Map((counts.data?.bySubject ?? []).map((c) => [c.subjectId, c.open]));
  const rows = (subjects.data ?? []).filter(
    (s) => (!withQueries || (open.get(s.id) ?? 0) > 0) && (!withOverdue || s.overdueVisits > 0),
  );

  return (
    <div className="subjects">
      <header className="page-header">
        <h1>{t('subjects.title')}</h1>
        {mayScreen ? (
          <p>
            <Link to="/screening/new">{t('screening.screenNew')}</Link>
          </p>
        ) : null}
      </header>
      <div className="filters">
        <SelectField
          label={t('subjects.site')}
          value={siteId}
          onChange={setSiteId}
          options={[
            { value: 'all', label: t('subjects.allSites') },
            ...(sites.data ?? [])
              .filter((s) => !s.isCentralBiobank)
              .map((s) => ({
                value: s.id,
                label: `${s.code} · ${locale === 'zh-CN' && s.nameZh ? s.nameZh : s.name}`,
              })),
          ]}
        />
        <SelectField<SubjectStatusKind | 'all'>
          label={t('subjects.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: t('subjects.allStatuses') },
            ...SUBJECT_STATUS_KINDS.map((k) => ({ value: k, label: t(`subjectStatus.${k}`) })),
          ]}
        />
        {readsQueries ? (
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={withQueries}
              onChange={(e) => setWithQueries(e.target.checked)}
            />
            {t('subjects.withOpenQueries')}
          </label>
        ) : null}
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={withOverdue}
            onChange={(e) => setWithOverdue(e.target.checked)}
          />
          {t('subjects.withOverdue')}
        </label>
      </div>
      {subjects.isPending ? <LoadingIndicator /> : null}
      {subjects.isError ? (
        <ProblemMessage
          error={subjects.error}
          summary={t('subjects.loadError')}
          onRetry={() => subjects.refetch()}
        />
      ) : null}
      {subjects.data && rows.length === 0 ? <p className="muted">{t('subjects.none')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('subjects.caption', { n: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subjects.subject')}</th>
                <th scope="col">{t('subjects.site')}</th>
                <th scope="col">{t('subjects.status')}</th>
                <th scope="col">{t('subjects.enrolled')}</th>
                <th scope="col">{t('subjects.overdueVisits')}</th>
                {readsQueries ? <th scope="col">{t('subjects.openQueries')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/subjects/${encodeURIComponent(s.id)}`}>{subjectLabel(s)}</Link>
                  </th>
                  <td>{siteCodeOf(sites.data, s.siteId)}</td>
                  <td>{t(`subjectStatus.${s.status.kind}`)}</td>
                  <td>{s.enrollmentDate ? formatCalendarDate(s.enrollmentDate, locale) : '—'}</td>
                  <td>{s.overdueVisits}</td>
                  {readsQueries ? <td>{open.get(s.id) ?? 0}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
