import { describe, expect, it } from 'vitest';
import { reportMessagesEn } from './report-messages.en.ts';
import { REPORT_LANGUAGES, reportCatalogues } from './report-messages.ts';

describe('report message catalogues', () => {
  const keys = Object.keys(reportMessagesEn).sort();
  for (const lang of REPORT_LANGUAGES) {
    it(`${lang} has every key, no extra key, no empty text`, () => {
      const cat = reportCatalogues[lang] as Record<string, string>;
      expect(Object.keys(cat).sort()).toEqual(keys);
      for (const k of keys) expect(cat[k]?.trim(), k).not.toBe('');
    });
  }
  it('zh-CN is translated: titles and rows differ from English (no copied fallback)', () => {
    const zh = reportCatalogues['zh-CN'] as Record<string, string>;
    const copied = keys.filter(
      (k) =>
        /^(section|table|figure|row)\./.test(k) &&
        zh[k] === (reportMessagesEn as Record<string, string>)[k],
    );
    expect(copied).toEqual([]);
  });
});
