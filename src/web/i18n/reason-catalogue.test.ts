import { describe, expect, it } from 'vitest';
import { explain, REASON_CATALOGUES } from './reason-catalogue.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reason catalogues', () => {
  it('no code is claimed by two engines, and every code is dotted with its engine', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const unprefixed: string[] = [];
    for (const c of REASON_CATALOGUES) {
      for (const code of Object.keys(c.en)) {
        if (seen.has(code)) clashes.push(`${code} (${seen.get(code)} and ${c.engine})`);
        seen.set(code, c.engine);
        if (!code.startsWith(`${c.engine}.`)) unprefixed.push(code);
      }
    }
    expect({ clashes, unprefixed }).toEqual({ clashes: [], unprefixed: [] });
  });

  for (const c of REASON_CATALOGUES) {
    describe(c.engine, () => {
      it('zh-CN has exactly the English codes, with the same placeholders', () => {
        const en = Object.keys(c.en).sort();
        expect(Object.keys(c['zh-CN']).sort()).toEqual(en);
        const mismatched = en.filter(
          (k) => placeholders(c.en[k] ?? '').join() !== placeholders(c['zh-CN'][k] ?? '').join(),
        );
        expect(mismatched).toEqual([]);
      });

      it('zh-CN is a translation: no sentence is left in English', () => {
        const same = Object.keys(c.en).filter(
          (k) => c.en[k] === c['zh-CN'][k] && /\s[a-z]{3,}\s/.test(c.en[k] ?? ''),
        );
        expect(same).toEqual([]);
      });
    });
  }
});

describe('explain', () => {
  it('shows a code no catalogue knows in the engine’s own words', () => {
    const r = { code: 'nowhere.unknown', params: { a: 1 }, text: 'as the engine wrote it' };
    expect(explain('zh-CN', r)).toBe('as the engine wrote it');
    expect(explain('en', r)).toBe('as the engine wrote it');
  });
});
