/**
 * Where an ongoing Simon two-stage study stands and what it must do next, from the response
 * outcome of every enrolled subject in enrolment order (the first n1 are stage 1).
 *
 * Rules (Simon 1989): stop after stage 1 if stage-1 responses ≤ r1; reject H0 if total
 * responses > r of n. A decision is taken as soon as it can no longer change: stage 1 is
 * passed once it has more than r1 responses, futility is certain once even all pending and
 * not-yet-enrolled stage-1 subjects responding could not exceed r1 (and likewise for r at the
 * end). When stage 1 is fully enrolled but its outcome still depends on subjects not yet
 * evaluated, enrolment is on hold — stage-2 patients must not be treated before the interim
 * decision. The enrolment code refuses enrolment whenever `enrolmentOpen` is false.
 */
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { designReason as reason } from './simon-reasons.ts';

export type ResponseOutcome = 'response' | 'no-response' | 'pending';

export interface SimonBoundaries {
  r1: number;
  n1: number;
  r: number;
  n: number;
}

interface Counts {
  enrolled: number;
  evaluated: number;
  responses: number;
  pending: number;
}

interface DecisionBase {
  stage1: Counts;
  overall: Counts;
  enrolmentOpen: boolean;
  /** One line for people: "Stage 1: 2 responses in 10 — continue to stage 2". */
  sentence: string;
  reasons: Reason[];
}

export type SimonDecision =
  | (DecisionBase & { kind: 'stage-1-enrolling'; enrolmentOpen: true })
  | (DecisionBase & { kind: 'stage-1-hold'; enrolmentOpen: false })
  | (DecisionBase & { kind: 'stopped-for-futility'; stage: 1 | 2; enrolmentOpen: false })
  | (DecisionBase & { kind: 'stage-2-enrolling'; enrolmentOpen: true })
  | (DecisionBase & { kind: 'awaiting-final-evaluations'; enrolmentOpen: false })
  | (DecisionBase & { kind: 'h0-rejected'; enrolmentOpen: boolean });

function count(outcomes: readonly ResponseOutcome[]): Counts {
  let responses = 0;
  let pending = 0;
  for (const o of outcomes) {
    if (o === 'response') responses++;
    else if (o === 'pending') pending++;
  }
  return { enrolled: outcomes.length, evaluated: outcomes.length - pending, responses, pending };
}

const responsesIn = (k: number, of: number): string =>
  `${k} ${k === 1 ? 'response' : 'responses'} in ${of}`;

/**
 * The decision now.
 *
 * @example
 * simonDecision({ r1: 1, n1: 10, r: 5, n: 29 }, [...Array(8).fill('no-response'), 'response', 'response'])
 * // { kind: 'stage-2-enrolling', sentence: 'Stage 1: 2 responses in 10 — continue to stage 2', … }
 */
export function simonDecision(
  design: SimonBoundaries,
  outcomes: readonly ResponseOutcome[],
): SimonDecision {
  const { r1, n1, r, n } = design;
  if (!(Number.isInteger(n1) && Number.isInteger(n) && n1 >= 1 && n1 < n))
    throw invalid('design.n1', 'stage-sizes', 'need integers 1 ≤ n1 < n');
  if (!(Number.isInteger(r1) && Number.isInteger(r) && r1 >= 0 && r1 < n1 && r >= r1 && r < n))
    throw invalid('design.r', 'boundaries', 'need integers 0 ≤ r1 < n1 and r1 ≤ r < n');
  if (outcomes.length > n)
    throw invalid(
      'outcomes',
      'at-most-n',
      `the design enrols ${n} subjects; ${outcomes.length} given`,
    );

  const stage1 = count(outcomes.slice(0, n1));
  const overall = count(outcomes);
  const base = { stage1, overall };
  const rule1 = reason('design.stage-1-rule', { r1, n1, r, n });
  const ruleFinal = reason('design.final-rule', { r, n });

  if (stage1.responses <= r1) {
    const bestCase = stage1.responses + stage1.pending + (n1 - stage1.enrolled);
    if (bestCase <= r1)
      return {
        ...base,
        kind: 'stopped-for-futility',
        stage: 1,
        enrolmentOpen: false,
        sentence: `Stage 1: ${responsesIn(stage1.responses, stage1.evaluated)} — stop for futility`,
        reasons: [
          rule1,
          stage1.enrolled < n1 || stage1.pending > 0
            ? reason('design.stage-1-futile-at-best', { bestCase, r1 })
            : reason('design.stage-1-futile', { responses: stage1.responses, r1 }),
        ],
      };
    if (stage1.enrolled < n1)
      return {
        ...base,
        kind: 'stage-1-enrolling',
        enrolmentOpen: true,
        sentence: `Stage 1: ${responsesIn(stage1.responses, stage1.evaluated)} evaluated, ${stage1.enrolled} of ${n1} enrolled — continue enrolling stage 1`,
        reasons: [
          rule1,
          reason('design.stage-1-needs-more', { r1, toEnrol: n1 - stage1.enrolled }),
        ],
      };
    return {
      ...base,
      kind: 'stage-1-hold',
      enrolmentOpen: false,
      sentence: `Stage 1: ${responsesIn(stage1.responses, stage1.evaluated)} evaluated, ${stage1.pending} pending — hold enrolment until all ${n1} stage-1 subjects are evaluated`,
      reasons: [rule1, reason('design.stage-1-pending', { pending: stage1.pending })],
    };
  }

  // stage 1 passed
  const passed = reason('design.stage-1-passed', { responses: stage1.responses, r1 });
  if (overall.responses > r)
    return {
      ...base,
      kind: 'h0-rejected',
      enrolmentOpen: overall.enrolled < n,
      sentence: `${responsesIn(overall.responses, overall.evaluated)} — H0 rejected (more than ${r} of ${n})`,
      reasons: [
        rule1,
        ruleFinal,
        passed,
        overall.enrolled < n
          ? reason('design.h0-rejected-enrolling', { responses: overall.responses, r, n })
          : reason('design.h0-rejected', { responses: overall.responses, r }),
      ],
    };
  const bestCase = overall.responses + overall.pending + (n - overall.enrolled);
  if (bestCase <= r)
    return {
      ...base,
      kind: 'stopped-for-futility',
      stage: 2,
      enrolmentOpen: false,
      sentence: `Stage 2: ${responsesIn(overall.responses, overall.evaluated)} — H0 not rejected, stop (needs more than ${r} of ${n})`,
      reasons: [
        rule1,
        ruleFinal,
        passed,
        overall.enrolled < n || overall.pending > 0
          ? reason('design.final-futile-at-best', { bestCase, r })
          : reason('design.final-futile', { responses: overall.responses, r }),
      ],
    };
  if (overall.enrolled < n) {
    const inStage2 = overall.enrolled - n1;
    const sentence =
      inStage2 <= 0 && stage1.pending === 0 && stage1.enrolled === n1
        ? `Stage 1: ${responsesIn(stage1.responses, n1)} — continue to stage 2`
        : inStage2 <= 0
          ? `Stage 1: ${responsesIn(stage1.responses, stage1.evaluated)} — more than ${r1} already: continue to stage 2`
          : `Stage 2: ${responsesIn(overall.responses, overall.evaluated)} evaluated, ${overall.enrolled} of ${n} enrolled — continue enrolling stage 2`;
    return {
      ...base,
      kind: 'stage-2-enrolling',
      enrolmentOpen: true,
      sentence,
      reasons: [
        rule1,
        ruleFinal,
        passed,
        reason('design.still-to-enrol', { toEnrol: n - overall.enrolled }),
      ],
    };
  }
  return {
    ...base,
    kind: 'awaiting-final-evaluations',
    enrolmentOpen: false,
    sentence: `All ${n} enrolled: ${responsesIn(overall.responses, overall.evaluated)} evaluated, ${overall.pending} pending — awaiting final evaluations`,
    reasons: [
      rule1,
      ruleFinal,
      passed,
      reason('design.final-pending', { pending: overall.pending }),
    ],
  };
}
