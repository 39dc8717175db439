/**
 * The English of every reason the leflunomide liver rules (`leflunomide-alt-rules.ts`,
 * `hys-law.ts`, `liver-monitoring-schedule.ts`, the alert summaries in
 * `safety-records/liver-alert-summary.ts`) and the SAE reporting clock (`sae-reporting-clock.ts`)
 * give, as core `Reason` templates (`shared/reason.ts`). Parameters are pre-formatted the way the
 * English always wrote them (exact decimals from `plainRatio`, ISO dates and instants), so the
 * English `text` is unchanged; the web's zh-CN catalogue (`web/i18n/reasons.safety.zh-CN.ts`)
 * keys on the codes. A word that changes with the case (ALT or full blood count, the monitoring
 * rhythm) is in the code, not in a parameter, so a translation can say it.
 */
import { fillTemplate, type Reason, type ReasonParams, reasonFactory } from '../shared/reason.ts';

export const SAFETY_REASONS = {
  // leflunomide protocol ALT rules (SmPC §4.2/§4.4) and baseline eligibility
  'safety.alt-interrupt': 'ALT {value} {unit} on {date} = {times} × ULN ({uln}): >3 × ULN',
  'safety.alt-reduction': 'ALT {value} {unit} on {date} = {times} × ULN ({uln}): >2–3 × ULN',
  'safety.baseline-alt-missing': 'no baseline ALT result',
  'safety.baseline-alt-no-uln': 'baseline ALT on {date} has no ULN',
  'safety.baseline-alt-not-eligible':
    'baseline ALT {value} {unit} on {date} = {times} × ULN ({uln}): >2 × ULN',
  'safety.baseline-alt-eligible':
    'baseline ALT {value} {unit} on {date} = {times} × ULN ({uln}): ≤2 × ULN (eligibility: baseline ALT >2 × ULN → not eligible)',
  // potential Hy's law (FDA DILI guidance 2009)
  'safety.hys-aminotransferase': '{test} {value} {unit} on {date} = {times} × ULN (≥3)',
  'safety.hys-bilirubin':
    'total bilirubin {value} {unit} on {date} = {times} × ULN (≥2), {days} day(s) apart (≤{window})',
  'safety.hys-alp': 'ALP {value} {unit} on {date} = {times} × ULN (<2)',
  'safety.hys-no-alp': 'no ALP within {window} days: cholestasis not ruled out',
  // ALT and full blood count monitoring rhythm (protocol)
  'safety.weekly-above-2': 'latest ALT ({date}) > 2 × ULN: weekly',
  'safety.weekly-until-normal':
    'ALT > 3 × ULN on {date} and not back to ≤ ULN since: weekly until normal',
  'safety.monitoring-not-started': '{asOf} is before treatment start {start}',
  'safety.baseline-due': 'baseline {what} due before the first dose ({from} to {to})',
  'safety.next-due': 'last {what} {last}; next due cycle {cycle} day 1 ({due}) ±{window} days',
  'safety.not-required': 'after the last dose ({date}): routine {what} not required',
  'safety.overdue': 'no {what} by {windowEnd}: {days} day(s) overdue on {asOf}',
  // one line per alert (lists, dashboard)
  'safety.summary-alt-reduction':
    'ALT {times} × ULN on {date}: consider reducing leflunomide to 10 mg, test ALT weekly',
  'safety.summary-alt-interrupt':
    'ALT {times} × ULN on {date}: interrupt leflunomide and start wash-out',
  'safety.summary-hys-law':
    "Potential Hy's law: {test} {times} × ULN on {date} with bilirubin {biliTimes} × ULN on {biliDate}",
  'safety.summary-baseline-alt': 'Baseline ALT {times} × ULN on {date} (> 2 × ULN): not eligible',
  'safety.summary-overdue-ALT-baseline':
    'ALT overdue by {days} day(s) (baseline test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-ALT-every-cycle':
    'ALT overdue by {days} day(s) (every-cycle test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-ALT-every-2-cycles':
    'ALT overdue by {days} day(s) (every-2-cycles test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-ALT-weekly':
    'ALT overdue by {days} day(s) (weekly test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-FBC-baseline':
    'Full blood count overdue by {days} day(s) (baseline test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-FBC-every-cycle':
    'Full blood count overdue by {days} day(s) (every-cycle test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-FBC-every-2-cycles':
    'Full blood count overdue by {days} day(s) (every-2-cycles test due {due}, window ended {windowEnd})',
  'safety.summary-overdue-FBC-weekly':
    'Full blood count overdue by {days} day(s) (weekly test due {due}, window ended {windowEnd})',
  'safety.summary-sae':
    'Serious adverse event "{term}" grade {grade} ({criteria}), aware {awareAt}',
  // the rules the alerts cite (protocol, CLINICAL-RULES.md; leflunomide SmPC §4.2/4.4; ICH E2A)
  'safety.rule-alt-reduction':
    'leflunomide protocol: ALT >2–3 × ULN → consider dose reduction to 10 mg and weekly tests',
  'safety.rule-alt-interrupt':
    'leflunomide protocol: ALT >3 × ULN → interrupt, wash-out (cholestyramine 8 g tid × 11 days or activated charcoal), weekly liver tests until normal',
  'safety.rule-hys-law':
    "potential Hy's law: ALT or AST ≥3 × ULN with total bilirubin ≥2 × ULN within 14 days and ALP <2 × ULN",
  'safety.rule-baseline-eligibility': 'eligibility: baseline ALT >2 × ULN → not eligible',
  'safety.rule-monitoring':
    'leflunomide protocol: ALT and full blood count before start, every cycle for cycles 1–6, then every 2 cycles (6–8 weeks), weekly while ALT >2 × ULN; window ±3 days',
  'safety.rule-sae':
    'ICH E2A: a serious adverse event is reported to the sponsor within 24 hours of awareness',
  // SAE reporting clock (ICH E2A: 24 h from awareness)
  'safety.sae-on-time': 'reported {reportedAt}, at or before due {dueAt}',
  'safety.sae-late': 'reported {reportedAt}, after due {dueAt} ({minutes} min late)',
  'safety.sae-pending': 'not reported; due {dueAt}, {minutes} whole minute(s) left',
  'safety.sae-past-due': 'not reported and past due {dueAt}',
} as const;

export type SafetyReasonCode = keyof typeof SAFETY_REASONS;

export const safetyReason = reasonFactory(SAFETY_REASONS);

/**
 * A reason whose code is chosen at run time (ALT or FBC, the rhythm); only the template's own
 * placeholders are kept from `params`.
 */
export function safetyReasonOf(code: SafetyReasonCode, params: ReasonParams): Reason {
  const template: string = SAFETY_REASONS[code];
  const used = new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  const kept = Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k)));
  return { code, params: kept, text: fillTemplate(template, kept) };
}
