/**
 * CONSORT-style flow (CONSORT 2010, adapted to a single arm): screened → screen failures (with
 * reasons) → enrolled → treated → discontinued (with reasons) / still on treatment → analysed.
 * The counts come from the server; this checks that they add up, so a flow that does not
 * balance says so instead of looking right.
 */
import type { ConsortCounts, ReasonCount } from '../api/analysis.resource.ts';

export interface ConsortStage {
  id:
    | 'screened'
    | 'screenFailures'
    | 'enrolled'
    | 'treated'
    | 'discontinued'
    | 'onTreatment'
    | 'analysed';
  count: number;
  reasons: ReasonCount[];
  /** Side boxes branch off the main column (exclusions). */
  side: boolean;
}

export interface ConsortMismatch {
  rule: 'screened = failures + enrolled' | 'treated = discontinued + on treatment';
  expected: number;
  actual: number;
}

const total = (r: readonly ReasonCount[]) => r.reduce((s, x) => s + x.count, 0);

/**
 * @example consortFlow({ screened: 10, screenFailures: [{ reason: 'x', count: 2 }], enrolled: 8, treated: 8, discontinued: [], onTreatment: 8, analysed: 7 }).mismatches
 * // []
 */
export function consortFlow(c: ConsortCounts): {
  stages: ConsortStage[];
  mismatches: ConsortMismatch[];
} {
  const failures = total(c.screenFailures);
  const discontinued = total(c.discontinued);
  const mismatches: ConsortMismatch[] = [];
  // subjects still in screening are neither failures nor enrolled, so only an excess is wrong
  if (failures + c.enrolled > c.screened)
    mismatches.push({
      rule: 'screened = failures + enrolled',
      expected: c.screened,
      actual: failures + c.enrolled,
    });
  if (discontinued + c.onTreatment !== c.treated)
    mismatches.push({
      rule: 'treated = discontinued + on treatment',
      expected: c.treated,
      actual: discontinued + c.onTreatment,
    });
  const byCount = (r: readonly ReasonCount[]) =>
    [...r].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return {
    stages: [
      { id: 'screened', count: c.screened, reasons: [], side: false },
      { id: 'screenFailures', count: failures, reasons: byCount(c.screenFailures), side: true },
      { id: 'enrolled', count: c.enrolled, reasons: [], side: false },
      { id: 'treated', count: c.treated, reasons: [], side: false },
      { id: 'discontinued', count: discontinued, reasons: byCount(c.discontinued), side: true },
      { id: 'onTreatment', count: c.onTreatment, reasons: [], side: false },
      { id: 'analysed', count: c.analysed, reasons: [], side: false },
    ],
    mismatches,
  };
}

/** Screened minus failures minus enrolled: subjects still in screening. */
export function inScreening(c: ConsortCounts): number {
  return Math.max(0, c.screened - total(c.screenFailures) - c.enrolled);
}
