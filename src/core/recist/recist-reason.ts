/**
 * The RECIST engine's reason maker (core/shared/reason.ts over {@link RECIST_REASON_TEMPLATES}).
 * @example recistReason('recist.target-pr', { sum: '23.1', baseline: '33.0' }).text
 * // 'sum 23.1 mm ≤ 70 % of baseline 33.0 mm → PR (RECIST 1.1 §4.3.1)'
 */
import { type Reason, reasonFactory } from '../shared/reason.ts';
import { RECIST_REASON_TEMPLATES } from './recist-reason-templates.ts';

export const recistReason = reasonFactory(RECIST_REASON_TEMPLATES);

/**
 * A reason whose English line carries a label in front (`engine: …`, `recist-target-measurable: …`)
 * as reports and queries have printed it; a screen explains the code and parameters alone.
 * @example labelledReason('engine', r).text // 'engine: sum 23.1 mm ≤ 70 % …'
 */
export function labelledReason(label: string, reason: Reason): Reason {
  return { ...reason, text: `${label}: ${reason.text}` };
}
