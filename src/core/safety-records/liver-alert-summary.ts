/**
 * One line per leflunomide liver alert for lists and dashboards; the alert's `reasons` keep the
 * detail and its `rule` the citation.
 */
import type { LiverAlert } from '../safety/liver-alert.ts';

/**
 * @example liverAlertSummary({ kind: 'alt-interrupt-washout', date: '2026-03-01', altTimesUln: '3.5', … })
 *   // 'ALT 3.5 × ULN on 2026-03-01: interrupt leflunomide and start wash-out'
 */
export function liverAlertSummary(a: LiverAlert): string {
  switch (a.kind) {
    case 'alt-dose-reduction':
      return `ALT ${a.altTimesUln} × ULN on ${a.date}: consider reducing leflunomide to 10 mg, test ALT weekly`;
    case 'alt-interrupt-washout':
      return `ALT ${a.altTimesUln} × ULN on ${a.date}: interrupt leflunomide and start wash-out`;
    case 'potential-hys-law':
      return `Potential Hy's law: ${a.aminotransferase.test} ${a.aminotransferase.timesUln} × ULN on ${a.aminotransferase.date} with bilirubin ${a.bilirubin.timesUln} × ULN on ${a.bilirubin.date}`;
    case 'baseline-alt-not-eligible':
      return `Baseline ALT ${a.altTimesUln} × ULN on ${a.date} (> 2 × ULN): not eligible`;
    case 'monitoring-overdue':
      return `${a.what === 'FBC' ? 'Full blood count' : 'ALT'} overdue by ${a.daysOverdue} day(s) (${a.rhythm} test due ${a.dueDate}, window ended ${a.windowEnd})`;
    default: {
      const never: never = a;
      return never;
    }
  }
}
