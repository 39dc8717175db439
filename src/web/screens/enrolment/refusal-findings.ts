/**
 * The enrolment gate's findings (`reasons` of a 409 problem, core `enrolmentGate`) as lines to
 * show: a finding about an eligibility criterion is written `<criterionId>: <what decided it>`
 * (core `evaluateEligibility`), and is introduced by that criterion's text from the study
 * definition in the user's language; any other finding (consent, the phase II design) stays as
 * the server wrote it.
 */
import type {
  EligibilityCriterion,
  LocalisedText,
} from '../../../core/protocol/study-definition.schema.ts';

export interface Finding {
  /** The criterion's text, or null when the finding is not about one criterion. */
  criterion: LocalisedText | null;
  text: string;
}

/**
 * @example refusalFindings(['inc-alt: ALT 90 = 2.25 × ULN'], study.eligibility)
 * // [{ criterion: { en: 'Baseline ALT ≤ 2 × ULN …', … }, text: 'ALT 90 = 2.25 × ULN' }]
 */
export function refusalFindings(
  reasons: readonly string[],
  criteria: readonly EligibilityCriterion[],
): Finding[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return reasons.map((r) => {
    const m = /^([A-Za-z0-9_-]+): (.*)$/s.exec(r);
    const c = m ? byId.get(m[1] ?? '') : undefined;
    return c && m ? { criterion: c.text, text: m[2] ?? '' } : { criterion: null, text: r };
  });
}
