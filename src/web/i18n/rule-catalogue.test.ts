import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_MESSAGES } from '../../core/shared/rule-messages.ts';
import { ruleCodesInSource } from '../testing/rule-codes-in-source.ts';
import { RULE_CATALOGUE } from './rule-catalogue.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const zh: Readonly<Record<string, string>> = RULE_CATALOGUE['zh-CN'];

describe('rule catalogue', () => {
  it('every rule written in the source (core, store, server, cli) has a template in each language', () => {
    const src = fileURLToPath(new URL('../..', import.meta.url));
    const codes = ruleCodesInSource(src);
    expect(codes.size).toBeGreaterThan(150); // the scan still reads the source
    const untranslated = [...codes]
      .filter(([code]) => !Object.hasOwn(RULE_MESSAGES, code) || !zh[code])
      .map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(untranslated).toEqual([]);
  });

  it('zh-CN has exactly the English codes, with the same placeholders', () => {
    const en = Object.keys(RULE_MESSAGES).sort();
    expect(Object.keys(zh).sort()).toEqual(en);
    const mismatched = Object.entries(RULE_MESSAGES)
      .filter(([code, text]) => placeholders(text).join() !== placeholders(zh[code] ?? '').join())
      .map(([code]) => code);
    expect(mismatched).toEqual([]);
  });

  it('zh-CN is a translation: every template has Chinese in it', () => {
    const english = Object.entries(zh)
      .filter(([, text]) => !/\p{Script=Han}/u.test(text))
      .map(([code]) => code);
    expect(english).toEqual([]);
  });
});
