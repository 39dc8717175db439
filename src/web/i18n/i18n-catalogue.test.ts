import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { zhCN } from './messages.zh-CN.ts';
import { catalogues, LOCALES, translate } from './translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const enKeys = Object.keys(en).sort();

  it.each(LOCALES)('%s has exactly the keys of the English catalogue', (locale) => {
    const keys = Object.keys(catalogues[locale]).sort();
    const missing = enKeys.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !enKeys.includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = Object.entries(catalogues[locale]).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('zh-CN uses the same placeholders as English in every message', () => {
    const mismatched = enKeys.filter(
      (k) =>
        placeholders(en[k as keyof typeof en]).join() !==
        placeholders(zhCN[k as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('zh-CN is a translation, not a copy: most messages differ from English', () => {
    // product name, units and codes may stay the same; whole sentences may not
    const same = enKeys.filter(
      (k) =>
        en[k as keyof typeof en] === zhCN[k as keyof typeof en] &&
        /\s\w+\s/.test(en[k as keyof typeof en]),
    );
    expect(same).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('en', 'dosing.days', { n: 28 })).toBe('28 days');
    expect(translate('zh-CN', 'dosing.days', { n: 28 })).toBe('28天');
    expect(translate('en', 'design.stage1Value', { r1: 0, n1: 10 })).toBe(
      '0/10: stop for futility if ≤ 0 responses in the first 10 patients',
    );
  });

  it('returns a message without placeholders as it is', () => {
    expect(translate('zh-CN', 'header.signIn')).toBe('登录');
  });
});
