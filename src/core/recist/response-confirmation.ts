/**
 * Confirmation of a CR or PR (RECIST 1.1 §4.6; CLINICAL-RULES.md): a CR/PR counts as confirmed
 * when the first later assessment that could confirm it — a CR for a CR, a CR or PR for a PR —
 * at least `confirmationDays` later exists, and everything from the first of the pair to that
 * confirmation is acceptable: at most one NE, no SD, and no PR after a CR.
 *
 * Same algorithm as admiralonco `derive_param_confirmed_bor` with `max_nr_ne = 1` and
 * `accept_sd = FALSE`: only the first assessment meeting the time condition is examined, so an
 * SD before it cannot be skipped by looking further.
 */
import { dayNumber, type IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';
import { recistReason } from './recist-reason.ts';
import type { RecistRules } from './recist-rules.ts';
import type { TimepointResponse } from './response-codes.ts';

/** RECIST 1.1 §4.6 as parametrised here: at most one NE between a response and its confirmation. */
export const MAX_NE_BETWEEN = 1;

export interface DatedResponse {
  date: IsoDate;
  response: TimepointResponse;
}

export type ConfirmationOutcome =
  | { kind: 'confirmed'; by: DatedResponse; days: number; reason: Reason }
  | { kind: 'not-confirmed'; reason: Reason };

/**
 * Is the CR or PR at `responses[index]` confirmed?
 *
 * @example
 * confirmResponse([{ date: '2026-03-01', response: 'PR' }, { date: '2026-03-29', response: 'NE' },
 *   { date: '2026-04-26', response: 'PR' }], 0, { confirmationDays: 28, sdMinDays: 42, continuingPartialResponse: false })
 * // → { kind: 'confirmed', by: { date: '2026-04-26', response: 'PR' }, days: 56,
 * //     reason: { code: 'recist.confirmed', text: 'PR on 2026-03-01 confirmed by PR on 2026-04-26 (56 days ≥ 28, 1 NE between) …', … } }
 */
export function confirmResponse(
  responses: readonly DatedResponse[],
  index: number,
  rules: RecistRules,
  /** Day numbers of `responses`, when the caller already has them (saves re-parsing dates). */
  days: readonly number[] = responses.map((r) => dayNumber(r.date)),
): ConfirmationOutcome {
  const first = responses[index];
  if (!first || (first.response !== 'CR' && first.response !== 'PR'))
    return { kind: 'not-confirmed', reason: recistReason('recist.confirm-only-cr-pr') };
  const code = first.response;
  const head = { response: code, date: first.date };
  const { confirmationDays } = rules;
  const confirms = (r: TimepointResponse) => r === 'CR' || (code === 'PR' && r === 'PR');
  let end = -1;
  for (let k = index + 1; k < responses.length; k++) {
    const r = responses[k];
    if (r && confirms(r.response) && gap(days, index, k) >= confirmationDays) {
      end = k;
      break;
    }
  }
  if (end < 0)
    return {
      kind: 'not-confirmed',
      reason:
        code === 'CR'
          ? recistReason('recist.cr-not-confirmed-no-cr', { date: first.date, confirmationDays })
          : recistReason('recist.pr-not-confirmed-no-cr-pr', {
              date: first.date,
              confirmationDays,
            }),
    };
  let ne = 0;
  let crDate: IsoDate | null = null;
  for (let k = index + 1; k <= end; k++) {
    const r = responses[k];
    if (!r) continue;
    const fail = (reason: Reason): ConfirmationOutcome => ({ kind: 'not-confirmed', reason });
    const other = { other: r.response, otherDate: r.date };
    if (r.response === 'NE') ne++;
    else if (r.response === 'SD')
      return fail(recistReason('recist.not-confirmed-sd-between', { ...head, sdDate: r.date }));
    else if (code === 'CR' && r.response !== 'CR')
      return fail(recistReason('recist.not-confirmed-in-cr-window', { ...head, ...other }));
    else if (r.response === 'PR' && crDate !== null)
      return fail(
        recistReason('recist.not-confirmed-pr-after-cr', { ...head, prDate: r.date, crDate }),
      );
    else if (r.response === 'CR') crDate ??= r.date;
    else if (r.response !== 'PR')
      return fail(recistReason('recist.not-confirmed-in-window', { ...head, ...other }));
    if (ne > MAX_NE_BETWEEN)
      return fail(
        recistReason('recist.not-confirmed-too-many-ne', { ...head, ne, maxNe: MAX_NE_BETWEEN }),
      );
  }
  const by = responses[end] as DatedResponse;
  const apart = gap(days, index, end);
  return {
    kind: 'confirmed',
    by,
    days: apart,
    reason: recistReason('recist.confirmed', {
      ...head,
      by: by.response,
      byDate: by.date,
      days: apart,
      confirmationDays,
      ne,
    }),
  };
}

function gap(days: readonly number[], from: number, to: number): number {
  return (days[to] ?? 0) - (days[from] ?? 0);
}
