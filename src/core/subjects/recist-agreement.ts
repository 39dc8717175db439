/**
 * The investigator's own overall response beside the RECIST 1.1 engine's, per time point
 * (issue 9 "the investigator's own response recorded beside it; disagreement visible"; issue 8
 * "queries … raised automatically by an edit check, including the RECIST disagreement"). The
 * engine is not overruled: a disagreement is shown and raised as a data query for the site to
 * resolve (correct a measurement, or explain the clinical judgement).
 */
import type { TimepointResponse } from '../recist/response-codes.ts';
import type { TimepointScore } from '../recist/timepoint-scoring.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';

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
  reasons: string[];
}

/** The rule a disagreement query is raised under. */
export const RECIST_DISAGREEMENT_RULE = 'recist-disagreement';

/**
 * Every date that has an engine time point or a recorded response, in date order.
 * @example
 * compareResponses([{ date: '2026-03-05', overall: 'SD', reasons: ['sum −20 %'] , …}],
 *   [{ date: '2026-03-05', response: 'PR' }])
 * // [{ date: '2026-03-05', engine: 'SD', investigator: 'PR', agrees: false,
 * //    reasons: ['investigator PR, RECIST 1.1 engine SD: they disagree', 'engine: sum −20 %'] }]
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
      return { date, engine, investigator, agrees: null, reasons: ['no investigator response'] };
    if (engine === null)
      return {
        date,
        engine,
        investigator,
        agrees: null,
        reasons: [
          `investigator ${investigator}; the engine scores no time point on ${date} (baseline, or not a follow-up scan)`,
        ],
      };
    const agrees = engine === investigator;
    const why = (t?.reasons ?? []).map((r) => `engine: ${r}`);
    return {
      date,
      engine,
      investigator,
      agrees,
      reasons: [
        `investigator ${investigator}, RECIST 1.1 engine ${engine}: ${agrees ? 'they agree' : 'they disagree'}`,
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
  const why = a.reasons.filter((r) => r.startsWith('engine: ')).map((r) => r.slice(8));
  return `${who}'s response ${a.investigator} on ${a.date} differs from the RECIST 1.1 engine's ${a.engine}${why.length ? ` (${why.join('; ')})` : ''}: correct the measurements or explain the judgement`;
}
