/**
 * Screening: the subjects at my sites who are being screened (each opens its screening file)
 * and the way in to screen a new one.
 */
import { siteCodeOf, useSites } from '../../api/sites.resource.ts';
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import '../safety/safety.css';
import './enrolment.css';

export function ScreeningListScreen() {
  const t = useT();
  useDocumentTitle(t('screening.listTitle'));
  const sites = useSites();
  const subjects = useSubjects({ status: 'screening' });
  return (
    <div className="screening">
      <header className="page-header">
        <h1>{t('screening.listTitle')}</h1>
        <p className="lead">{t('screening.listIntro')}</p>
        <p>
          <Link className="button-link" to="/screening/new">
            {t('screening.screenNew')}
          </Link>
        </p>
      </header>
      {subjects.isPending ? <LoadingIndicator /> : null}
      {subjects.isError ? (
        <ProblemMessage
          error={subjects.error}
          summary={t('subjects.loadError')}
          onRetry={() => subjects.refetch()}
        />
      ) : null}
      {subjects.data && subjects.data.length === 0 ? (
        <p className="muted">{t('screening.noneInScreening')}</p>
      ) : null}
      {subjects.data && subjects.data.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('screening.inScreening', { n: subjects.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subjects.subject')}</th>
                <th scope="col">{t('subjects.site')}</th>
              </tr>
            </thead>
            <tbody>
              {subjects.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/subjects/${encodeURIComponent(s.id)}/screening`}>
                      {subjectLabel(s)}
                    </Link>
                  </th>
                  <td>{siteCodeOf(sites.data, s.siteId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
