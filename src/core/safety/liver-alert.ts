/**
 * Leflunomide liver safety alerts as values (CLINICAL-RULES.md "Safety", leflunomide section).
 * Each alert names its `kind`, a severity, the rule it applies (`rule`), human-readable
 * `reasons` (core `Reason`s, `safety-reasons.ts`), and a deterministic `key` so that the alert store can de-duplicate re-evaluations.
 */
import type { IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';

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
  altReduction:
    'leflunomide protocol: ALT >2–3 × ULN → consider dose reduction to 10 mg and weekly tests',
  altInterrupt:
    'leflunomide protocol: ALT >3 × ULN → interrupt, wash-out (cholestyramine 8 g tid × 11 days or activated charcoal), weekly liver tests until normal',
  hysLaw:
    "potential Hy's law: ALT or AST ≥3 × ULN with total bilirubin ≥2 × ULN within 14 days and ALP <2 × ULN",
  baselineEligibility: 'eligibility: baseline ALT >2 × ULN → not eligible',
  monitoring:
    'leflunomide protocol: ALT and full blood count before start, every cycle for cycles 1–6, then every 2 cycles (6–8 weeks), weekly while ALT >2 × ULN; window ±3 days',
} as const;
