/** A receipt reconciliation outcome as a tag (colour plus the word). */
import type { ReceiptOutcome } from '../../api/specimens.resource.ts';
import { useT } from '../../i18n/i18n.context.tsx';

export function OutcomeTag({ outcome }: { outcome: ReceiptOutcome }) {
  const t = useT();
  return <span className={`tag outcome-${outcome}`}>{t(`shipments.outcome.${outcome}`)}</span>;
}
