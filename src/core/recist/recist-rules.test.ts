import { describe, expect, it } from 'vitest';
import { DEFAULT_RECIST_RULES, recistRulesSchema, resolveRecistRules } from './recist-rules.ts';

describe('RECIST rule parameters', () => {
  it('defaults are those of CLINICAL-RULES.md: confirmation 28 days, SD minimum 42, strict PR', () => {
    expect(DEFAULT_RECIST_RULES).toEqual({
      confirmationDays: 28,
      sdMinDays: 42,
      continuingPartialResponse: false,
    });
    expect(recistRulesSchema.parse({})).toEqual(DEFAULT_RECIST_RULES);
    expect(recistRulesSchema.parse({ sdMinDays: 56 })).toEqual({
      ...DEFAULT_RECIST_RULES,
      sdMinDays: 56,
    });
    expect(resolveRecistRules({ continuingPartialResponse: true })).toEqual({
      ...DEFAULT_RECIST_RULES,
      continuingPartialResponse: true,
    });
  });

  it('refuses negative or fractional days and unknown fields', () => {
    expect(recistRulesSchema.safeParse({ confirmationDays: -1 }).success).toBe(false);
    expect(recistRulesSchema.safeParse({ sdMinDays: 4.5 }).success).toBe(false);
    expect(recistRulesSchema.safeParse({ confirmDays: 28 }).success).toBe(false);
  });
});
