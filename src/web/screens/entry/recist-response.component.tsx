/**
 * The engine's RECIST 1.1 answer for the scan being edited (live): sum of diameters, change
 * from baseline and from the nadir, target / non-target / new-lesion / overall responses and
 * the engine's reasons (core `Reason`s, said in the reader's language by `useExplain`), or why
 * it cannot score yet. A polite live region, so a screen reader hears the new response after
 * typing pauses.
 */
import type { TimepointResponse } from '../../../core/recist/response-codes.ts';
import type { Reason } from '../../../core/shared/reason.ts';
import { useResponseLabel } from '../../charts/use-response-label.ts';
import { formatNumber } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { ruleText } from '../../i18n/rule-text.ts';
import { useExplain } from '../../i18n/use-explain.ts';
import { newLesionKey } from './lesion-status-label.ts';
import type { LiveRecist } from './live-recist.ts';

function signedPct(p: number | null, locale: string): string {
  if (p === null) return '—';
  const s = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(p);
  return `${p > 0 ? '+' : ''}${s} %`;
}

export function RecistResponse({ live }: { live: LiveRecist }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useResponseLabel();
  const mm = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale)} mm`);
  const na = t('tumour.notApplicable');
  return (
    <div className="recist-live" aria-live="polite">
      {live.kind === 'baseline' ? (
        <>
          <p>{t('tumour.baselineOnly', { sum: mm(live.sumMm) })}</p>
          <Reasons reasons={live.reasons} />
        </>
      ) : live.kind === 'scored' ? (
        <>
          <dl className="fact-list recist-facts">
            <dt>{t('tumour.sum')}</dt>
            <dd data-testid="recist-sum">{mm(live.score.sumMm)}</dd>
            <dt>{t('tumour.baselineSum')}</dt>
            <dd>{mm(live.baselineSumMm)}</dd>
            <dt>{t('tumour.changeBaseline')}</dt>
            <dd data-testid="recist-change-baseline">
              {signedPct(live.score.changeFromBaselinePct, locale)}
            </dd>
            <dt>{t('tumour.nadir')}</dt>
            <dd>{mm(live.score.nadirMm)}</dd>
            <dt>{t('tumour.changeNadir')}</dt>
            <dd>{signedPct(live.score.changeFromNadirPct, locale)}</dd>
            <dt>{t('tumour.targetResponse')}</dt>
            <dd>{live.score.target ? label(live.score.target) : na}</dd>
            <dt>{t('tumour.nonTargetResponse')}</dt>
            <dd>{live.score.nonTarget ? label(live.score.nonTarget) : na}</dd>
            <dt>{t('tumour.newLesionResponse')}</dt>
            <dd>{t(newLesionKey(live.score.newLesion))}</dd>
            <dt>{t('tumour.overall')}</dt>
            <dd data-testid="recist-overall" className="recist-overall">
              {label(live.score.overall)}
            </dd>
          </dl>
          <Reasons reasons={live.score.reasons} />
        </>
      ) : live.kind === 'set-aside' ? (
        <>
          <p>{t('tumour.cannotScore')}</p>
          <ReasonList reasons={live.reasons} className="recist-problems" />
        </>
      ) : (
        <>
          <p>{t('tumour.cannotScore')}</p>
          <ul className="recist-problems">
            {live.issues.map((i) => (
              <li key={i.message} data-rule={i.rule}>
                {ruleText(locale, i)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  const t = useT();
  if (reasons.length === 0) return null;
  return (
    <>
      <h3>{t('tumour.reasons')}</h3>
      <ReasonList reasons={reasons} className="recist-reasons" />
    </>
  );
}

/** The engine's reasons in the reader's language (`data-code` names each for tests and support). */
function ReasonList({ reasons, className }: { reasons: readonly Reason[]; className: string }) {
  const explain = useExplain();
  return (
    <ul className={className}>
      {reasons.map((r) => (
        <li key={r.text} data-code={r.code}>
          {explain(r)}
        </li>
      ))}
    </ul>
  );
}

/** The engine's overall response of a live result, when it scored one. */
export function engineOverall(live: LiveRecist): TimepointResponse | null {
  return live.kind === 'scored' ? live.score.overall : null;
}
