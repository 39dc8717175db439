/**
 * Leflunomide liver safety alerts as values (CLINICAL-RULES.md "Safety", leflunomide section).
 * Each alert names its `kind`, a severity, the rule it applies (`rule`), human-readable
 * `reasons` (core `Reason`s, `safety-reasons.ts`), and a deterministic `key` so that the alert store can de-duplicate re-evaluations.
 */
import type { IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';
import { SAFETY_REASONS, type SafetyReasonCode, safetyReason } from './safety-reasons.ts';

export type AlertSeverity = 'info' | 'warning' | 'critical';

interface AlertBase {
  key: string;
  severity: AlertSeverity;
  rule: string;
  /** Why (core reasons, `safety.*` codes). */
  reasons: Reason[];
}

export type LiverAlert =
  | (AlertBase & {
      kind: 'alt-dose-reduction';
      date: IsoDate;
      /** ALT / ULN as decimal text (exact when terminating). */
      altTimesUln: string;
      recommendation: 'consider reducing leflunomide to 10 mg once daily; test ALT weekly';
    })
  | (AlertBase & {
      kind: 'alt-interrupt-washout';
      date: IsoDate;
      altTimesUln: string;
      recommendation: 'interrupt leflunomide; start wash-out with cholestyramine 8 g three times daily for 11 days, or activated charcoal; test liver weekly until normal';
    })
  | (AlertBase & {
      kind: 'potential-hys-law';
      aminotransferase: { test: 'ALT' | 'AST'; date: IsoDate; timesUln: string };
      bilirubin: { date: IsoDate; timesUln: string };
      /** The ALP that was checked, or null when none was measured within the window. */
      alp: { date: IsoDate; timesUln: string } | null;
      daysApart: number;
    })
  | (AlertBase & {
      kind: 'baseline-alt-not-eligible';
      date: IsoDate;
      altTimesUln: string;
    })
  | (AlertBase & {
      kind: 'monitoring-overdue';
      what: 'ALT' | 'FBC';
      rhythm: 'baseline' | 'every-cycle' | 'every-2-cycles' | 'weekly';
      lastTestDate: IsoDate | null;
      dueDate: IsoDate;
      /** Last day of the window in which the test was due. */
      windowEnd: IsoDate;
      daysOverdue: number;
    });

export type LiverAlertKind = LiverAlert['kind'];

/** The rules cited by the alerts (protocol + CLINICAL-RULES.md; leflunomide SmPC §4.2/4.4). */
export const LIVER_RULES = {
  altReduction: SAFETY_REASONS['safety.rule-alt-reduction'],
  altInterrupt: SAFETY_REASONS['safety.rule-alt-interrupt'],
  hysLaw: SAFETY_REASONS['safety.rule-hys-law'],
  baselineEligibility: SAFETY_REASONS['safety.rule-baseline-eligibility'],
  monitoring: SAFETY_REASONS['safety.rule-monitoring'],
} as const;

const RULE_OF_KIND: Record<LiverAlertKind, SafetyReasonCode> = {
  'alt-dose-reduction': 'safety.rule-alt-reduction',
  'alt-interrupt-washout': 'safety.rule-alt-interrupt',
  'potential-hys-law': 'safety.rule-hys-law',
  'baseline-alt-not-eligible': 'safety.rule-baseline-eligibility',
  'monitoring-overdue': 'safety.rule-monitoring',
};

/** The rule a liver alert cites, as a reason (its text is the alert's `rule`). */
export function liverRuleReason(kind: LiverAlertKind): Reason {
  return safetyReason(RULE_OF_KIND[kind] as 'safety.rule-monitoring');
}
