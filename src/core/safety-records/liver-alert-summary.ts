/**
 * One line per leflunomide liver alert for lists and dashboards; the alert's `reasons` keep the
 * detail and its `rule` the citation.
 */
import type { LiverAlert } from '../safety/liver-alert.ts';
import { type SafetyReasonCode, safetyReason, safetyReasonOf } from '../safety/safety-reasons.ts';
import type { Reason } from '../shared/reason.ts';

/**
 * @example liverAlertSummary({ kind: 'alt-interrupt-washout', date: '2026-03-01', altTimesUln: '3.5', … })
 *   .text // 'ALT 3.5 × ULN on 2026-03-01: interrupt leflunomide and start wash-out'
 */
export function liverAlertSummary(a: LiverAlert): Reason {
  switch (a.kind) {
    case 'alt-dose-reduction':
      return safetyReason('safety.summary-alt-reduction', { times: a.altTimesUln, date: a.date });
    case 'alt-interrupt-washout':
      return safetyReason('safety.summary-alt-interrupt', { times: a.altTimesUln, date: a.date });
    case 'potential-hys-law':
      return safetyReason('safety.summary-hys-law', {
        test: a.aminotransferase.test,
        times: a.aminotransferase.timesUln,
        date: a.aminotransferase.date,
        biliTimes: a.bilirubin.timesUln,
        biliDate: a.bilirubin.date,
      });
    case 'baseline-alt-not-eligible':
      return safetyReason('safety.summary-baseline-alt', { times: a.altTimesUln, date: a.date });
    case 'monitoring-overdue':
      return safetyReasonOf(`safety.summary-overdue-${a.what}-${a.rhythm}` as SafetyReasonCode, {
        days: a.daysOverdue,
        due: a.dueDate,
        windowEnd: a.windowEnd,
      });
    default: {
      const never: never = a;
      return never;
    }
  }
}
