/** Visits past the end of their window with no data, oldest first. */
import type { OverdueVisit } from '../../api/analysis.resource.ts';
import { useStudy } from '../../api/study.resource.ts';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function OverdueVisits({ visits }: { visits: readonly OverdueVisit[] }) {
  const t = useT();
  const { locale } = useLocale();
  const localised = useLocalised();
  const study = useStudy();
  /** The protocol's name of the visit kind with its number ("Cycle day 1 #3 (cycle 3)"). */
  const visitName = (v: OverdueVisit): string => {
    const def = study.data?.definition.visits.find((d) => d.kind === v.kind);
    const name = def ? localised(def.name) : v.kind;
    return v.cycle === null
      ? t('dashboard.overdueVisitName', { name, n: v.sequence })
      : t('dashboard.overdueVisitCycle', { name, n: v.sequence, cycle: v.cycle });
  };
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
              <td>{visitName(v)}</td>
              <td>{formatCalendarDate(v.due, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
