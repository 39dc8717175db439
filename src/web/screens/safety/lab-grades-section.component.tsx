/**
 * A subject's lab results with their CTCAE v5.0 grade coloured (server-graded: version, basis
 * and the sentence saying why, e.g. "3.2 × ULN", in the reader's language via `useExplain()`).
 */
import { useLabGrades } from '../../api/safety.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useExplain } from '../../i18n/use-explain.ts';
import { GradeBadge } from './grade-badge.component.tsx';

export function LabGradesSection({ subjectId }: { subjectId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const explain = useExplain();
  const labs = useLabGrades(subjectId);
  const results = [...(labs.data?.results ?? [])].sort(
    (a, b) => b.date.localeCompare(a.date) || a.test.localeCompare(b.test),
  );
  return (
    <Section id="lab-grades" title={t('safetyScreen.labs.title')} className="panel-wide">
      {labs.isPending ? <LoadingIndicator /> : null}
      {labs.isError ? <ProblemMessage error={labs.error} onRetry={() => labs.refetch()} /> : null}
      {labs.data && results.length === 0 ? (
        <p className="muted">{t('safetyScreen.labs.none')}</p>
      ) : null}
      {results.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('safetyScreen.labs.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('safetyScreen.labs.date')}</th>
                <th scope="col">{t('safetyScreen.labs.test')}</th>
                <th scope="col">{t('safetyScreen.labs.value')}</th>
                <th scope="col">{t('safetyScreen.labs.grade')}</th>
                <th scope="col">{t('safetyScreen.labs.why')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.id}>
                  <td>{formatCalendarDate(r.date, locale)}</td>
                  <td>
                    {r.test}{' '}
                    <span className="muted">
                      {/* the CTCAE term in the reader's language (ctcae.name-*); as stored otherwise */}
                      {explain({ code: `ctcae.name-${r.test}`, params: {}, text: r.term })}
                    </span>
                  </td>
                  <td className="numeric">
                    {r.value ?? '—'} {r.unit ?? ''}
                  </td>
                  <td>
                    <GradeBadge grade={r.grade} />
                  </td>
                  <td className="muted">
                    {r.reasons ? r.reasons.map(explain).join('; ') : r.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
