/**
 * The investigator's own overall response beside the RECIST 1.1 engine's, per time point
 * (issue 9 "the investigator's own response recorded beside it; disagreement visible"; issue 8
 * "queries … raised automatically by an edit check, including the RECIST disagreement"). The
 * engine is not overruled: a disagreement is shown and raised as a data query for the site to
 * resolve (correct a measurement, or explain the clinical judgement).
 */
import { labelledReason, recistReason } from '../recist/recist-reason.ts';
import type { TimepointResponse } from '../recist/response-codes.ts';
import type { TimepointScore } from '../recist/timepoint-scoring.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';

export interface ReaderResponse {
  date: IsoDate;
  response: TimepointResponse;
}

export interface TimepointAgreement {
  date: IsoDate;
  /** The engine's overall time-point response; null when it scores no time point that day. */
  engine: TimepointResponse | null;
  /** The reader's own response; null when none was recorded. */
  investigator: TimepointResponse | null;
  /** null when there is nothing to compare (one of the two is missing). */
  agrees: boolean | null;
  /** The verdict, then the engine's reasons (English line `engine: …`). */
  reasons: Reason[];
}

/** The rule a disagreement query is raised under. */
export const RECIST_DISAGREEMENT_RULE = 'recist-disagreement';

/** The label of the engine's own reasons among an agreement's. */
const ENGINE = 'engine';

/**
 * Every date that has an engine time point or a recorded response, in date order.
 * @example
 * compareResponses([{ date: '2026-03-05', overall: 'SD', reasons: [targetSdReason] , …}],
 *   [{ date: '2026-03-05', response: 'PR' }])
 * // [{ date: '2026-03-05', engine: 'SD', investigator: 'PR', agrees: false,
 * //    reasons: [{ code: 'recist.agreement-disagree', text: 'investigator PR, RECIST 1.1 engine SD: they disagree', … },
//              { code: 'recist.target-sd', text: 'engine: sum 20.0 mm > 70 % of baseline 25.0 mm …', … }] }]
 */
export function compareResponses(
  timepoints: readonly Pick<TimepointScore, 'date' | 'overall' | 'reasons'>[],
  responses: readonly ReaderResponse[],
): TimepointAgreement[] {
  const own = new Map(responses.map((r) => [r.date, r.response]));
  const scored = new Map(timepoints.map((t) => [t.date, t]));
  const dates = [...new Set([...scored.keys(), ...own.keys()])].sort(compareDates);
  return dates.map((date) => {
    const t = scored.get(date);
    const engine = t?.overall ?? null;
    const investigator = own.get(date) ?? null;
    if (investigator === null)
      return {
        date,
        engine,
        investigator,
        agrees: null,
        reasons: [recistReason('recist.agreement-no-investigator')],
      };
    if (engine === null)
      return {
        date,
        engine,
        investigator,
        agrees: null,
        reasons: [recistReason('recist.agreement-not-scored', { investigator, date })],
      };
    const agrees = engine === investigator;
    const why = (t?.reasons ?? []).map((r) => labelledReason(ENGINE, r));
    return {
      date,
      engine,
      investigator,
      agrees,
      reasons: [
        recistReason(agrees ? 'recist.agreement-agree' : 'recist.agreement-disagree', {
          investigator,
          engine,
        }),
        ...why,
      ],
    };
  });
}

/**
 * The text of a disagreement query: both responses and the engine's reasons.
 * @example disagreementText({ date: '2026-03-05', engine: 'SD', investigator: 'PR', … }, 'investigator')
 * // "investigator's response PR on 2026-03-05 differs from the RECIST 1.1 engine's SD (…)"
 */
export function disagreementText(a: TimepointAgreement, who: string): string {
  const label = `${ENGINE}: `;
  const why = a.reasons
    .map((r) => r.text)
    .filter((r) => r.startsWith(label))
    .map((r) => r.slice(label.length));
  return `${who}'s response ${a.investigator} on ${a.date} differs from the RECIST 1.1 engine's ${a.engine}${why.length ? ` (${why.join('; ')})` : ''}: correct the measurements or explain the judgement`;
}
