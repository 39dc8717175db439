/**
 * The history of quantities taken from one specimen (partial uses and aliquoting), oldest
 * first: when, how much, for what, what remained after, who. The remaining quantity after each
 * use is the server's exact decimal (store/specimens/processing-repository.ts takeQuantity).
 */
import type { SpecimenDetail } from '../../api/specimens.resource.ts';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { usePurposeLabel } from './use-purpose-label.ts';

export function UseHistory({ specimen: s }: { specimen: SpecimenDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const purpose = usePurposeLabel();
  if (s.uses.length === 0) return <p className="muted">{t('uses.none', { label: s.label })}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('uses.history', { label: s.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('uses.when')}</th>
            <th scope="col">{t('uses.amount')}</th>
            <th scope="col">{t('uses.purpose')}</th>
            <th scope="col">{t('uses.remainingAfter')}</th>
            <th scope="col">{t('uses.by')}</th>
          </tr>
        </thead>
        <tbody>
          {s.uses.map((u, i) => (
            // uses are append-only and listed in recorded order: the index is stable
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list, see above
            <tr key={i}>
              <td>{formatInstant(u.occurredAt, locale)}</td>
              <td className="numeric">
                {u.quantity} {s.unit}
              </td>
              <td>{purpose(u.purpose)}</td>
              <td className="numeric">
                {u.remainingAfter} {s.unit}
              </td>
              <td>{u.by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
