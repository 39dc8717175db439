/**
 * The enrolment gate's findings (`reasons` of a 409 problem, core `enrolmentGate`) as lines to
 * show: a finding about an eligibility criterion (core `criterionFinding`: code
 * `eligibility.criterion`, the criterion's id in its params, its own findings beside) is
 * introduced by that criterion's text from the study definition in the user's language and
 * says each of its findings; any other finding (consent, the phase II design) is one reason.
 */
import type {
  EligibilityCriterion,
  LocalisedText,
} from '../../../core/protocol/study-definition.schema.ts';
import type { Reason } from '../../../core/shared/reason.ts';
import { readReasons } from '../../../core/shared/reason-from-stored.ts';

export interface Finding {
  /** The criterion's text, or null when the finding is not about one criterion of the study. */
  criterion: LocalisedText | null;
  /** What decided it, one reason each. */
  reasons: Reason[];
}

/**
 * @example refusalFindings(gate.reasons, study.eligibility)
 * // [{ criterion: { en: 'Baseline ALT ≤ 2 × ULN …', … }, reasons: [{ code: 'eligibility.alt-above-limit', … }] }]
 */
export function refusalFindings(
  reasons: readonly Reason[],
  criteria: readonly EligibilityCriterion[],
): Finding[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return reasons.map((r) => {
    const id = r.code === 'eligibility.criterion' ? r.params.criterionId : undefined;
    const c = typeof id === 'string' ? byId.get(id) : undefined;
    if (!c) return { criterion: null, reasons: [r] };
    const own = readReasons((r as { findings?: unknown }).findings);
    return { criterion: c.text, reasons: own.length ? own : [r] };
  });
}
