/**
 * Re-evaluates a subject's leflunomide liver rules from the stored labs and dosing, inside the
 * caller's command, and materialises the result as safety alerts (issue 6: a site must see a
 * signal the moment the data arrive).
 *
 * HOOK: call `evaluateSafetyAfterLabs(ctx, subjectId)` at the end of the command that saves lab
 * results (or a visit, a dispensing, an end of treatment): same transaction, so the alert exists
 * exactly when the data do and a refused save raises nothing. The safety API also exposes it as
 * `POST /api/subjects/:subjectId/safety/evaluate`.
 *
 * - The core (`leflunomideLiverAlerts`) decides; `asOf` is today at the subject's site.
 * - New keys are raised; an alert already raised (open, acknowledged or resolved) is never
 *   raised twice for the same key.
 * - An open `monitoring-overdue` alert no longer found (the test has arrived, or treatment and
 *   its follow-up ended) is resolved with the reason. Other open alerts stay until an
 *   investigator acknowledges them, even if a later correction makes the rule quiet: a liver
 *   signal is never withdrawn silently.
 * - Before enrolment nothing is evaluated (the rules are relative to the first dose).
 * - Results the core cannot read (unknown unit, no unit…) are skipped and named in `skipped`.
 */
import { leflunomideLiverAlerts } from '../../core/safety/leflunomide-liver-safety.ts';
import { liverRuleReason } from '../../core/safety/liver-alert.ts';
import { liverAlertSummary } from '../../core/safety-records/liver-alert-summary.ts';
import { readLabResults } from '../../core/safety-records/stored-lab-results.ts';
import type { Reason } from '../../core/shared/reason.ts';
import type { WriteContext } from '../audit/audited-write.ts';
import { openAlertsOf, raiseAlert, resolveAlert } from './safety-alert-repository.ts';
import { loadSafetySubject, loadStoredLabs, siteToday } from './safety-subject.ts';

export interface SafetyEvaluation {
  asOf: string;
  evaluated: boolean;
  /** Ids of alerts raised by this evaluation. */
  raised: string[];
  /** Ids of alerts resolved by this evaluation. */
  resolved: string[];
  /** Keys of every alert the rules find now. */
  current: string[];
  /** Why each unreadable result was left out (core reasons). */
  skipped: Reason[];
  reasons: string[];
}

/**
 * @example
 * await runCommand(store, actor, async (ctx) => {
 *   await saveLabs(ctx, ...);
 *   return evaluateSafetyAfterLabs(ctx, subjectId);
 * });
 */
export async function evaluateSafetyAfterLabs(
  ctx: WriteContext,
  subjectId: string,
): Promise<SafetyEvaluation> {
  const subject = await loadSafetySubject(ctx.trx, subjectId, 'all');
  const asOf = siteToday(subject, ctx.now);
  if (!subject.enrollmentDate)
    return {
      asOf,
      evaluated: false,
      raised: [],
      resolved: [],
      current: [],
      skipped: [],
      reasons: ['not enrolled: the leflunomide liver rules start at the first dose'],
    };
  const read = readLabResults(await loadStoredLabs(ctx.trx, subjectId));
  const labs = read.flatMap((r) => (r.kind === 'usable' ? [r.result] : []));
  const skipped = read.flatMap((r) => (r.kind === 'unusable' ? [r.reason] : []));
  const alerts = leflunomideLiverAlerts({
    treatmentStart: subject.enrollmentDate,
    lastDoseDate: subject.lastDoseDate,
    asOf,
    labs,
  });
  const raised: string[] = [];
  for (const a of alerts) {
    const id = await raiseAlert(ctx, {
      subjectId,
      siteId: subject.siteId,
      kind: a.kind,
      severity: a.severity,
      key: a.key,
      rule: a.rule,
      ruleReason: liverRuleReason(a.kind),
      summary: liverAlertSummary(a),
      details: { ...a },
    });
    if (id) raised.push(id);
  }
  const current = new Set(alerts.map((a) => a.key));
  const resolved: string[] = [];
  for (const open of await openAlertsOf(ctx, subjectId)) {
    if (open.kind !== 'monitoring-overdue' || current.has(open.alert_key)) continue;
    await resolveAlert(
      ctx,
      { id: open.id, siteId: open.site_id, subjectId },
      `re-evaluated ${asOf}: the test that was due has been recorded or is no longer required`,
    );
    resolved.push(open.id);
  }
  return {
    asOf,
    evaluated: true,
    raised,
    resolved,
    current: [...current],
    skipped,
    reasons: [
      `leflunomide liver rules as of ${asOf} (today at the site) over ${labs.length} lab result(s) from day 1 ${subject.enrollmentDate}`,
    ],
  };
}
