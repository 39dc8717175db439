/** Visits past the end of their window with no data, oldest first. */
import type { OverdueVisit } from '../../api/analysis.resource.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';

export function OverdueVisits({ visits }: { visits: readonly OverdueVisit[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (visits.length === 0) return <p className="muted">{t('dashboard.noOverdue')}</p>;
  const sorted = [...visits].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.subject')}</th>
            <th scope="col">{t('dashboard.visit')}</th>
            <th scope="col">{t('dashboard.due')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((v) => (
            <tr key={`${v.subjectId}-${v.visit}`}>
              <th scope="row">{v.label}</th>
              <td>{v.visit}</td>
              <td>{formatCalendarDate(v.due, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
