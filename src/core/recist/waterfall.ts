/**
 * The waterfall-plot value: the best (most negative) percent change of the target sum from
 * baseline, among assessments with every target measured, up to the first PD and the start of
 * new therapy (the assessments that count for best response, as in admiralonco's ADTR).
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { TimepointScore } from './timepoint-scoring.ts';

/**
 * @example bestPercentChange([{ date: '2026-03-01', changeFromBaselinePct: -12.5, … },
 *   { date: '2026-05-01', changeFromBaselinePct: -31, … }], null) // -31
 */
export function bestPercentChange(
  timepoints: readonly Pick<TimepointScore, 'date' | 'changeFromBaselinePct' | 'overall'>[],
  lastCountingDate: IsoDate | null,
): number | null {
  let best: number | null = null;
  for (const t of timepoints) {
    if (lastCountingDate !== null && compareDates(t.date, lastCountingDate) > 0) break;
    const pct = t.changeFromBaselinePct;
    if (pct !== null && (best === null || pct < best)) best = pct;
  }
  return best;
}
