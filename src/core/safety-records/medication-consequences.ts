/**
 * What saving a concomitant medication sets in motion (issue 6), decided from the core matcher
 * (`screenMedication`) and the overlap with the treatment period (`medicationOverlap`):
 *
 * | verdict | overlap with treatment | consequence |
 * |---|---|---|
 * | prohibited | overlaps | protocol deviation (automatic) + critical safety alert |
 * | prohibited | possibly (partial dates) | query: complete the dates, was it taken on treatment? |
 * | prohibited | not enrolled yet, ongoing | query: confirm it stops before the first dose |
 * | review | overlaps or possibly, or not enrolled yet and ongoing | query: investigator decides |
 * | anything | no overlap | none (history before day 1 or after the last dose) |
 * | allowed | — | none |
 *
 * An uncertain match is never turned into a deviation: the investigator is asked instead of the
 * system guessing. Deviation severity: antitumour therapy `critical` (it confounds the primary
 * endpoint, tumour response), hepatotoxic drugs and traditional Chinese medicine `major`
 * (subject safety under leflunomide) — a choice stated here so it can be reviewed.
 */
import { type MedicationOverlap, medicationOverlap } from '../safety/medication-period-overlap.ts';
import {
  type AlertSummaryCode,
  medicationReason,
  medicationRuleReason,
} from '../safety/medication-reasons.ts';
import type { ProhibitedCategory } from '../safety/prohibited-medication-dictionary.ts';
import {
  type MedicationScreening,
  screenMedication,
} from '../safety/prohibited-medication-matcher.ts';
import type { IsoDate } from '../shared/calendar-date.ts';
import { type Reason, reasonTexts } from '../shared/reason.ts';
import type { DeviationSeverity } from './protocol-deviation.schema.ts';

export interface MedicationToAssess {
  name: string;
  atcCode?: string | null;
  startDate?: string | null;
  stopDate?: string | null;
}

export interface TreatmentPeriod {
  /** Day 1 (first dose); null before enrolment. */
  start: IsoDate | null;
  /** Last dose; null while on treatment. */
  end: IsoDate | null;
}

export type OverlapAssessment = MedicationOverlap | { kind: 'not-on-treatment'; reasons: Reason[] };

export type MedicationConsequence =
  | {
      kind: 'deviation';
      category: 'prohibited-medication';
      severity: DeviationSeverity;
      date: IsoDate;
      rule: string;
      /** English, for the audit trail and exports; `descriptionReason` is the same, coded. */
      description: string;
      descriptionReason: Reason;
    }
  | { kind: 'alert'; severity: 'critical'; rule: string; ruleReason: Reason; summary: Reason }
  /** `params`: the rule's values (rules/safety.rules.ts), so a screen can say the query in its language. */
  | { kind: 'query'; rule: string; text: string; params: Readonly<Record<string, string>> };

export interface MedicationAssessment {
  screening: MedicationScreening;
  overlap: OverlapAssessment;
  consequences: MedicationConsequence[];
  reasons: Reason[];
}

/** Query rules, stable so that an open query is not raised twice for one medication. */
export const MEDICATION_QUERY_RULES = {
  review: 'medication-review',
  possibleOverlap: 'prohibited-medication-dates',
  beforeTreatment: 'prohibited-medication-before-day1',
} as const;

const SEVERITY: Record<ProhibitedCategory, DeviationSeverity> = {
  antitumour: 'critical',
  hepatotoxic: 'major',
  tcm: 'major',
};

/**
 * @example assessMedication({ name: 'Dilantin 100 mg', startDate: '2026-02-01' },
 *   { start: '2026-01-05', end: null }).consequences.map((c) => c.kind) // ['deviation', 'alert']
 */
export function assessMedication(
  cm: MedicationToAssess,
  treatment: TreatmentPeriod,
): MedicationAssessment {
  const screening = screenMedication({ name: cm.name, atc: cm.atcCode ?? null });
  const overlap: OverlapAssessment = treatment.start
    ? medicationOverlap({
        medStart: cm.startDate ?? null,
        medStop: cm.stopDate ?? null,
        treatmentStart: treatment.start,
        treatmentEnd: treatment.end,
      })
    : { kind: 'not-on-treatment', reasons: [medicationReason('medication.not-on-treatment')] };
  const reasons = [...screening.reasons, ...overlap.reasons];
  const consequences: MedicationConsequence[] = [];
  if (screening.kind === 'allowed' || overlap.kind === 'no-overlap')
    return { screening, overlap, consequences, reasons };

  const what = `"${cm.name}" (${screening.drug}, ${screening.category}, matched on ${screening.matchedOn} "${screening.term}")`;
  const ongoingBeforeDay1 = overlap.kind === 'not-on-treatment' && !cm.stopDate;
  const params = { name: cm.name, drug: screening.drug };
  if (screening.kind === 'review') {
    if (overlap.kind === 'not-on-treatment' && !ongoingBeforeDay1)
      return { screening, overlap, consequences, reasons };
    consequences.push({
      kind: 'query',
      rule: MEDICATION_QUERY_RULES.review,
      params,
      text: `Investigator review: ${what} may be prohibited (${screening.rule}). Is it antitumour therapy or otherwise prohibited for this subject? ${reasonTexts(screening.reasons).join('; ')}`,
    });
    return { screening, overlap, consequences, reasons };
  }
  switch (overlap.kind) {
    case 'overlaps': {
      const kind = `${screening.category}-${screening.matchedOn}` as const;
      const seen = {
        name: cm.name,
        drug: screening.drug,
        term: screening.term,
        from: overlap.from,
      };
      const descriptionReason =
        overlap.to === null
          ? medicationReason(`medication.deviation-ongoing-${kind}`, seen)
          : medicationReason(`medication.deviation-${kind}`, { ...seen, to: overlap.to });
      consequences.push(
        {
          kind: 'deviation',
          category: 'prohibited-medication',
          severity: SEVERITY[screening.category],
          date: overlap.from,
          rule: screening.rule,
          description: descriptionReason.text,
          descriptionReason,
        },
        {
          kind: 'alert',
          severity: 'critical',
          rule: screening.rule,
          ruleReason: medicationRuleReason(screening.rule),
          summary: medicationReason(
            `medication.alert-${screening.category}-${screening.matchedOn}` as AlertSummaryCode,
            { name: cm.name, drug: screening.drug, term: screening.term, from: overlap.from },
          ),
        },
      );
      break;
    }
    case 'possibly-overlaps':
      consequences.push({
        kind: 'query',
        rule: MEDICATION_QUERY_RULES.possibleOverlap,
        params,
        text: `Prohibited medication ${what}: its partial or missing dates may overlap treatment. Please complete the start and stop dates (${screening.rule}).`,
      });
      break;
    case 'not-on-treatment':
      if (ongoingBeforeDay1)
        consequences.push({
          kind: 'query',
          rule: MEDICATION_QUERY_RULES.beforeTreatment,
          params,
          text: `Prohibited medication ${what} is recorded as ongoing before day 1. Please confirm it is stopped before the first dose of leflunomide (${screening.rule}).`,
        });
      break;
    default: {
      const never: never = overlap;
      return never;
    }
  }
  return { screening, overlap, consequences, reasons };
}
