/**
 * The English words of every RECIST 1.1 engine reason, one template per code (`recist.<name>`),
 * with `{placeholders}` the engine fills pre-formatted: lengths as `formatTenths` writes them
 * (one decimal, the unit in the template), lesion ids joined with ', ', ISO dates, counts.
 * The web's zh-CN catalogue (web/i18n/reasons.recist.zh-CN.ts) is typed by this record, so a
 * code added here without a translation does not compile.
 *
 * Response codes (CR, PR, SD, PD, NE, NON-CR/NON-PD, MISSING) are written as codes, in the
 * template where the case fixes them and as `{response}`-style parameters where it does not.
 */
export const RECIST_REASON_TEMPLATES = {
  // Sum of diameters, what one target contributes (RECIST 1.1 §4.3.2)
  'recist.target-not-reported': 'target {id} not reported → not assessed',
  'recist.target-not-assessed': 'target {id} not assessed',
  'recist.target-split': 'target {id} split: {pieces} → {total} mm (RECIST 1.1 §4.3.2)',
  'recist.target-merged':
    'target {id} merged into {into}: measured once there, 0.0 mm here (RECIST 1.1 §4.3.2)',
  'recist.target-too-small': 'target {id} too small to measure → 5.0 mm (RECIST 1.1 §4.3.2)',
  'recist.target-disappeared': 'target {id} disappeared → 0.0 mm (RECIST 1.1 §4.3.2)',

  // Target response (RECIST 1.1 §4.3.1, §4.4.2)
  'recist.target-reappeared-after-cr':
    'target {ids} reappeared after complete response → PD (RECIST 1.1 FAQ: any disease after CR is progression)',
  'recist.target-missing-pd':
    'targets {ids} not assessed, but the measured sum {sum} mm ≥ 120 % of nadir {nadir} mm and +{increase} mm ≥ 5 mm already proves PD (RECIST 1.1 §4.4.2)',
  'recist.target-missing-ne':
    'targets {ids} not assessed and the measured sum {sum} mm does not prove PD → NE (RECIST 1.1 §4.4.2)',
  'recist.target-cr':
    'all non-nodal targets gone and every target node < 10 mm (sum {sum} mm) → CR (RECIST 1.1 §4.3.1)',
  'recist.target-pd':
    'sum {sum} mm ≥ 120 % of nadir {nadir} mm and +{increase} mm ≥ 5 mm → PD (RECIST 1.1 §4.3.1)',
  'recist.target-pr': 'sum {sum} mm ≤ 70 % of baseline {baseline} mm → PR (RECIST 1.1 §4.3.1)',
  'recist.target-continuing-pr':
    'sum {sum} mm > 70 % of baseline {baseline} mm and not PD against nadir {nadir} mm; after an earlier response → continuing PR (EORTC RECIST FAQ; continuingPartialResponse = true)',
  'recist.target-sd-after-response':
    'sum {sum} mm > 70 % of baseline {baseline} mm and not PD against nadir {nadir} mm → SD (strict per-visit scoring; continuingPartialResponse = false)',
  'recist.target-sd':
    'sum {sum} mm > 70 % of baseline {baseline} mm and not PD against nadir {nadir} mm → SD (RECIST 1.1 §4.3.1)',

  // Non-target response (RECIST 1.1 §4.3.3–4.3.4)
  'recist.non-target-pd': 'non-target {ids} unequivocal progression → PD (RECIST 1.1 §4.3.3)',
  'recist.non-target-reappeared-after-cr':
    'non-target {ids} reappeared after complete response → PD (RECIST 1.1 FAQ: any disease after CR is progression)',
  'recist.non-target-ne': 'non-target {ids} not assessed → NE (RECIST 1.1 §4.4.2)',
  'recist.non-target-present':
    'non-target {ids} present, none unequivocally progressing → NON-CR/NON-PD (RECIST 1.1 §4.3.3)',
  'recist.non-target-markers-above-normal':
    'all non-targets gone but tumour markers above normal → NON-CR/NON-PD (RECIST 1.1 §4.3.3)',
  'recist.non-target-cr': 'all non-target lesions gone, nodes < 10 mm → CR (RECIST 1.1 §4.3.3)',

  // New lesions (RECIST 1.1 §4.3.5)
  'recist.new-lesion-pd': 'new lesion {ids} unequivocal → PD (RECIST 1.1 §4.3.5)',
  'recist.new-lesion-equivocal':
    'new lesion {ids} equivocal: not PD yet, followed (RECIST 1.1 §4.3.5)',
  'recist.new-lesion-dated-back':
    'new lesion {id} equivocal here, confirmed unequivocal on {confirmedDate} → PD dated back to this scan (RECIST 1.1 §4.3.5)',
  'recist.new-lesion-first-seen':
    'new lesion {id} first seen (equivocal) on {firstDate}: progression dates from then (RECIST 1.1 §4.3.5)',

  // Overall response (RECIST 1.1 §4.4.1): Table 1 with target disease, Table 2 without
  'recist.overall-t-nt-new':
    'target {target} + non-target {nonTarget} + new lesion → {response} (RECIST 1.1 Table 1)',
  'recist.overall-t-nt-equivocal':
    'target {target} + non-target {nonTarget} + equivocal new lesion only → {response} (RECIST 1.1 Table 1)',
  'recist.overall-t-nt-none':
    'target {target} + non-target {nonTarget} + no new lesion → {response} (RECIST 1.1 Table 1)',
  'recist.overall-t-new':
    'target {target} + no non-target disease + new lesion → {response} (RECIST 1.1 Table 1)',
  'recist.overall-t-equivocal':
    'target {target} + no non-target disease + equivocal new lesion only → {response} (RECIST 1.1 Table 1)',
  'recist.overall-t-none':
    'target {target} + no non-target disease + no new lesion → {response} (RECIST 1.1 Table 1)',
  'recist.overall-nt-new':
    'no target disease + non-target {nonTarget} + new lesion → {response} (RECIST 1.1 Table 2)',
  'recist.overall-nt-equivocal':
    'no target disease + non-target {nonTarget} + equivocal new lesion only → {response} (RECIST 1.1 Table 2)',
  'recist.overall-nt-none':
    'no target disease + non-target {nonTarget} + no new lesion → {response} (RECIST 1.1 Table 2)',
  'recist.overall-no-disease-new':
    'no target disease + no non-target disease + new lesion → {response} (RECIST 1.1 Table 2)',
  'recist.overall-no-disease-equivocal':
    'no target disease + no non-target disease + equivocal new lesion only → {response} (RECIST 1.1 Table 2)',
  'recist.overall-no-disease-none':
    'no target disease + no non-target disease + no new lesion → {response} (RECIST 1.1 Table 2)',

  // The subject as a whole
  'recist.baseline-sum': 'baseline sum {sum} mm of {count} target(s): {targets} (RECIST 1.1 §4.2)',
  'recist.baseline-non-target-only':
    'no target lesion: non-target-only disease (RECIST 1.1 Table 2)',
  'recist.not-used-for-bor':
    'after the first PD or new therapy: not used for best overall response',
  'recist.rules':
    'rules: confirmationDays {confirmationDays}, sdMinDays {sdMinDays}, continuingPartialResponse {continuingPartialResponse}',

  // Confirmation of CR/PR (RECIST 1.1 §4.6)
  'recist.confirm-only-cr-pr': 'only a CR or PR can be confirmed',
  'recist.cr-not-confirmed-no-cr':
    'CR on {date} not confirmed: no CR ≥ {confirmationDays} days later (RECIST 1.1 §4.6)',
  'recist.pr-not-confirmed-no-cr-pr':
    'PR on {date} not confirmed: no CR or PR ≥ {confirmationDays} days later (RECIST 1.1 §4.6)',
  'recist.not-confirmed-sd-between':
    '{response} on {date} not confirmed: SD on {sdDate} before the confirmation (no SD allowed) (RECIST 1.1 §4.6)',
  'recist.not-confirmed-in-cr-window':
    '{response} on {date} not confirmed: {other} on {otherDate} inside the confirmation window (RECIST 1.1 §4.6)',
  'recist.not-confirmed-pr-after-cr':
    '{response} on {date} not confirmed: PR on {prDate} after CR on {crDate} inside the window (RECIST 1.1 §4.6)',
  'recist.not-confirmed-in-window':
    '{response} on {date} not confirmed: {other} on {otherDate} inside the window (RECIST 1.1 §4.6)',
  'recist.not-confirmed-too-many-ne':
    '{response} on {date} not confirmed: {ne} NE before the confirmation (at most {maxNe}) (RECIST 1.1 §4.6)',
  'recist.confirmed':
    '{response} on {date} confirmed by {by} on {byDate} ({days} days ≥ {confirmationDays}, {ne} NE between) (RECIST 1.1 §4.6)',

  // Best overall response (RECIST 1.1 §4.4.3, §4.6)
  'recist.after-new-therapy-not-used':
    '{count} assessment(s) after new anticancer therapy on {date} not used (RECIST 1.1 §4.4.3)',
  'recist.after-pd-not-used':
    '{count} assessment(s) after first PD on {date} not used (RECIST 1.1 §4.4.3)',
  'recist.no-post-baseline': 'no post-baseline assessment → MISSING',
  'recist.cr-followed-by-pr':
    'CR on {crDate} followed by PR on {prDate}: after a true CR any disease is PD — review the data',
  'recist.unconfirmed-best':
    'unconfirmed best {response} on {date}; SD counts from {sdMinDays} days after {referenceDate} (RECIST 1.1 §4.4.3)',
  'recist.unconfirmed-best-undated':
    'unconfirmed best {response}; SD counts from {sdMinDays} days after {referenceDate} (RECIST 1.1 §4.4.3)',
  'recist.confirmed-best': 'confirmed best {response} on {date} (RECIST 1.1 §4.6)',
  'recist.confirmed-best-undated': 'confirmed best {response} (RECIST 1.1 §4.6)',

  // Baseline problems (RECIST 1.1 §3–4.2)
  'recist.baseline-after-start': 'baseline {baselineDate} is after treatment start {startDate}',
  'recist.baseline-too-early':
    'baseline {baselineDate} is {days} days before treatment start {startDate}; at most {maxDays} allowed (RECIST 1.1 §4.2)',
  'recist.no-disease': 'no lesion at baseline: response cannot be assessed (RECIST 1.1 §3)',
  'recist.no-measurable-disease':
    'no target lesion: non-target-only disease, scored by RECIST 1.1 Table 2 (not evaluable for ORR when measurable disease is required)',
  'recist.node-normal':
    'node {id} short axis {diameter} mm < 10 mm is normal, not a lesion (RECIST 1.1 §3.1.1)',
  'recist.target-node-normal':
    'target node {id} short axis {diameter} mm < 10 mm is normal, not a lesion (RECIST 1.1 §3.1.1)',
  'recist.target-node-not-measurable':
    'target node {id} short axis {diameter} mm < 15 mm: pathological but not measurable, non-target only (RECIST 1.1 §3.1.1)',
  'recist.target-not-measurable':
    'target {id} longest diameter {diameter} mm < {minimum} mm: not measurable (RECIST 1.1 §3.1.1)',
  'recist.target-not-measurable-slice':
    'target {id} longest diameter {diameter} mm < {minimum} mm (2 × slice {slice} mm): not measurable (RECIST 1.1 §3.1.1)',
  'recist.too-many-targets': '{count} targets ({ids}); at most {max} (RECIST 1.1 §4.2)',
  'recist.too-many-in-organ':
    '{count} targets in {organ} ({ids}); at most {max} per organ, all lymph nodes count as one organ (RECIST 1.1 §4.2)',
  'recist.too-many-in-lymph-nodes':
    '{count} targets in lymph node ({ids}); at most {max} per organ, all lymph nodes count as one organ (RECIST 1.1 §4.2)',

  // Subject records around the engine (core/subjects)
  'recist.scan-set-aside':
    'pre-treatment scan of {date} not used: the baseline is the last one before day 1 ({baselineDate})',
  'recist.measurable-targets':
    'baseline scan of {date}: {count} measurable target lesion(s) ({ids})',
  'recist.measurable-targets-none': 'baseline scan of {date}: 0 measurable target lesion(s)',
  'recist.agreement-no-investigator': 'no investigator response',
  'recist.agreement-not-scored':
    'investigator {investigator}; the engine scores no time point on {date} (baseline, or not a follow-up scan)',
  'recist.agreement-agree': 'investigator {investigator}, RECIST 1.1 engine {engine}: they agree',
  'recist.agreement-disagree':
    'investigator {investigator}, RECIST 1.1 engine {engine}: they disagree',
} as const;

export type RecistReasonCode = keyof typeof RECIST_REASON_TEMPLATES;
