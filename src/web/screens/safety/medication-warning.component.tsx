/**
 * The prohibited-drug warning shown AS THE NAME IS TYPED: the core matcher
 * (core/safety/prohibited-medication-matcher.ts, pure, the same the server runs on save) screens
 * the name and ATC code in the browser. A polite live region, so a screen reader hears the
 * warning without losing the field; the server's verdict after saving is shown separately. The
 * matcher's reasons are said in the reader's language (`useExplain()`).
 */
import { useMemo } from 'react';
import { screenMedication } from '../../../core/safety/prohibited-medication-matcher.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { useExplain } from '../../i18n/use-explain.ts';

export function MedicationWarning({ name, atc }: { name: string; atc: string }) {
  const t = useT();
  const explain = useExplain();
  const screening = useMemo(
    () => (name.trim() ? screenMedication({ name, atc: atc.trim() || null }) : null),
    [name, atc],
  );
  let body = null;
  if (screening && screening.kind !== 'allowed') {
    const category = t(`safetyScreen.category.${screening.category}`);
    body = (
      <div className={`med-warning med-warning-${screening.kind}`}>
        <p className="med-warning-title">
          {screening.kind === 'prohibited'
            ? t('safetyScreen.cm.warnProhibited', { drug: screening.drug, category })
            : t('safetyScreen.cm.warnReview', { drug: screening.drug, category })}
        </p>
        <ul>
          {screening.reasons.map((r) => (
            <li key={r.text}>{explain(r)}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div aria-live="polite" className="med-warning-region">
      {body}
    </div>
  );
}
