/**
 * The English of every reason the prohibited-medication matcher
 * (`prohibited-medication-matcher.ts`), the medication/treatment overlap
 * (`medication-period-overlap.ts`) and the consequences of saving a medication
 * (`safety-records/medication-consequences.ts`) give, as core `Reason` templates
 * (`shared/reason.ts`), English text unchanged. The words that change with the case — the
 * verdict, what the name matched on, the protocol rule (CLINICAL-RULES.md "Safety"), an unknown
 * or open date — are in the code, not in a parameter, so a translation can say them; those
 * families are written out by small functions over closed lists (the web's zh-CN catalogue,
 * `web/i18n/reasons.medication.zh-CN.ts`, is built the same way and typed by the same codes).
 */
import { fillTemplate, type Reason, type ReasonParams } from '../shared/reason.ts';
import { MEDICATION_RULES, type ProhibitedCategory } from './prohibited-medication-dictionary.ts';
import type { MatchedOn } from './prohibited-medication-matcher.ts';

export const MATCHED_ON = [
  'generic',
  'synonym',
  'brand',
  'chinese',
  'tcm-name',
  'atc',
  'atc-class',
  'name-stem',
  'tcm-suffix',
  'near-miss',
] as const satisfies readonly MatchedOn[];
export const HIT_VERDICTS = ['prohibited', 'review'] as const;
export type RuleKey = keyof typeof MEDICATION_RULES;
export const RULE_KEYS = Object.keys(MEDICATION_RULES) as RuleKey[];
export const CATEGORIES = [
  'antitumour',
  'hepatotoxic',
  'tcm',
] as const satisfies ProhibitedCategory[];
/** Look-alikes (`LOOK_ALIKES` in the dictionary), by id. */
export const LOOK_ALIKE_IDS = [
  'rifaximin',
  'phenylephrine',
  'methylprednisolone',
  'carbidopa',
  'phenylbutyrate',
  'sstr-tracer',
] as const;
export type LookAlikeId = (typeof LOOK_ALIKE_IDS)[number];

type Verdict = (typeof HIT_VERDICTS)[number];
export type HitCode = `medication.hit-${Verdict}-${MatchedOn}-${RuleKey}`;
/** Known or open (unknown start, ongoing stop or treatment) ends of the two periods. */
type Ends = `${'start' | 'no-start'}-${'stop' | 'ongoing'}-${'end' | 'on-treatment'}`;
export type OverlapCode =
  | `medication.no-overlap-${Ends}`
  | `medication.possibly-${Ends}`
  | `medication.overlaps-${Ends}-${'until' | 'open'}`;
export type AlertSummaryCode = `medication.alert-${ProhibitedCategory}-${MatchedOn}`;
/** An automatic deviation's description: taken during treatment up to a date, or still ongoing. */
export type DeviationCode =
  | `medication.deviation-${ProhibitedCategory}-${MatchedOn}`
  | `medication.deviation-ongoing-${ProhibitedCategory}-${MatchedOn}`;
export type LookAlikeCode = `medication.look-alike-${LookAlikeId}`;
export type RuleCode = `medication.rule-${RuleKey}`;

const TCM_DRUG = 'traditional Chinese medicine';

/** What the hit adds to the rule it cites (a name stem, a near-miss spelling, a TCM form). */
function hitExtension(on: MatchedOn): string {
  if (on === 'name-stem') return '; name stem "-{stem}" is an antineoplastic class → review';
  if (on === 'near-miss')
    return '; "{term}" is {distance} edit(s) from "{target}" → review, not a guess';
  if (on === 'tcm-suffix') return '; "{term}" ends in {suffix}, a TCM dosage form → review';
  return '';
}

function hitTemplate(verdict: Verdict, on: MatchedOn, rule: RuleKey): string {
  const drug = on === 'tcm-name' || on === 'tcm-suffix' ? TCM_DRUG : '{drug}';
  return `${verdict}: ${on} "{term}" → ${drug} (${MEDICATION_RULES[rule]}${hitExtension(on)})`;
}

function endsTemplate(e: Ends): [med: string, trt: string] {
  const medStart = e.startsWith('start-') ? '{medStart}' : 'start unknown';
  const medStop = e.includes('-stop-') ? '{medStop}' : 'ongoing';
  const end = e.endsWith('-end') ? '{treatmentEnd}' : 'ongoing';
  return [`medication ${medStart} to ${medStop}`, `treatment {treatmentStart} to ${end}`];
}

const ENDS: Ends[] = ['start', 'no-start'].flatMap((a) =>
  ['stop', 'ongoing'].flatMap((b) => ['end', 'on-treatment'].map((c) => `${a}-${b}-${c}` as Ends)),
);

function overlapTemplates(): Record<OverlapCode, string> {
  const out: Partial<Record<OverlapCode, string>> = {};
  for (const e of ENDS) {
    const [med, trt] = endsTemplate(e);
    out[`medication.no-overlap-${e}`] = `${med} does not meet ${trt}`;
    out[`medication.possibly-${e}`] =
      `${med} overlaps ${trt} only under some reading of its partial or missing dates`;
    out[`medication.overlaps-${e}-until`] = `${med} overlaps ${trt} from {from} to {to}`;
    out[`medication.overlaps-${e}-open`] = `${med} overlaps ${trt} from {from} to ongoing`;
  }
  return out as Record<OverlapCode, string>;
}

function hitTemplates(): Record<HitCode, string> {
  const out: Partial<Record<HitCode, string>> = {};
  for (const v of HIT_VERDICTS)
    for (const on of MATCHED_ON)
      for (const r of RULE_KEYS) out[`medication.hit-${v}-${on}-${r}`] = hitTemplate(v, on, r);
  return out as Record<HitCode, string>;
}

function alertTemplates(): Record<AlertSummaryCode, string> {
  const out: Partial<Record<AlertSummaryCode, string>> = {};
  for (const c of CATEGORIES)
    for (const on of MATCHED_ON)
      out[`medication.alert-${c}-${on}`] =
        `prohibited medication "{name}" ({drug}, ${c}, matched on ${on} "{term}") during treatment from {from}`;
  return out as Record<AlertSummaryCode, string>;
}

function deviationTemplates(): Record<DeviationCode, string> {
  const out: Partial<Record<DeviationCode, string>> = {};
  for (const c of CATEGORIES)
    for (const on of MATCHED_ON) {
      const what = `prohibited medication "{name}" ({drug}, ${c}, matched on ${on} "{term}") taken during treatment from {from}`;
      out[`medication.deviation-${c}-${on}`] = `${what} to {to}`;
      out[`medication.deviation-ongoing-${c}-${on}`] = `${what} to ongoing`;
    }
  return out as Record<DeviationCode, string>;
}

const LOOK_ALIKE_WHY: Record<LookAlikeCode, string> = {
  'medication.look-alike-rifaximin':
    '{term}: rifaximin is a gut-selective rifamycin (< 0.4 % absorbed), not rifampicin; not on the protocol list',
  'medication.look-alike-phenylephrine':
    '{term}: phenylephrine is an α1-agonist decongestant/vasopressor, not phenylbutazone or phenytoin',
  'medication.look-alike-methylprednisolone':
    '{term}: methylprednisolone is a corticosteroid, not methotrexate or methyldopa',
  'medication.look-alike-carbidopa':
    '{term}: carbidopa (α-甲基多巴肼) is a decarboxylase inhibitor given with levodopa, not methyldopa',
  'medication.look-alike-phenylbutyrate':
    '{term}: phenylbutyrate is an ammonia scavenger, not phenylbutazone',
  'medication.look-alike-sstr-tracer':
    '{term}: a 68Ga/64Cu/111In somatostatin-receptor tracer is diagnostic imaging, not PRRT',
};

const SINGLE = {
  'medication.inside-look-alike': '"{term}" is part of a look-alike name, not {drug}',
  'medication.no-match': '"{name}" matches no prohibited drug, class or TCM name',
  'medication.not-on-treatment': 'subject not enrolled: no treatment period yet',
} as const;

export type MedicationReasonCode =
  | HitCode
  | OverlapCode
  | AlertSummaryCode
  | DeviationCode
  | LookAlikeCode
  | RuleCode
  | keyof typeof SINGLE;

export const MEDICATION_REASONS: Readonly<Record<MedicationReasonCode, string>> = {
  ...hitTemplates(),
  ...overlapTemplates(),
  ...alertTemplates(),
  ...deviationTemplates(),
  ...LOOK_ALIKE_WHY,
  ...(Object.fromEntries(
    RULE_KEYS.map((k) => [`medication.rule-${k}`, MEDICATION_RULES[k]]),
  ) as Record<RuleCode, string>),
  ...SINGLE,
};

/** The protocol rule an alert cites, as a reason; a rule not on the list keeps its English. */
export function medicationRuleReason(rule: string): Reason {
  const key = RULE_KEYS.find((k) => MEDICATION_RULES[k] === rule);
  return key
    ? medicationReason(`medication.rule-${key}`)
    : { code: 'medication.rule-other', params: {}, text: rule };
}

/** One medication reason; only the template's own placeholders are kept from `params`. */
export function medicationReason(code: MedicationReasonCode, params: ReasonParams = {}): Reason {
  const template = MEDICATION_REASONS[code];
  const used = new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  const kept = Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k)));
  return { code, params: kept, text: fillTemplate(template, kept) };
}

/** The key of one of the protocol's medication rules (its English text as written). */
export function ruleKeyOf(rule: string): RuleKey {
  const key = RULE_KEYS.find((k) => MEDICATION_RULES[k] === rule);
  if (!key) throw new RangeError(`not a protocol medication rule: ${rule}`);
  return key;
}

export type { Ends as OverlapEnds };
export { ENDS as OVERLAP_ENDS };
