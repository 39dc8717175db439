/**
 * An enrolled subject's outcome for the interim (Simon two-stage) decision, from what the
 * records hold today.
 *
 * - `response`: the RECIST engine's confirmed best overall response over the stored scans is CR
 *   or PR.
 * - `no-response`: the subject is "evaluated" — treatment ended, or at least one post-baseline
 *   tumour evaluation exists — and has no confirmed response and no unconfirmed CR/PR awaiting
 *   its confirmation scan.
 * - `pending`: not evaluated yet (or a CR/PR awaits confirmation).
 *
 * This is deliberately simpler than the endpoint derivation: once the investigator's and the
 * independent reviewer's recorded responses (SDTM RS) and the data cut-off exist, the
 * statistician's response outcome (confirmed BOR final only after progression, death, new
 * therapy, the horizon or completed evaluation) should replace the "≥ 1 post-baseline scan"
 * shortcut, which can count as a non-responder a subject whose response comes at a later scan.
 */
import type { BorResponse } from '../recist/response-codes.ts';
import type { ResponseOutcome } from '../stats/simon-decision.ts';

export interface InterimFacts {
  treatmentEnded: boolean;
  postBaselineEvaluations: number;
  confirmedBor: BorResponse | null;
  unconfirmedBor: BorResponse | null;
}

const RESPONSE: ReadonlySet<BorResponse> = new Set(['CR', 'PR']);

/**
 * @example interimOutcome({ treatmentEnded: false, postBaselineEvaluations: 0, confirmedBor: null, unconfirmedBor: null }) // 'pending'
 */
export function interimOutcome(f: InterimFacts): ResponseOutcome {
  if (f.confirmedBor && RESPONSE.has(f.confirmedBor)) return 'response';
  if (!f.treatmentEnded && f.unconfirmedBor && RESPONSE.has(f.unconfirmedBor)) return 'pending';
  return f.treatmentEnded || f.postBaselineEvaluations >= 1 ? 'no-response' : 'pending';
}
