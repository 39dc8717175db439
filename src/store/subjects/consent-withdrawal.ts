/**
 * Withdrawal of a consent (issue 5): data collection stops from that date and what was collected
 * stays (the core date rules refuse later visits, doses and labs; nothing is deleted). A new
 * fact, so no reason for change is needed; correcting a withdrawal date is an edit with a reason.
 */

import { compareDates } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Actor } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { recordStateChange } from './state-change.ts';
import { type SubjectScope, subjectCommand, type WriteOutcome } from './subject-command.ts';

export async function withdrawConsent(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  consentId: string,
  input: { date: string; reason?: string | null | undefined },
): Promise<WriteOutcome<{ id: string; withdrawnDate: string }>> {
  return subjectCommand(store, actor, scope, async ({ ctx, file, ref }) => {
    const consent = file.consents.find((c) => c.id === consentId);
    if (!consent) throw new DomainError({ kind: 'not-found', entity: 'consent', id: consentId });
    // The core checks the main consent's withdrawal; for every kind it cannot precede the signature.
    if (compareDates(input.date, consent.signedDate) < 0)
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'body.date',
            rule: 'withdrawal-before-consent',
            message: `withdrawal on ${input.date} is before the consent signed on ${consent.signedDate}`,
          },
        ],
      });
    await recordStateChange(
      ctx,
      'consents',
      consentId,
      { withdrawn_date: input.date, withdrawal_reason: input.reason ?? null },
      { entityType: 'consent', ...ref },
      'withdraw-consent',
    );
    return { result: { id: consentId, withdrawnDate: input.date }, recordId: consentId };
  });
}
