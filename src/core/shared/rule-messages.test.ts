import { describe, expect, it } from 'vitest';
import { isRuleCode, RULE_AREAS, RULE_MESSAGES } from './rule-messages.ts';

describe('rule messages', () => {
  it('no rule code is defined by two areas', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, rules] of Object.entries(RULE_AREAS)) {
      for (const code of Object.keys(rules)) {
        if (seen.has(code)) clashes.push(`${code} (${seen.get(code)} and ${area})`);
        seen.set(code, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every code is kebab-case (or a zod issue code and its variants) with an English template', () => {
    const odd = Object.entries(RULE_MESSAGES).filter(
      ([code, text]) => !/^[a-z0-9_]+([.-][a-z0-9_.]+)*$/.test(code) || text.trim() === '',
    );
    expect(odd).toEqual([]);
  });

  it('knows its codes and nothing else', () => {
    expect(isRuleCode('quantity-exceeds-remaining')).toBe(true);
    expect(isRuleCode('too_small.string')).toBe(true);
    expect(isRuleCode('made-up')).toBe(false);
    expect(isRuleCode('toString')).toBe(false);
  });
});
