/**
 * The eligibility checklist's findings (issue 5; rules in `eligibility-criterion.ts`) as English
 * templates — one code per finding, `{placeholders}` for what varies — so screens can say them
 * in the reader's language (`web/i18n/reasons.eligibility.zh-CN.ts`) while reports, the audit
 * trail and the 409 problem's `detail` keep the English text.
 */
import { type Reason, reasonFactory } from '../shared/reason.ts';

export const ELIGIBILITY_REASONS = {
  'eligibility.no-consent': 'no informed consent recorded',
  'eligibility.consent-after-check': 'consent signed {signedDate}, after the check on {checkDate}',
  'eligibility.consent-version-after-check':
    'consent signed {signedDate} (version {version}), after the check on {checkDate}',
  'eligibility.consent-withdrawn': 'consent withdrawn on {withdrawnDate}',
  'eligibility.consent-signed': 'informed consent signed {signedDate}',
  'eligibility.consent-version-signed': 'informed consent signed {signedDate} (version {version})',
  'eligibility.no-birth-date': 'no birth date recorded',
  'eligibility.age-at-least': 'age {age} on {checkDate} (born {birthDate}) ≥ {minAge}',
  'eligibility.age-below': 'age {age} on {checkDate} (born {birthDate}) < {minAge}',
  'eligibility.age-partial-at-least':
    'born {birthDate} (between {earliest} and {latest}): age at least {age} on {checkDate} ≥ {minAge} whatever the day',
  'eligibility.age-partial-below':
    'born {birthDate} (between {earliest} and {latest}): age at most {age} on {checkDate} < {minAge} whatever the day',
  'eligibility.age-partial-undecided':
    'born {birthDate} (between {earliest} and {latest}): age {youngest} or {oldest} on {checkDate} depending on the day of birth; the full birth date decides age ≥ {minAge}',
  'eligibility.men1-results-after-check': '{count} result(s) reported after {checkDate} not used',
  'eligibility.no-men1-result': 'no MEN1 mutation result',
  'eligibility.men1-variant': '{classification} {origin} MEN1 variant {hgvs} in {sample}',
  'eligibility.men1-variant-lab':
    '{classification} {origin} MEN1 variant {hgvs} in {sample}, {lab}',
  'eligibility.men1-variant-reported':
    '{classification} {origin} MEN1 variant {hgvs} in {sample}, reported {reportDate}',
  'eligibility.men1-variant-lab-reported':
    '{classification} {origin} MEN1 variant {hgvs} in {sample}, {lab}, reported {reportDate}',
  'eligibility.men1-pathogenic-counts': 'pathogenic or likely pathogenic counts',
  'eligibility.men1-none-pathogenic':
    'no pathogenic or likely pathogenic MEN1 variant (VUS and benign classes do not count)',
  'eligibility.no-baseline-alt': 'no baseline ALT result',
  'eligibility.alt-not-baseline':
    'ALT of {altDate} is not a baseline value: it must be taken within {days} days before the planned start {start} (schedule.screeningWindowDays)',
  'eligibility.alt-above-limit':
    'ALT {value} = {timesUln} × ULN (ULN {uln}) > {maxTimesUln} × ULN: not eligible for leflunomide (label)',
  'eligibility.alt-within-limit':
    'ALT {value} = {timesUln} × ULN (ULN {uln}) ≤ {maxTimesUln} × ULN',
  'eligibility.no-recist-baseline': 'no RECIST 1.1 baseline assessment',
  'eligibility.measurable': 'at least one measurable lesion (RECIST 1.1)',
  'eligibility.not-measurable': 'no measurable lesion (RECIST 1.1)',
  'eligibility.no-imaging-date': 'no baseline imaging date',
  'eligibility.no-planned-start': 'no planned treatment start date to count back from',
  'eligibility.imaging-after-start':
    'imaging on {imagingDate} is after the planned start {start}: not a baseline',
  'eligibility.imaging-within':
    'imaging on {imagingDate}, {days} day(s) before the planned start {start} (≤ {maxDays})',
  'eligibility.imaging-too-old':
    'imaging on {imagingDate}, {days} day(s) before the planned start {start} (> {maxDays}: repeat the baseline imaging)',
  'eligibility.manual-missing': "investigator's answer not recorded",
  'eligibility.manual-yes': 'investigator: yes — {evidence}',
  'eligibility.manual-no': 'investigator: no — {evidence}',
  'eligibility.all-pass': 'all {count} criteria of {studyId} v{version} pass',
  /** One criterion's findings in one line: `{findings}` is their English text joined by '; '. */
  'eligibility.criterion': '{criterionId}: {findings}',
} as const;

export const eligibilityReason = reasonFactory(ELIGIBILITY_REASONS);

/**
 * A decision's finding about one criterion: the English line `<criterionId>: <findings>` as
 * before, with the criterion and each of its findings kept apart so a screen can introduce them
 * by the criterion's own text and say each in the reader's language.
 */
export interface CriterionFinding extends Reason {
  readonly criterionId: string;
  readonly findings: readonly Reason[];
}

/** @example criterionFinding('inc-alt', [altReason]).text // 'inc-alt: ALT 81 = 2.03 × ULN (ULN 40) > 2 × ULN: …' */
export function criterionFinding(
  criterionId: string,
  findings: readonly Reason[],
): CriterionFinding {
  const r = eligibilityReason('eligibility.criterion', {
    criterionId,
    findings: findings.map((f) => f.text).join('; '),
  });
  return { ...r, criterionId, findings };
}
