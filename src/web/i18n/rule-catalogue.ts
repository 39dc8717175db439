/**
 * The rules of failures (core `rule-messages.ts`) in each language: English is the core's own
 * templates, Simplified Chinese is the per-area records in `rules/*.zh-CN.ts`, each typed
 * `Record<keyof typeof <AREA>_RULES, string>` so a rule without a translation is a type error.
 * `rule-catalogue.test.ts` checks placeholders and that every rule written in the source is here.
 */
import { RULE_MESSAGES, type RuleCode } from '../../core/shared/rule-messages.ts';
import { accessRulesZhCN } from './rules/access.rules.zh-CN.ts';
import { inputRulesZhCN } from './rules/input.rules.zh-CN.ts';
import { recistRulesZhCN } from './rules/recist.rules.zh-CN.ts';
import { safetyRulesZhCN } from './rules/safety.rules.zh-CN.ts';
import { specimenRulesZhCN } from './rules/specimens.rules.zh-CN.ts';
import { statsRulesZhCN } from './rules/stats.rules.zh-CN.ts';
import { subjectRulesZhCN } from './rules/subjects.rules.zh-CN.ts';
import type { Locale } from './translate.ts';

const zhCN: Record<RuleCode, string> = {
  ...inputRulesZhCN,
  ...accessRulesZhCN,
  ...subjectRulesZhCN,
  ...safetyRulesZhCN,
  ...specimenRulesZhCN,
  ...recistRulesZhCN,
  ...statsRulesZhCN,
};

export const RULE_CATALOGUE: Record<Locale, Readonly<Record<RuleCode, string>>> = {
  en: RULE_MESSAGES,
  'zh-CN': zhCN,
};
