/**
 * A subject's imaging visits with the tumour reads the viewer may see (GET …/imaging): the site's
 * and the independent reader's recorded responses side by side for the study team, the
 * reviewer's own reads only for the blinded radiology reviewer, each visit linking to its tumour
 * assessment.
 */
import { type TumourReader, useSubjectImaging } from '../../api/imaging.resource.ts';
import { useStudy } from '../../api/study.resource.ts';
import { useResponseLabel } from '../../charts/use-response-label.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';

export function ImagingVisits({
  subjectId,
  reviewer,
  className,
}: {
  subjectId: string;
  /** The viewer records the independent read (link wording). */
  reviewer: boolean;
  className?: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const localised = useLocalised();
  const responseLabel = useResponseLabel();
  const view = useSubjectImaging(subjectId);
  const study = useStudy();
  const readerTitle = (r: TumourReader) =>
    t(r === 'site' ? 'radiology.siteRead' : 'radiology.independentRead');
  const body = () => {
    const error = view.error ?? study.error;
    if (error) return <ProblemMessage error={error} />;
    if (!view.data || !study.data) return <LoadingIndicator />;
    const v = view.data;
    const defs = study.data.definition.visits;
    const visitName = (k: string) => {
      const d = defs.find((x) => x.kind === k);
      return d ? localised(d.name) : k;
    };
    return (
      <>
        <p className="muted">
          {v.enrollmentDate
            ? t('radiology.enrolled', { date: formatCalendarDate(v.enrollmentDate, locale) })
            : t('radiology.notEnrolled')}
        </p>
        {v.visits.length === 0 ? (
          <p>{t('radiology.noImagingVisits')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('radiology.visit')}</th>
                  <th scope="col">{t('radiology.date')}</th>
                  {v.readers.map((r) => (
                    <th scope="col" key={r}>
                      {readerTitle(r)}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t('radiology.openAssessment')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {v.visits.map((visit) => {
                  const date = formatCalendarDate(visit.visitDate, locale);
                  return (
                    <tr key={visit.id}>
                      <th scope="row">{visitName(visit.kind)}</th>
                      <td>{date}</td>
                      {v.readers.map((r) => {
                        const read = visit.reads.find((x) => x.reader === r);
                        return (
                          <td key={r} data-testid={`read-${r}`}>
                            {!read
                              ? t('radiology.notRead')
                              : read.investigatorResponse
                                ? responseLabel(read.investigatorResponse)
                                : t('radiology.readNoResponse')}
                          </td>
                        );
                      })}
                      <td>
                        <Link
                          to={`/subjects/${encodeURIComponent(subjectId)}/visits/${encodeURIComponent(visit.id)}/tumour-assessment`}
                        >
                          {t(reviewer ? 'radiology.open' : 'radiology.openAssessment')}
                          <span className="visually-hidden"> {date}</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  };
  return (
    <Section
      id="imaging-visits"
      title={t('radiology.imagingTitle')}
      {...(className ? { className } : {})}
    >
      {body()}
    </Section>
  );
}
