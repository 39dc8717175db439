/**
 * The protocol's eligibility criteria as a checklist with evidence (issue 5), and the decision:
 * eligible when every inclusion criterion is met and no exclusion criterion is; not eligible as
 * soon as one criterion fails, even if others still lack evidence (a screen failure keeps its
 * reasons); incomplete when nothing fails yet but some evidence is missing.
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { type CriterionResult, evaluateRule } from './eligibility-criterion.ts';
import type { EligibilityEvidence } from './eligibility-evidence.schema.ts';
import {
  type CriterionFinding,
  criterionFinding,
  eligibilityReason,
} from './eligibility-reasons.ts';

export interface CriterionEvaluation {
  id: string;
  type: 'inclusion' | 'exclusion';
  rule: StudyDefinition['eligibility'][number]['rule']['kind'];
  text: string;
  result: CriterionResult;
  /** For eligibility: an inclusion passes when met, an exclusion when not met. */
  verdict: 'passes' | 'fails' | 'unknown';
  reasons: Reason[];
}

/**
 * `reasons`: one finding per failing (or, when incomplete, undecided) criterion — its English
 * text `<criterionId>: <findings>` as ever, with the criterion and its findings kept apart.
 */
export type EligibilityDecision =
  | { kind: 'eligible'; reasons: Reason[] }
  | { kind: 'not-eligible'; failed: string[]; missing: string[]; reasons: CriterionFinding[] }
  | { kind: 'incomplete'; missing: string[]; reasons: CriterionFinding[] };

export interface EligibilityEvaluation {
  checkDate: string;
  criteria: CriterionEvaluation[];
  decision: EligibilityDecision;
}

/** Answers must name manual criteria of this study; anything else is an input error. */
function checkAnswers(study: StudyDefinition, e: EligibilityEvidence): void {
  const issues: ValidationIssue[] = [];
  for (const id of Object.keys(e.manualAnswers)) {
    const c = study.eligibility.find((x) => x.id === id);
    if (!c)
      issues.push({
        path: `manualAnswers.${id}`,
        rule: 'unknown-criterion',
        message: `no eligibility criterion "${id}" in study ${study.id}`,
      });
    else if (c.rule.kind !== 'manual')
      issues.push({
        path: `manualAnswers.${id}`,
        rule: 'not-a-manual-criterion',
        message: `criterion "${id}" is decided by the rule "${c.rule.kind}" from its evidence, not by an answer`,
      });
  }
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
}

/**
 * @example
 * const r = evaluateEligibility(defaultStudy(), evidence);
 * r.decision.kind // 'eligible' | 'not-eligible' | 'incomplete'
 */
export function evaluateEligibility(
  study: StudyDefinition,
  evidence: EligibilityEvidence,
): EligibilityEvaluation {
  checkAnswers(study, evidence);
  const criteria = study.eligibility.map((c): CriterionEvaluation => {
    const { result, reasons } = evaluateRule(c, evidence, study);
    const wanted = c.type === 'inclusion' ? 'met' : 'not-met';
    const verdict =
      result === 'missing-evidence' ? 'unknown' : result === wanted ? 'passes' : 'fails';
    return { id: c.id, type: c.type, rule: c.rule.kind, text: c.text.en, result, verdict, reasons };
  });
  const line = (c: CriterionEvaluation) => criterionFinding(c.id, c.reasons);
  const failed = criteria.filter((c) => c.verdict === 'fails');
  const missing = criteria.filter((c) => c.verdict === 'unknown');
  const decision: EligibilityDecision =
    failed.length > 0
      ? {
          kind: 'not-eligible',
          failed: failed.map((c) => c.id),
          missing: missing.map((c) => c.id),
          reasons: failed.map(line),
        }
      : missing.length > 0
        ? { kind: 'incomplete', missing: missing.map((c) => c.id), reasons: missing.map(line) }
        : {
            kind: 'eligible',
            reasons: [
              eligibilityReason('eligibility.all-pass', {
                count: criteria.length,
                studyId: study.id,
                version: study.version,
              }),
            ],
          };
  return { checkDate: evidence.checkDate, criteria, decision };
}
