/**
 * A RECIST result with every reason as its English line — the shape `oncotrial calc recist` and
 * `calc bor` print and src/core/recist/README.md documents (reasons as strings, baseline problems
 * with a `message`). Screens use the `Reason` objects instead, to say them in the reader's language.
 */
import { reasonTexts } from '../shared/reason.ts';
import type { BestOverallResponse } from './best-overall-response.ts';
import type { RecistSubjectResult } from './evaluate-subject.ts';

/**
 * @example recistResultInEnglish(evaluateSubject(input)).timepoints[0]?.reasons
 * // ['sum 23.1 mm ≤ 70 % of baseline 33.0 mm → PR (RECIST 1.1 §4.3.1)', …]
 */
export function recistResultInEnglish(r: RecistSubjectResult) {
  return {
    ...r,
    baseline: {
      ...r.baseline,
      problems: r.baseline.problems.map(({ reason, ...p }) => ({ ...p, message: reason.text })),
      reasons: reasonTexts(r.baseline.reasons),
    },
    timepoints: r.timepoints.map((t) => ({ ...t, reasons: reasonTexts(t.reasons) })),
    bestOverallResponse: {
      ...r.bestOverallResponse,
      reasons: reasonTexts(r.bestOverallResponse.reasons),
    },
  };
}

/** @example borInEnglish(deriveBestOverallResponse(input)).reasons[0] // 'rules: confirmationDays 28, …' */
export function borInEnglish(b: BestOverallResponse) {
  return { ...b, reasons: reasonTexts(b.reasons) };
}
