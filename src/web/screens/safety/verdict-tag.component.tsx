/** The screening verdict of a concomitant medication as a tag (colour plus the word). */
import type { ConMed } from '../../api/safety.resource.ts';
import { useT } from '../../i18n/i18n.context.tsx';

export function VerdictTag({ verdict }: { verdict: ConMed['screening']['verdict'] }) {
  const t = useT();
  return <span className={`tag verdict-${verdict}`}>{t(`safetyScreen.verdict.${verdict}`)}</span>;
}
