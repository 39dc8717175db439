/** Counts of work waiting: open queries, open safety alerts, overdue visits. */
import { useT } from '../../i18n/i18n.context.tsx';

export function OpenWork({
  queries,
  alerts,
  overdue,
}: {
  queries: number;
  alerts: number;
  overdue: number;
}) {
  const t = useT();
  const items = [
    { label: t('dashboard.openQueries'), value: queries },
    { label: t('dashboard.openAlerts'), value: alerts },
    { label: t('dashboard.overdueVisits'), value: overdue },
  ];
  return (
    <>
      {items.map((i) => (
        <div className="key-figure" key={i.label}>
          <p className="key-figure-label">{i.label}</p>
          <p className={i.value > 0 ? 'key-figure-value attention' : 'key-figure-value'}>
            {i.value}
          </p>
        </div>
      ))}
    </>
  );
}
