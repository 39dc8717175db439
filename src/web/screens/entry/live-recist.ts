/**
 * The RECIST 1.1 response of the scan being edited, computed in the browser by the core engine
 * (`evaluateSubject`) over the reader's stored scans with this one put in place of its stored
 * version — the same series the server scores after saving (src/store/subjects/subject-events.ts
 * `recistOf`, src/core/subjects/recist-from-records.ts: the baseline is the last scan on or
 * before day 1). Before enrolment the latest scan date stands in for day 1, as the server does
 * when it checks a scan (src/store/subjects/visit-assessments.ts).
 */

import { evaluateSubject } from '../../../core/recist/evaluate-subject.ts';
import type { Assessment } from '../../../core/recist/recist-input.schema.ts';
import { recistSubjectSchema } from '../../../core/recist/recist-input.schema.ts';
import type { RecistRules } from '../../../core/recist/recist-rules.ts';
import type { TimepointScore } from '../../../core/recist/timepoint-scoring.ts';
import { compareDates } from '../../../core/shared/calendar-date.ts';
import { DomainError, type ValidationIssue } from '../../../core/shared/domain-error.ts';
import type { Reason } from '../../../core/shared/reason.ts';
import { zodIssues } from '../../../core/shared/zod-issues.ts';
import { recistInputFromRecords } from '../../../core/subjects/recist-from-records.ts';
import type { StoredTumourAssessment } from '../../api/subject-entry.resource.ts';

export type LiveRecist =
  /** The edited scan is the baseline: nothing to score yet, its sum and the baseline checks. */
  | { kind: 'baseline'; baselineDate: string; sumMm: number | null; reasons: Reason[] }
  /** The edited scan is a follow-up: the engine's time-point score. */
  | { kind: 'scored'; baselineDate: string; baselineSumMm: number | null; score: TimepointScore }
  /**
   * The series cannot be scored as it stands: the input check's (or the schema's) failures, each
   * naming its rule so a screen can say it in the reader's language (`web/i18n/rule-text.ts`).
   */
  | { kind: 'invalid'; issues: LiveIssue[] }
  /** A pre-treatment scan that is not the baseline (an earlier scan before day 1): why. */
  | { kind: 'set-aside'; reasons: Reason[] };

/** One reason the series cannot be scored; `rule` absent for the screen's own findings. */
export type LiveIssue = Pick<ValidationIssue, 'message' | 'params'> & { rule?: string };

export interface LiveRecistInput {
  enrollmentDate: string | null;
  /** The reader's stored scans (the edited visit's stored version is replaced by `draft`). */
  stored: readonly Assessment[];
  draft: Assessment;
  rules?: Partial<RecistRules>;
}

/**
 * @example
 * liveRecist({ enrollmentDate: '2026-01-10',
 *   stored: [{ date: '2026-01-05', lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 }] }],
 *   draft: { date: '2026-03-06', lesions: [{ id: 'T1', diameterMm: 23.1 }] } })
 * // { kind: 'scored', score: { sumMm: 23.1, changeFromBaselinePct: -30, overall: 'PR', … }, … }
 */
export function liveRecist(input: LiveRecistInput): LiveRecist {
  const scans = [...input.stored.filter((s) => s.date !== input.draft.date), input.draft].sort(
    (a, b) => compareDates(a.date, b.date),
  );
  const day1 = input.enrollmentDate ?? scans.at(-1)?.date ?? input.draft.date;
  const built = recistInputFromRecords(day1, scans, null);
  if (!built)
    return {
      kind: 'invalid',
      issues: [{ rule: 'recist-live-no-scan', message: 'there is no scan to score' }],
    };
  const first = built.input.assessments[0];
  if (!built.input.assessments.includes(input.draft) || !first)
    return { kind: 'set-aside', reasons: built.setAside };
  const parsed = recistSubjectSchema.safeParse(built.input);
  if (!parsed.success)
    return {
      kind: 'invalid',
      issues: zodIssues(parsed.error).map((i) => ({ ...i, message: `${i.path}: ${i.message}` })),
    };
  try {
    const result = evaluateSubject(parsed.data, input.rules);
    if (first === input.draft)
      return {
        kind: 'baseline',
        baselineDate: result.baseline.date,
        sumMm: result.baseline.sumMm,
        reasons: result.baseline.reasons,
      };
    const score = result.timepoints.find((t) => t.date === input.draft.date);
    if (!score)
      return {
        kind: 'invalid',
        issues: [{ rule: 'recist-live-not-scored', message: 'the engine did not score this scan' }],
      };
    return {
      kind: 'scored',
      baselineDate: result.baseline.date,
      baselineSumMm: result.baseline.sumMm,
      score,
    };
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid')
      return { kind: 'invalid', issues: e.failure.issues };
    throw e;
  }
}

/** A stored read in the engine's input shape. */
export const toAssessment = (s: StoredTumourAssessment): Assessment => ({
  date: s.date,
  lesions: s.lesions,
  ...(s.tumourMarkersNormal === null ? {} : { tumorMarkersNormal: s.tumourMarkersNormal }),
});
