/**
 * Every rule a failure may name (`ValidationIssue.rule`, a conflict's, forbidden's or locked's
 * `rule`), each with its English template: the one list of rule codes, so the web can keep a
 * translation of each (`web/i18n/rule-catalogue.ts`, typed `Record<RuleCode, string>`) and a test
 * checks that every rule written in the source is here. `{placeholders}` name the failure's
 * `params`; the failure's own English `message` stays what API clients, the CLI and the audit read.
 */
import { ACCESS_RULES } from './rules/access.rules.ts';
import { INPUT_RULES } from './rules/input.rules.ts';
import { RECIST_RULES } from './rules/recist.rules.ts';
import { SAFETY_RULES } from './rules/safety.rules.ts';
import { SPECIMEN_RULES } from './rules/specimens.rules.ts';
import { STATS_RULES } from './rules/stats.rules.ts';
import { SUBJECT_RULES } from './rules/subjects.rules.ts';

/** Each area's record, for the test that no code is defined twice. */
export const RULE_AREAS = {
  input: INPUT_RULES,
  access: ACCESS_RULES,
  subjects: SUBJECT_RULES,
  safety: SAFETY_RULES,
  specimens: SPECIMEN_RULES,
  recist: RECIST_RULES,
  stats: STATS_RULES,
} as const;

export const RULE_MESSAGES = {
  ...INPUT_RULES,
  ...ACCESS_RULES,
  ...SUBJECT_RULES,
  ...SAFETY_RULES,
  ...SPECIMEN_RULES,
  ...RECIST_RULES,
  ...STATS_RULES,
} as const;

export type RuleCode = keyof typeof RULE_MESSAGES;

/** @example isRuleCode('label-unique') // true; isRuleCode('made-up') // false */
export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(RULE_MESSAGES, code);
}
