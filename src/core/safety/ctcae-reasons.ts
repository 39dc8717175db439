/**
 * The English of every reason the CTCAE v5.0 lab grading gives (`ctcae-lab-grading.ts`, the
 * worst grade per cycle `worst-lab-grade.ts`, and reading stored results
 * `safety-records/stored-lab-results.ts`, `subject-lab-grades.ts`), as core `Reason` templates
 * (`shared/reason.ts`). Parameters are pre-formatted the way the English always wrote them
 * (exact decimals from `plainRatio`, ISO dates), so the English `text` is unchanged; the web's
 * zh-CN catalogue (`web/i18n/reasons.ctcae.zh-CN.ts`) keys on the codes.
 *
 * A grade band relative to ULN is one parameter (`{band}`, e.g. `>3–5 × ULN`: CTCAE writes ULN
 * in every language); a band relative to the baseline has one code per shape, because the word
 * "baseline" sits inside it (`>baseline–1.5 × baseline`).
 */
import { fillTemplate, type Reason, type ReasonParams, reasonFactory } from '../shared/reason.ts';

export const CTCAE_REASONS = {
  // ALT, AST, ALP, GGT, bilirubin: × ULN, or × baseline when the baseline is abnormal
  'ctcae.relative-no-uln': '{shown}: not gradable, ULN missing (every grade is relative to ULN)',
  'ctcae.baseline-abnormal':
    'baseline {baseline} > ULN {uln}: baseline abnormal, graded × baseline',
  'ctcae.no-baseline-uln-rules': 'no baseline given: graded × ULN (baseline-normal rules)',
  'ctcae.uln-band': '{shown} = {times} × ULN ({ref} {unit}): {band} → grade {grade}',
  'ctcae.uln-not-above': '{shown} = {times} × ULN ({ref} {unit}): not above {edge} → grade 0',
  'ctcae.uln-not-at-or-above':
    '{shown} = {times} × ULN ({ref} {unit}): not at or above {edge} → grade 0',
  'ctcae.baseline-band-top':
    '{shown} = {times} × baseline ({ref} {unit}): {op}{lower} × baseline → grade {grade}',
  'ctcae.baseline-band-ref':
    '{shown} = {times} × baseline ({ref} {unit}): {op}baseline → grade {grade}',
  'ctcae.baseline-band':
    '{shown} = {times} × baseline ({ref} {unit}): {op}{lower}–{upper} × baseline → grade {grade}',
  'ctcae.baseline-band-from-ref':
    '{shown} = {times} × baseline ({ref} {unit}): {op}baseline–{upper} × baseline → grade {grade}',
  'ctcae.baseline-not-above':
    '{shown} = {times} × baseline ({ref} {unit}): not above {lower} × baseline → grade 0',
  'ctcae.baseline-not-above-ref':
    '{shown} = {times} × baseline ({ref} {unit}): not above baseline → grade 0',
  'ctcae.baseline-not-at-or-above':
    '{shown} = {times} × baseline ({ref} {unit}): not at or above {lower} × baseline → grade 0',
  'ctcae.baseline-not-at-or-above-ref':
    '{shown} = {times} × baseline ({ref} {unit}): not at or above baseline → grade 0',
  // creatinine: × ULN, and grades 2–3 also × baseline (the higher grade is used)
  'ctcae.creat-no-uln': '{shown}: not gradable, ULN missing (grades 1 and 4 are relative to ULN)',
  'ctcae.creat-no-uln-floor-top':
    '{shown}: not gradable, ULN missing (grades 1 and 4 are relative to ULN); by baseline at least grade {grade} ({times} × baseline ({ref} {unit}): {op}{lower} × baseline)',
  'ctcae.creat-no-uln-floor-ref':
    '{shown}: not gradable, ULN missing (grades 1 and 4 are relative to ULN); by baseline at least grade {grade} ({times} × baseline ({ref} {unit}): {op}baseline)',
  'ctcae.creat-no-uln-floor':
    '{shown}: not gradable, ULN missing (grades 1 and 4 are relative to ULN); by baseline at least grade {grade} ({times} × baseline ({ref} {unit}): {op}{lower}–{upper} × baseline)',
  'ctcae.creat-no-uln-floor-from-ref':
    '{shown}: not gradable, ULN missing (grades 1 and 4 are relative to ULN); by baseline at least grade {grade} ({times} × baseline ({ref} {unit}): {op}baseline–{upper} × baseline)',
  'ctcae.creat-baseline-higher-top':
    '{times} × baseline ({ref} {unit}): {op}{lower} × baseline → grade {grade} (higher, used)',
  'ctcae.creat-baseline-higher-ref':
    '{times} × baseline ({ref} {unit}): {op}baseline → grade {grade} (higher, used)',
  'ctcae.creat-baseline-higher':
    '{times} × baseline ({ref} {unit}): {op}{lower}–{upper} × baseline → grade {grade} (higher, used)',
  'ctcae.creat-baseline-higher-from-ref':
    '{times} × baseline ({ref} {unit}): {op}baseline–{upper} × baseline → grade {grade} (higher, used)',
  'ctcae.creat-no-baseline': 'no baseline given: baseline-relative limits not applied',
  // neutrophils, platelets, WBC, lymphocytes, haemoglobin: absolute limits, grade 1 below LLN
  'ctcae.grade4-clinical': 'grade 4 is defined by clinical consequences, not by the value',
  'ctcae.absolute-band-top': '{shown}: <{below} {unit} → grade {grade}',
  'ctcae.absolute-band': '{shown}: <{below}–{lowerEnd} {unit} → grade {grade}',
  'ctcae.lln-missing':
    '{shown}: not gradable, LLN missing (value ≥ {limit} {unit}, so grade 0 or 1 depending on LLN)',
  'ctcae.below-lln': '{shown}: <LLN ({lln})–{limit} {unit} → grade 1',
  'ctcae.not-below-lln': '{shown}: not below LLN ({lln} {unit}) → grade 0',
  // the version and term graded (CTCAE v5.0 terms)
  'ctcae.term-ALT': 'CTCAE v{version} "Alanine aminotransferase increased"',
  'ctcae.term-AST': 'CTCAE v{version} "Aspartate aminotransferase increased"',
  'ctcae.term-ALP': 'CTCAE v{version} "Alkaline phosphatase increased"',
  'ctcae.term-GGT': 'CTCAE v{version} "GGT increased"',
  'ctcae.term-BILI': 'CTCAE v{version} "Blood bilirubin increased"',
  'ctcae.term-CREAT': 'CTCAE v{version} "Creatinine increased"',
  'ctcae.term-NEUT': 'CTCAE v{version} "Neutrophil count decreased"',
  'ctcae.term-PLAT': 'CTCAE v{version} "Platelet count decreased"',
  'ctcae.term-WBC': 'CTCAE v{version} "White blood cell decreased"',
  'ctcae.term-LYMPH': 'CTCAE v{version} "Lymphocyte count decreased"',
  'ctcae.term-HGB': 'CTCAE v{version} "Anemia"',
  // the term alone, as a screen names the test (lab-grades-section.component.tsx)
  'ctcae.name-ALT': 'Alanine aminotransferase increased',
  'ctcae.name-AST': 'Aspartate aminotransferase increased',
  'ctcae.name-ALP': 'Alkaline phosphatase increased',
  'ctcae.name-GGT': 'GGT increased',
  'ctcae.name-BILI': 'Blood bilirubin increased',
  'ctcae.name-CREAT': 'Creatinine increased',
  'ctcae.name-NEUT': 'Neutrophil count decreased',
  'ctcae.name-PLAT': 'Platelet count decreased',
  'ctcae.name-WBC': 'White blood cell decreased',
  'ctcae.name-LYMPH': 'Lymphocyte count decreased',
  'ctcae.name-HGB': 'Anemia',
  // a stored result the core cannot read (stored-lab-results.ts)
  'ctcae.stored-not-number':
    '{test} {value} {unit} on {date}: not gradable, the value is not a number ≥ 0',
  'ctcae.stored-no-unit': '{test} {value} {unit} on {date}: not gradable, no unit recorded',
  'ctcae.stored-unknown-unit':
    '{test} {value} {unit} on {date}: not gradable, unknown unit "{given}" (accepted: {accepted})',
  'ctcae.stored-range-not-numeric':
    '{test} {value} {unit} on {date}: not gradable, the reference range is not numeric',
  'ctcae.stored-uln-not-positive': '{test} {value} {unit} on {date}: not gradable, ULN must be > 0',
  // a subject's grades (subject-lab-grades.ts)
  'ctcae.baseline-from': 'baseline from {date}',
  'ctcae.cycle-starts':
    'cycle 1 starts on day 1 ({day1}); later cycles on their first dispensing, else {days} days after the previous start',
  'ctcae.dispensing-not-after':
    'cycle {cycle} dispensing on {date} is not after cycle {previous} start {previousStart}: nominal start used',
  'ctcae.not-enrolled': 'not enrolled: no day 1, so no on-treatment worst grade',
  // worst grade per test and cycle (worst-lab-grade.ts)
  'ctcae.on-treatment-results':
    '{count} on-treatment result(s) from cycle {cycle} ({start}); cycles are [start, next start)',
  'ctcae.pre-treatment-apart':
    '{count} pre-treatment result(s) reported apart, not counted as toxicity',
  'ctcae.worst-grade': 'worst grade {grade} first on {date} of {graded} graded result(s)',
  'ctcae.worst-grade-some-not-gradable':
    'worst grade {grade} first on {date} of {graded} graded result(s); {notGradable} not gradable ignored',
  'ctcae.all-not-gradable': 'all {count} result(s) not gradable: no worst grade',
} as const;

export const ctcaeReason = reasonFactory(CTCAE_REASONS);

export type CtcaeReasonCode = keyof typeof CTCAE_REASONS;

/**
 * A reason whose code is chosen at run time (a band's shape); only the template's own
 * placeholders are kept from `params`.
 */
export function ctcaeReasonOf(code: CtcaeReasonCode, params: ReasonParams): Reason {
  const template: string = CTCAE_REASONS[code];
  const used = new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  const kept = Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k)));
  return { code, params: kept, text: fillTemplate(template, kept) };
}
