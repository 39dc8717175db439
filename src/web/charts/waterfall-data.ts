/**
 * Waterfall plot data: one bar per subject with a measurable best % change of the target sum
 * (RECIST 1.1; src/core/recist/waterfall.ts), sorted from the largest growth on the left to the
 * deepest shrinkage on the right, coloured by the confirmed best overall response. Subjects
 * without a value (no complete post-baseline sum) are counted, not drawn.
 */
import type { BorResponse } from '../../core/recist/response-codes.ts';
import type { TumourCourse } from '../api/analysis.resource.ts';

export interface WaterfallBar {
  /** 1-based position from the left. */
  rank: number;
  subjectId: string;
  label: string;
  bestPctChange: number;
  bor: BorResponse;
}

export interface WaterfallData {
  bars: WaterfallBar[];
  /** Subjects without a best % change (not drawn). */
  notEvaluable: number;
  /** Bars at or below −30 % (the PR threshold of the target sum). */
  shrinkage30: number;
  /** The RECIST guide lines: −30 % (PR), +20 % (PD). */
  guides: readonly [-30, 20];
}

/**
 * @example waterfallData([{ label: 'A', bestPctChange: -40, bor: 'PR', … }, { label: 'B', bestPctChange: 12, bor: 'SD', … }]).bars.map((b) => b.label)
 * // ['B', 'A']
 */
export function waterfallData(subjects: readonly TumourCourse[]): WaterfallData {
  const measured = subjects.filter(
    (s): s is TumourCourse & { bestPctChange: number } => s.bestPctChange !== null,
  );
  const sorted = [...measured].sort(
    (a, b) => b.bestPctChange - a.bestPctChange || a.label.localeCompare(b.label),
  );
  return {
    bars: sorted.map((s, i) => ({
      rank: i + 1,
      subjectId: s.subjectId,
      label: s.label,
      bestPctChange: s.bestPctChange,
      bor: s.bor,
    })),
    notEvaluable: subjects.length - measured.length,
    shrinkage30: measured.filter((s) => s.bestPctChange <= -30).length,
    guides: [-30, 20],
  };
}
