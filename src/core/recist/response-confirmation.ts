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
import type { RecistRules } from './recist-rules.ts';
import type { TimepointResponse } from './response-codes.ts';

/** RECIST 1.1 §4.6 as parametrised here: at most one NE between a response and its confirmation. */
export const MAX_NE_BETWEEN = 1;

export interface DatedResponse {
  date: IsoDate;
  response: TimepointResponse;
}

export type ConfirmationOutcome =
  | { kind: 'confirmed'; by: DatedResponse; days: number; reason: string }
  | { kind: 'not-confirmed'; reason: string };

/**
 * Is the CR or PR at `responses[index]` confirmed?
 *
 * @example
 * confirmResponse([{ date: '2026-03-01', response: 'PR' }, { date: '2026-03-29', response: 'NE' },
 *   { date: '2026-04-26', response: 'PR' }], 0, { confirmationDays: 28, sdMinDays: 42, continuingPartialResponse: false })
 * // → { kind: 'confirmed', by: { date: '2026-04-26', response: 'PR' }, days: 56, reason: 'PR on 2026-03-01 confirmed by PR on 2026-04-26 (56 days ≥ 28, 1 NE between) …' }
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
    return { kind: 'not-confirmed', reason: 'only a CR or PR can be confirmed' };
  const code = first.response;
  const head = `${code} on ${first.date}`;
  const confirms = (r: TimepointResponse) => r === 'CR' || (code === 'PR' && r === 'PR');
  let end = -1;
  for (let k = index + 1; k < responses.length; k++) {
    const r = responses[k];
    if (r && confirms(r.response) && gap(days, index, k) >= rules.confirmationDays) {
      end = k;
      break;
    }
  }
  const wanted = code === 'CR' ? 'CR' : 'CR or PR';
  if (end < 0)
    return {
      kind: 'not-confirmed',
      reason: `${head} not confirmed: no ${wanted} ≥ ${rules.confirmationDays} days later (RECIST 1.1 §4.6)`,
    };
  let ne = 0;
  let crDate: IsoDate | null = null;
  for (let k = index + 1; k <= end; k++) {
    const r = responses[k];
    if (!r) continue;
    const fail = (why: string): ConfirmationOutcome => ({
      kind: 'not-confirmed',
      reason: `${head} not confirmed: ${why} (RECIST 1.1 §4.6)`,
    });
    if (r.response === 'NE') ne++;
    else if (r.response === 'SD')
      return fail(`SD on ${r.date} before the confirmation (no SD allowed)`);
    else if (code === 'CR' && r.response !== 'CR')
      return fail(`${r.response} on ${r.date} inside the confirmation window`);
    else if (r.response === 'PR' && crDate !== null)
      return fail(`PR on ${r.date} after CR on ${crDate} inside the window`);
    else if (r.response === 'CR') crDate ??= r.date;
    else if (r.response !== 'PR') return fail(`${r.response} on ${r.date} inside the window`);
    if (ne > MAX_NE_BETWEEN)
      return fail(`${ne} NE before the confirmation (at most ${MAX_NE_BETWEEN})`);
  }
  const by = responses[end] as DatedResponse;
  const apart = gap(days, index, end);
  return {
    kind: 'confirmed',
    by,
    days: apart,
    reason: `${head} confirmed by ${by.response} on ${by.date} (${apart} days ≥ ${rules.confirmationDays}, ${ne} NE between) (RECIST 1.1 §4.6)`,
  };
}

function gap(days: readonly number[], from: number, to: number): number {
  return (days[to] ?? 0) - (days[from] ?? 0);
}
