/**
 * One eligibility criterion against the evidence: met, not met, or missing evidence, with the
 * reasons. Each rule kind of the study definition has one small function here. "Met" says the
 * criterion's statement is true of the subject; what that means for eligibility (an inclusion
 * must be met, an exclusion must not be) is decided in `eligibility-evaluation.ts`.
 */
import type {
  EligibilityCriterion,
  EligibilityRule,
  StudyDefinition,
} from '../protocol/study-definition.schema.ts';
import { partialDateBounds } from '../safety/medication-period-overlap.ts';
import { compareDates, daysBetween } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';
import { readReason } from '../shared/reason-from-stored.ts';
import { ageInYears } from './age-in-years.ts';
import { altAboveTimesUln, altTimesUlnText } from './alt-times-uln.ts';
import type { EligibilityEvidence, Men1Result } from './eligibility-evidence.schema.ts';
import { eligibilityReason as reason } from './eligibility-reasons.ts';

export type CriterionResult = 'met' | 'not-met' | 'missing-evidence';

export interface RuleOutcome {
  result: CriterionResult;
  reasons: Reason[];
}

type Rule<K extends EligibilityRule['kind']> = Extract<EligibilityRule, { kind: K }>;
const met = (...reasons: Reason[]): RuleOutcome => ({ result: 'met', reasons });
const notMet = (...reasons: Reason[]): RuleOutcome => ({ result: 'not-met', reasons });
const missing = (...reasons: Reason[]): RuleOutcome => ({ result: 'missing-evidence', reasons });

function consentSigned(e: EligibilityEvidence): RuleOutcome {
  const c = e.consent;
  if (!c) return missing(reason('eligibility.no-consent'));
  const { signedDate, version } = c;
  const checkDate = e.checkDate;
  if (compareDates(signedDate, checkDate) > 0)
    return notMet(
      version
        ? reason('eligibility.consent-version-after-check', { signedDate, version, checkDate })
        : reason('eligibility.consent-after-check', { signedDate, checkDate }),
    );
  if (c.withdrawnDate && compareDates(c.withdrawnDate, checkDate) <= 0)
    return notMet(reason('eligibility.consent-withdrawn', { withdrawnDate: c.withdrawnDate }));
  return met(
    version
      ? reason('eligibility.consent-version-signed', { signedDate, version })
      : reason('eligibility.consent-signed', { signedDate }),
  );
}

/**
 * Age ≥ N from a complete or partial birth date (SDTM allows `YYYY` and `YYYY-MM`). A partial
 * date is a range of possible birthdays: the criterion is decided when every birthday in the
 * range gives the same answer (born 1970 is an adult in 2026 whatever the day), and only when
 * the range straddles the N-th birthday is the full date missing evidence.
 */
function minAge(rule: Rule<'min-age-years'>, e: EligibilityEvidence): RuleOutcome {
  const birthDate = e.birthDate;
  if (!birthDate) return missing(reason('eligibility.no-birth-date'));
  const { earliest, latest } = partialDateBounds(birthDate, 'birthDate');
  const checkDate = e.checkDate;
  const youngest = ageInYears(latest, checkDate);
  const oldest = ageInYears(earliest, checkDate);
  const minAge = rule.years;
  if (earliest === latest) {
    const p = { age: youngest, checkDate, birthDate, minAge };
    return youngest >= minAge
      ? met(reason('eligibility.age-at-least', p))
      : notMet(reason('eligibility.age-below', p));
  }
  const born = { birthDate, earliest, latest, checkDate, minAge };
  if (youngest >= minAge)
    return met(reason('eligibility.age-partial-at-least', { ...born, age: youngest }));
  if (oldest < minAge)
    return notMet(reason('eligibility.age-partial-below', { ...born, age: oldest }));
  return missing(reason('eligibility.age-partial-undecided', { ...born, youngest, oldest }));
}

const COUNTS: ReadonlySet<Men1Result['classification']> = new Set([
  'pathogenic',
  'likely-pathogenic',
]);

/** The params `classification`, `origin` and `sample` are the schema's codes (a screen names them). */
function describeVariant(r: Men1Result): Reason {
  const p = { classification: r.classification, origin: r.origin, hgvs: r.hgvs, sample: r.sample };
  const { lab, reportDate } = r;
  if (lab && reportDate)
    return reason('eligibility.men1-variant-lab-reported', { ...p, lab, reportDate });
  if (lab) return reason('eligibility.men1-variant-lab', { ...p, lab });
  if (reportDate) return reason('eligibility.men1-variant-reported', { ...p, reportDate });
  return reason('eligibility.men1-variant', p);
}

function men1Variant(e: EligibilityEvidence): RuleOutcome {
  const known = e.men1Results.filter(
    (r) => !r.reportDate || compareDates(r.reportDate, e.checkDate) <= 0,
  );
  const later = e.men1Results.length - known.length;
  const note = later
    ? [reason('eligibility.men1-results-after-check', { count: later, checkDate: e.checkDate })]
    : [];
  if (known.length === 0) return missing(reason('eligibility.no-men1-result'), ...note);
  const counting = known.filter((r) => COUNTS.has(r.classification));
  if (counting.length > 0)
    return met(
      ...counting.map(describeVariant),
      reason('eligibility.men1-pathogenic-counts'),
      ...note,
    );
  return notMet(...known.map(describeVariant), reason('eligibility.men1-none-pathogenic'), ...note);
}

function altTimesUln(
  rule: Rule<'alt-max-times-uln'>,
  e: EligibilityEvidence,
  study: StudyDefinition,
): RuleOutcome {
  const a = e.baselineAlt;
  if (!a) return missing(reason('eligibility.no-baseline-alt'));
  const start = e.plannedTreatmentStartDate;
  const days = study.schedule.screeningWindowDays;
  if (a.date && start) {
    const before = daysBetween(a.date, start);
    if (before < 0 || before > days)
      return missing(reason('eligibility.alt-not-baseline', { altDate: a.date, days, start }));
  }
  const p = {
    value: a.value,
    timesUln: altTimesUlnText(a.value, a.uln),
    uln: a.uln,
    maxTimesUln: rule.maxTimesUln,
  };
  // leflunomide label: baseline ALT > 2 × ULN is ineligible, exactly 2 × ULN is eligible
  return altAboveTimesUln(a.value, a.uln, rule.maxTimesUln)
    ? notMet(reason('eligibility.alt-above-limit', p))
    : met(reason('eligibility.alt-within-limit', p));
}

function measurable(e: EligibilityEvidence): RuleOutcome {
  const m = e.measurableDisease;
  if (!m) return missing(reason('eligibility.no-recist-baseline'));
  // the RECIST engine's own reasons (coded, or plain text from an older caller) follow
  const recist = m.reasons.flatMap((r) => readReason(r) ?? []);
  return m.measurable
    ? met(reason('eligibility.measurable'), ...recist)
    : notMet(reason('eligibility.not-measurable'), ...recist);
}

function imagingWindow(
  rule: Rule<'baseline-imaging-within-days'>,
  e: EligibilityEvidence,
): RuleOutcome {
  const imagingDate = e.baselineImagingDate;
  const start = e.plannedTreatmentStartDate;
  if (!imagingDate) return missing(reason('eligibility.no-imaging-date'));
  if (!start) return missing(reason('eligibility.no-planned-start'));
  const days = daysBetween(imagingDate, start);
  if (days < 0) return notMet(reason('eligibility.imaging-after-start', { imagingDate, start }));
  const p = { imagingDate, days, start, maxDays: rule.days };
  return days <= rule.days
    ? met(reason('eligibility.imaging-within', p))
    : notMet(reason('eligibility.imaging-too-old', p));
}

function manual(c: EligibilityCriterion, e: EligibilityEvidence): RuleOutcome {
  const a = e.manualAnswers[c.id];
  if (!a) return missing(reason('eligibility.manual-missing'));
  return a.met
    ? met(reason('eligibility.manual-yes', { evidence: a.evidence }))
    : notMet(reason('eligibility.manual-no', { evidence: a.evidence }));
}

/**
 * @example evaluateRule(study.eligibility[6], evidence, study) // { result: 'met', reasons: [{ code: 'eligibility.alt-within-limit', text: 'ALT 80 = 2.00 × ULN (ULN 40) ≤ 2 × ULN', … }] }
 */
export function evaluateRule(
  c: EligibilityCriterion,
  e: EligibilityEvidence,
  study: StudyDefinition,
): RuleOutcome {
  const rule = c.rule;
  switch (rule.kind) {
    case 'consent-signed':
      return consentSigned(e);
    case 'min-age-years':
      return minAge(rule, e);
    case 'men1-pathogenic-variant':
      return men1Variant(e);
    case 'alt-max-times-uln':
      return altTimesUln(rule, e, study);
    case 'measurable-disease-recist':
      return measurable(e);
    case 'baseline-imaging-within-days':
      return imagingWindow(rule, e);
    case 'manual':
      return manual(c, e);
    default: {
      const never: never = rule;
      return never;
    }
  }
}
