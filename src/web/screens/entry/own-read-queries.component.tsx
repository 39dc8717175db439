/**
 * The blinded radiology reviewer's view of the data queries raised on their own independent
 * reads (issue 9): for each read (scan date, the one open on this screen first), the
 * recist-disagreement queries with status and messages, and the answer form on an open one —
 * the only step of the query workflow that is the reviewer's (closing and re-opening are the
 * data manager's and monitor's). Only queries on independent reads reach the reviewer (server:
 * independent-read-queries.routes.ts), so nothing of the site's read shows here.
 */
import {
  useAnswerIndependentReadQuery,
  useIndependentReadQueries,
} from '../../api/independent-read-queries.resource.ts';
import type { DataQuery } from '../../api/queries.resource.ts';
import type { StoredTumourAssessment } from '../../api/subject-entry.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { QueryView } from '../queries/query-view.component.tsx';
import '../queries/queries.css';

/** One query with its own answer mutation (an error stays on the card it belongs to). */
function OwnQuery({
  query,
  subjectId,
  label,
}: {
  query: DataQuery;
  subjectId: string;
  label: string;
}) {
  const answer = useAnswerIndependentReadQuery(subjectId);
  return (
    <QueryView
      query={query}
      subjectLabel={label}
      actions={query.status === 'open' ? ['answer'] : []}
      act={answer}
      level={4}
    />
  );
}

export function OwnReadQueries({
  subjectId,
  subjectLabel,
  reads,
  currentVisitId,
}: {
  subjectId: string;
  subjectLabel: string;
  /** The reviewer's own (independent) reads. */
  reads: readonly StoredTumourAssessment[];
  currentVisitId: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queries = useIndependentReadQueries(subjectId);
  const ordered = [...reads].sort(
    (a, b) =>
      Number(b.visitId === currentVisitId) - Number(a.visitId === currentVisitId) ||
      a.date.localeCompare(b.date),
  );
  const withQueries = ordered
    .map((read) => ({ read, qs: (queries.data ?? []).filter((q) => q.entityId === read.id) }))
    .filter((x) => x.qs.length > 0);
  return (
    <Section id="own-read-queries" title={t('radiology.ownQueriesTitle')}>
      {queries.isPending ? <LoadingIndicator /> : null}
      {queries.error ? <ProblemMessage error={queries.error} /> : null}
      {queries.data && withQueries.length === 0 ? (
        <p className="muted">{t('radiology.noOwnQueries')}</p>
      ) : null}
      {withQueries.map(({ read, qs }) => (
        <div key={read.id} className="query-list" data-testid={`read-queries-${read.visitId}`}>
          <h3>
            {t(read.visitId === currentVisitId ? 'radiology.thisRead' : 'radiology.readOf', {
              date: formatCalendarDate(read.date, locale),
            })}
          </h3>
          {qs.map((q) => (
            <OwnQuery key={q.id} query={q} subjectId={subjectId} label={subjectLabel} />
          ))}
        </div>
      ))}
    </Section>
  );
}
