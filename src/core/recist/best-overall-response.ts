/**
 * Best overall response (BOR) from a subject's dated time-point responses (RECIST 1.1 §4.4.3,
 * §4.6; CLINICAL-RULES.md), unconfirmed and confirmed, as admiralonco's `derive_param_bor` and
 * `derive_param_confirmed_bor` define them (with `max_nr_ne = 1`, `accept_sd = FALSE`):
 *
 * 1. Data are cut at the start of new anticancer therapy (assessments after that date do not
 *    count; one on the same day is taken as done before the first dose) and at the first PD
 *    (the PD counts, what follows does not).
 * 2. Unconfirmed: CR and PR count as they are; SD and NON-CR/NON-PD count only from
 *    `sdMinDays` after the reference date (enrolment), earlier they count as NE — so a too-early
 *    SD followed by PD gives PD, followed by nothing gives NE.
 * 3. Confirmed: a CR/PR must be confirmed (`response-confirmation.ts`); an unconfirmed CR/PR
 *    falls back to SD when it is at least `sdMinDays` after the reference date (NON-CR/NON-PD
 *    for a non-target-only subject's CR), else NE.
 * 4. The best by CR > PR > SD > NON-CR/NON-PD > PD > NE, the earliest of equals; the date of a
 *    confirmed response is the first of the pair. No assessment at all: `MISSING`.
 */
import { compareDates, dayNumber, type IsoDate } from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { recistReason } from './recist-reason.ts';
import { describeRules, type RecistRules, resolveRecistRules } from './recist-rules.ts';
import { type BorResponse, borRank, type TimepointResponse } from './response-codes.ts';
import { confirmResponse, type DatedResponse } from './response-confirmation.ts';

export interface BestOverallResponseInput {
  /** Enrolment (day 1): SD's minimum duration counts from here. */
  referenceDate: IsoDate;
  rules?: Partial<RecistRules>;
  /** Post-baseline time-point responses, in strictly ascending date order. */
  responses: { date: IsoDate; response: TimepointResponse }[];
  newTherapyDate?: IsoDate | null;
  /**
   * False for non-target-only disease (RECIST 1.1 Table 2): an unconfirmed CR then falls back
   * to NON-CR/NON-PD rather than SD. Default: inferred — non-target-only when the responses
   * contain NON-CR/NON-PD and no PR or SD.
   */
  targetDisease?: boolean;
}

export interface DatedBor {
  response: BorResponse;
  date: IsoDate | null;
}

export type BestOverallResponse = {
  confirmed: DatedBor;
  unconfirmed: DatedBor;
  /** First PD in the data as given (also when after new therapy: PFS censoring decides what it means). */
  progressionDate: IsoDate | null;
  flags: string[];
  reasons: Reason[];
};

/**
 * Derives the unconfirmed and confirmed best overall response.
 *
 * @example
 * deriveBestOverallResponse({ referenceDate: '2026-01-01', responses: [
 *   { date: '2026-02-26', response: 'PR' }, { date: '2026-03-26', response: 'NE' },
 *   { date: '2026-04-23', response: 'PR' }] })
 * // → { confirmed: { response: 'PR', date: '2026-02-26' }, unconfirmed: { response: 'PR', date: '2026-02-26' },
 * //     progressionDate: null, flags: [], reasons: [...] }
 */
export function deriveBestOverallResponse(input: BestOverallResponseInput): BestOverallResponse {
  const rules = resolveRecistRules(input.rules);
  const all = input.responses;
  all.forEach((r, i) => {
    const prev = all[i - 1];
    if (prev && compareDates(prev.date, r.date) >= 0)
      throw invalid(
        `responses.${i}.date`,
        'recist-dates-ascending',
        `response dates must be strictly ascending: ${r.date} is not after ${prev.date}`,
      );
  });
  const flags: string[] = [];
  const reasons: Reason[] = [describeRules(rules)];
  const progressionDate = all.find((r) => r.response === 'PD')?.date ?? null;

  let used: DatedResponse[] = all;
  const cutDate = input.newTherapyDate ?? null;
  if (cutDate !== null) {
    used = all.filter((r) => compareDates(r.date, cutDate) <= 0);
    if (used.length < all.length) {
      flags.push('data-after-new-therapy-ignored');
      reasons.push(
        recistReason('recist.after-new-therapy-not-used', {
          count: all.length - used.length,
          date: cutDate,
        }),
      );
    }
    if (progressionDate !== null && compareDates(progressionDate, cutDate) > 0)
      flags.push('progression-after-new-therapy');
  }
  const pd = used.findIndex((r) => r.response === 'PD');
  if (pd >= 0 && pd < used.length - 1) {
    const after = used.slice(pd + 1);
    flags.push('data-after-progression-ignored');
    if (after.some((r) => r.response === 'CR' || r.response === 'PR'))
      flags.push('response-after-progression');
    reasons.push(
      recistReason('recist.after-pd-not-used', {
        count: after.length,
        date: (used[pd] as DatedResponse).date,
      }),
    );
    used = used.slice(0, pd + 1);
  }
  if (used.length === 0) {
    flags.push('no-post-baseline-assessment');
    reasons.push(recistReason('recist.no-post-baseline'));
    const missing: DatedBor = { response: 'MISSING', date: null };
    return { confirmed: missing, unconfirmed: { ...missing }, progressionDate, flags, reasons };
  }
  const crThenPr = findCrFollowedByPr(used);
  if (crThenPr) {
    flags.push('cr-followed-by-pr');
    reasons.push(
      recistReason('recist.cr-followed-by-pr', { crDate: crThenPr.cr, prDate: crThenPr.pr }),
    );
  }
  const targetDisease =
    input.targetDisease ??
    !(
      used.some((r) => r.response === 'NON-CR/NON-PD') &&
      !used.some((r) => r.response === 'PR' || r.response === 'SD')
    );
  const days = used.map((r) => dayNumber(r.date));
  const sdFrom = dayNumber(input.referenceDate) + rules.sdMinDays;
  const early = (_: DatedResponse, i: number) => (days[i] ?? 0) < sdFrom;
  if (used.some((r, i) => (r.response === 'SD' || r.response === 'NON-CR/NON-PD') && early(r, i)))
    flags.push('sd-before-minimum-duration');

  const unconfirmed = pickBest(used, (r, i) => {
    if ((r.response === 'SD' || r.response === 'NON-CR/NON-PD') && early(r, i)) return 'NE';
    return r.response;
  });
  const confirmed = pickBest(used, (r, i) => {
    if (r.response === 'CR' || r.response === 'PR') {
      const c = confirmResponse(used, i, rules, days);
      reasons.push(c.reason);
      if (c.kind === 'confirmed') return r.response;
      if (early(r, i)) return 'NE';
      return r.response === 'CR' && !targetDisease ? 'NON-CR/NON-PD' : 'SD';
    }
    if ((r.response === 'SD' || r.response === 'NON-CR/NON-PD') && early(r, i)) return 'NE';
    return r.response;
  });
  if (
    (unconfirmed.response === 'CR' || unconfirmed.response === 'PR') &&
    confirmed.response !== 'CR' &&
    confirmed.response !== 'PR'
  )
    flags.push('unconfirmed-response');
  const sdFromText = { sdMinDays: rules.sdMinDays, referenceDate: input.referenceDate };
  reasons.push(
    unconfirmed.date === null
      ? recistReason('recist.unconfirmed-best-undated', {
          response: unconfirmed.response,
          ...sdFromText,
        })
      : recistReason('recist.unconfirmed-best', {
          response: unconfirmed.response,
          date: unconfirmed.date,
          ...sdFromText,
        }),
  );
  reasons.push(
    confirmed.date === null
      ? recistReason('recist.confirmed-best-undated', { response: confirmed.response })
      : recistReason('recist.confirmed-best', {
          response: confirmed.response,
          date: confirmed.date,
        }),
  );
  return { confirmed, unconfirmed, progressionDate, flags, reasons };
}

/** The best category over all assessments; the earliest date among equals. */
function pickBest(
  used: readonly DatedResponse[],
  category: (r: DatedResponse, index: number) => TimepointResponse,
): DatedBor {
  let best: DatedBor = { response: 'MISSING', date: null };
  used.forEach((r, i) => {
    const c = category(r, i);
    if (borRank(c) < borRank(best.response)) best = { response: c, date: r.date };
  });
  return best;
}

function findCrFollowedByPr(used: readonly DatedResponse[]): { cr: IsoDate; pr: IsoDate } | null {
  let cr: IsoDate | null = null;
  for (const r of used) {
    if (r.response === 'CR') cr ??= r.date;
    else if (r.response === 'PR' && cr !== null) return { cr, pr: r.date };
  }
  return null;
}
