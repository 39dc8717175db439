/**
 * The site's read and the independent read of one scan side by side (issue 9: "investigators and
 * data managers see both reads and the disagreement"): for each reader the sum of diameters, the
 * change from its own baseline and the RECIST 1.1 engine's overall response (core engine in the
 * browser over that reader's stored scans, as the server scores them), the reader's recorded
 * response and whether it agrees with the engine; then whether the two readers agree, and the
 * recist-disagreement queries the edit check raised on these reads
 * (src/store/subjects/visit-assessments.ts), for those who read queries.
 */
import type { RecistRules } from '../../../core/recist/recist-rules.ts';
import type { TimepointResponse } from '../../../core/recist/response-codes.ts';
import type { ImagingView, ImagingVisit, TumourReader } from '../../api/imaging.resource.ts';
import { useQueries } from '../../api/queries.resource.ts';
import type { StoredTumourAssessment } from '../../api/subject-entry.resource.ts';
import { subjectLabel } from '../../api/subjects.resource.ts';
import { useResponseLabel } from '../../charts/use-response-label.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useHasRoleAt } from '../../components/use-has-role.ts';
import { formatNumber } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { CASEBOOK_READERS } from '../../router/app-routes.ts';
import { QueryCard } from '../queries/query-card.component.tsx';
import { type LiveRecist, liveRecist, toAssessment } from './live-recist.ts';
import '../queries/queries.css';

const READERS: readonly TumourReader[] = ['site', 'independent'];

interface Scored {
  read: StoredTumourAssessment | null;
  live: LiveRecist | null;
}

/** One reader's stored read of the visit scored over that reader's stored series. */
function scoreOf(
  reads: readonly StoredTumourAssessment[],
  reader: TumourReader,
  visitId: string,
  enrollmentDate: string | null,
  rules: Partial<RecistRules> | undefined,
): Scored {
  const own = reads.filter((r) => r.reader === reader);
  const read = own.find((r) => r.visitId === visitId) ?? null;
  if (!read) return { read: null, live: null };
  return {
    read,
    live: liveRecist({
      enrollmentDate,
      stored: own.filter((r) => r.visitId !== visitId).map(toAssessment),
      draft: toAssessment(read),
      ...(rules ? { rules } : {}),
    }),
  };
}

const engineOf = (s: Scored): TimepointResponse | null =>
  s.live?.kind === 'scored' ? s.live.score.overall : null;

export function ReadsCompared({
  subject,
  visit,
  reads,
  rules,
}: {
  subject: ImagingView;
  visit: ImagingVisit;
  reads: readonly StoredTumourAssessment[];
  rules: Partial<RecistRules> | undefined;
}) {
  const t = useT();
  const { locale } = useLocale();
  const responseLabel = useResponseLabel();
  const scored = READERS.map((r) => scoreOf(reads, r, visit.id, subject.enrollmentDate, rules));
  const [site, independent] = scored as [Scored, Scored];
  const mm = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale)} mm`);
  const pct = (p: number | null) =>
    p === null
      ? '—'
      : `${p > 0 ? '+' : ''}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(p)} %`;
  const cell = (s: Scored, f: (s: Scored) => string) => (s.read ? f(s) : t('radiology.notRead'));
  const rows: Array<{ key: string; label: string; value: (s: Scored) => string }> = [
    {
      key: 'sum',
      label: t('tumour.sum'),
      value: (s) =>
        s.live?.kind === 'scored'
          ? mm(s.live.score.sumMm)
          : s.live?.kind === 'baseline'
            ? mm(s.live.sumMm)
            : '—',
    },
    {
      key: 'change',
      label: t('tumour.changeBaseline'),
      value: (s) => (s.live?.kind === 'scored' ? pct(s.live.score.changeFromBaselinePct) : '—'),
    },
    {
      key: 'engine',
      label: t('radiology.engineResponse'),
      value: (s) => {
        const e = engineOf(s);
        return e ? responseLabel(e) : t('radiology.notScored');
      },
    },
    {
      key: 'recorded',
      label: t('radiology.recordedResponse'),
      value: (s) =>
        s.read?.investigatorResponse
          ? responseLabel(s.read.investigatorResponse)
          : t('tumour.noInvestigatorResponse'),
    },
    {
      key: 'agreement',
      label: t('radiology.agreement'),
      value: (s) => {
        const e = engineOf(s);
        const r = s.read?.investigatorResponse ?? null;
        if (!e || !r) return '—';
        return e === r ? t('radiology.agrees') : t('radiology.differs');
      },
    },
  ];
  const siteEngine = engineOf(site);
  const independentEngine = engineOf(independent);
  return (
    <Section id="reads-compared" title={t('radiology.compareTitle')}>
      <div className="table-scroll">
        <table className="data-table reads-compared">
          <caption>{t('radiology.compareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('radiology.measure')}</th>
              <th scope="col">{t('radiology.siteRead')}</th>
              <th scope="col">{t('radiology.independentRead')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`compare-${row.key}`}>
                <th scope="row">{row.label}</th>
                <td>{cell(site, row.value)}</td>
                <td>{cell(independent, row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {siteEngine && independentEngine ? (
        <p
          className={siteEngine === independentEngine ? 'agreement agrees' : 'agreement disagrees'}
          data-testid="readers-agreement"
        >
          {siteEngine === independentEngine
            ? t('radiology.readersAgree', { response: responseLabel(siteEngine) })
            : t('radiology.readersDiffer', {
                site: responseLabel(siteEngine),
                independent: responseLabel(independentEngine),
              })}
        </p>
      ) : null}
      <DisagreementQueries
        subject={subject}
        readIds={scored.flatMap((s) => (s.read ? [s.read.id] : []))}
      />
    </Section>
  );
}

/** The edit check's recist-disagreement queries on these reads (only for who reads queries). */
function DisagreementQueries({ subject, readIds }: { subject: ImagingView; readIds: string[] }) {
  const canRead = useHasRoleAt(CASEBOOK_READERS, subject.siteId);
  if (!canRead) return null;
  return <QueryList subject={subject} readIds={readIds} />;
}

function QueryList({ subject, readIds }: { subject: ImagingView; readIds: string[] }) {
  const t = useT();
  const queries = useQueries({ subjectId: subject.id });
  const mine = (queries.data ?? []).filter(
    (q) => q.rule === 'recist-disagreement' && q.entityId !== null && readIds.includes(q.entityId),
  );
  return (
    <>
      <h3>{t('radiology.disagreementQueries')}</h3>
      {queries.isPending ? <LoadingIndicator /> : null}
      {queries.error ? <ProblemMessage error={queries.error} /> : null}
      {queries.data && mine.length === 0 ? (
        <p className="muted">{t('radiology.noDisagreementQueries')}</p>
      ) : null}
      <div className="query-list">
        {mine.map((q) => (
          <QueryCard key={q.id} query={q} subjectLabel={subjectLabel(subject)} />
        ))}
      </div>
    </>
  );
}
