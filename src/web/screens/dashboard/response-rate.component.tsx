/** A response rate as the protocol reports it: x/n, the estimate, and its exact (Clopper–Pearson) CI. */
import type { ResponseRate } from '../../../core/endpoints/response-rates.ts';
import { formatPercent } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';

export function ResponseRateFigure({ label, rate }: { label: string; rate: ResponseRate }) {
  const t = useT();
  const { locale } = useLocale();
  const pct = (p: number | null) => (p === null ? '—' : formatPercent(p, locale));
  return (
    <div className="key-figure">
      <p className="key-figure-label">{label}</p>
      <p className="key-figure-value">{pct(rate.estimate)}</p>
      <p className="key-figure-detail">
        {t('dashboard.rateDetail', {
          x: rate.x,
          n: rate.n,
          level: formatPercent(rate.confLevel, locale),
          lower: pct(rate.lower),
          upper: pct(rate.upper),
        })}
      </p>
    </div>
  );
}
