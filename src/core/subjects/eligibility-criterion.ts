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
import { ageInYears } from './age-in-years.ts';
import { altAboveTimesUln, describeAlt } from './alt-times-uln.ts';
import type { EligibilityEvidence, Men1Result } from './eligibility-evidence.schema.ts';

export type CriterionResult = 'met' | 'not-met' | 'missing-evidence';

export interface RuleOutcome {
  result: CriterionResult;
  reasons: string[];
}

type Rule<K extends EligibilityRule['kind']> = Extract<EligibilityRule, { kind: K }>;
const met = (...reasons: string[]): RuleOutcome => ({ result: 'met', reasons });
const notMet = (...reasons: string[]): RuleOutcome => ({ result: 'not-met', reasons });
const missing = (...reasons: string[]): RuleOutcome => ({ result: 'missing-evidence', reasons });

function consentSigned(e: EligibilityEvidence): RuleOutcome {
  const c = e.consent;
  if (!c) return missing('no informed consent recorded');
  const v = c.version ? ` (version ${c.version})` : '';
  if (compareDates(c.signedDate, e.checkDate) > 0)
    return notMet(`consent signed ${c.signedDate}${v}, after the check on ${e.checkDate}`);
  if (c.withdrawnDate && compareDates(c.withdrawnDate, e.checkDate) <= 0)
    return notMet(`consent withdrawn on ${c.withdrawnDate}`);
  return met(`informed consent signed ${c.signedDate}${v}`);
}

/**
 * Age ≥ N from a complete or partial birth date (SDTM allows `YYYY` and `YYYY-MM`). A partial
 * date is a range of possible birthdays: the criterion is decided when every birthday in the
 * range gives the same answer (born 1970 is an adult in 2026 whatever the day), and only when
 * the range straddles the N-th birthday is the full date missing evidence.
 */
function minAge(rule: Rule<'min-age-years'>, e: EligibilityEvidence): RuleOutcome {
  if (!e.birthDate) return missing('no birth date recorded');
  const { earliest, latest } = partialDateBounds(e.birthDate, 'birthDate');
  const youngest = ageInYears(latest, e.checkDate);
  const oldest = ageInYears(earliest, e.checkDate);
  const n = rule.years;
  if (earliest === latest) {
    const text = `age ${youngest} on ${e.checkDate} (born ${e.birthDate})`;
    return youngest >= n ? met(`${text} ≥ ${n}`) : notMet(`${text} < ${n}`);
  }
  const born = `born ${e.birthDate} (between ${earliest} and ${latest})`;
  if (youngest >= n)
    return met(`${born}: age at least ${youngest} on ${e.checkDate} ≥ ${n} whatever the day`);
  if (oldest < n)
    return notMet(`${born}: age at most ${oldest} on ${e.checkDate} < ${n} whatever the day`);
  return missing(
    `${born}: age ${youngest} or ${oldest} on ${e.checkDate} depending on the day of birth; the full birth date decides age ≥ ${n}`,
  );
}

const COUNTS: ReadonlySet<Men1Result['classification']> = new Set([
  'pathogenic',
  'likely-pathogenic',
]);

function describeVariant(r: Men1Result): string {
  const lab = r.lab ? `, ${r.lab}` : '';
  const date = r.reportDate ? `, reported ${r.reportDate}` : '';
  return `${r.classification} ${r.origin} MEN1 variant ${r.hgvs} in ${r.sample}${lab}${date}`;
}

function men1Variant(e: EligibilityEvidence): RuleOutcome {
  const known = e.men1Results.filter(
    (r) => !r.reportDate || compareDates(r.reportDate, e.checkDate) <= 0,
  );
  const later = e.men1Results.length - known.length;
  const note = later ? [`${later} result(s) reported after ${e.checkDate} not used`] : [];
  if (known.length === 0) return missing('no MEN1 mutation result', ...note);
  const counting = known.filter((r) => COUNTS.has(r.classification));
  if (counting.length > 0)
    return met(...counting.map(describeVariant), 'pathogenic or likely pathogenic counts', ...note);
  return notMet(
    ...known.map(describeVariant),
    'no pathogenic or likely pathogenic MEN1 variant (VUS and benign classes do not count)',
    ...note,
  );
}

function altTimesUln(
  rule: Rule<'alt-max-times-uln'>,
  e: EligibilityEvidence,
  study: StudyDefinition,
): RuleOutcome {
  const a = e.baselineAlt;
  if (!a) return missing('no baseline ALT result');
  const start = e.plannedTreatmentStartDate;
  const n = study.schedule.screeningWindowDays;
  if (a.date && start) {
    const before = daysBetween(a.date, start);
    if (before < 0 || before > n)
      return missing(
        `ALT of ${a.date} is not a baseline value: it must be taken within ${n} days before the planned start ${start} (schedule.screeningWindowDays)`,
      );
  }
  const text = describeAlt(a.value, a.uln);
  return altAboveTimesUln(a.value, a.uln, rule.maxTimesUln)
    ? notMet(`${text} > ${rule.maxTimesUln} × ULN: not eligible for leflunomide (label)`)
    : met(`${text} ≤ ${rule.maxTimesUln} × ULN`);
}

function measurable(e: EligibilityEvidence): RuleOutcome {
  const m = e.measurableDisease;
  if (!m) return missing('no RECIST 1.1 baseline assessment');
  return m.measurable
    ? met('at least one measurable lesion (RECIST 1.1)', ...m.reasons)
    : notMet('no measurable lesion (RECIST 1.1)', ...m.reasons);
}

function imagingWindow(
  rule: Rule<'baseline-imaging-within-days'>,
  e: EligibilityEvidence,
): RuleOutcome {
  const img = e.baselineImagingDate;
  const start = e.plannedTreatmentStartDate;
  if (!img) return missing('no baseline imaging date');
  if (!start) return missing('no planned treatment start date to count back from');
  const before = daysBetween(img, start);
  if (before < 0)
    return notMet(`imaging on ${img} is after the planned start ${start}: not a baseline`);
  const text = `imaging on ${img}, ${before} day(s) before the planned start ${start}`;
  return before <= rule.days
    ? met(`${text} (≤ ${rule.days})`)
    : notMet(`${text} (> ${rule.days}: repeat the baseline imaging)`);
}

function manual(c: EligibilityCriterion, e: EligibilityEvidence): RuleOutcome {
  const a = e.manualAnswers[c.id];
  if (!a) return missing("investigator's answer not recorded");
  return a.met
    ? met(`investigator: yes — ${a.evidence}`)
    : notMet(`investigator: no — ${a.evidence}`);
}

/**
 * @example evaluateRule(study.eligibility[6], evidence, study) // { result: 'met', reasons: ['ALT 80 = 2.00 × ULN (ULN 40) ≤ 2 × ULN'] }
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
