/**
 * The casebook's timeline of a subject (GET /api/subjects/:id `timeline`: consents, visits,
 * enrolment, dispensing, dose changes…, each with its study day) and the link to its visits
 * and data entry.
 */
import { useSubjectFile } from '../../api/subject-entry.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';

export function SubjectTimeline({ subjectId }: { subjectId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const file = useSubjectFile(subjectId);
  return (
    <Section id="timeline" title={t('timeline.title')}>
      <p>
        <Link to={`/subjects/${encodeURIComponent(subjectId)}/visits`}>
          {t('visits.linkVisits')}
        </Link>
      </p>
      {file.error ? (
        <ProblemMessage error={file.error} />
      ) : !file.data ? (
        <LoadingIndicator />
      ) : file.data.timeline.length === 0 ? (
        <p>{t('timeline.none')}</p>
      ) : (
        <ol className="timeline-list">
          {file.data.timeline.map((e) => (
            <li key={`${e.date}-${e.kind}-${e.recordId ?? e.label}`}>
              <span>{formatCalendarDate(e.date, locale)}</span>
              <span>{e.studyDay === null ? '' : t('timeline.day', { day: e.studyDay })}</span>
              <span>{e.label}</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
