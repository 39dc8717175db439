import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { zhCN } from './messages.zh-CN.ts';
import { type Message, messageForms, pluralCategories } from './plural-message.ts';
import { catalogues, LOCALES, translate } from './translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const enKeys = Object.keys(en).sort() as (keyof typeof en)[];
const forms = (m: Message) => messageForms(m);

describe('message catalogues', () => {
  it.each(LOCALES)('%s has exactly the keys of the English catalogue', (locale) => {
    const keys = Object.keys(catalogues[locale]).sort();
    const missing = enKeys.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !(enKeys as string[]).includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)('%s has no empty message or plural form', (locale) => {
    const empty = Object.entries(catalogues[locale]).filter(([, v]) =>
      forms(v).some((f) => f.trim() === ''),
    );
    expect(empty).toEqual([]);
  });

  it('zh-CN uses the same placeholders as English in every message and plural form', () => {
    const mismatched = enKeys.filter((k) => {
      const expected = placeholders(forms(en[k]).at(-1) ?? '').join();
      return [...forms(en[k]), ...forms(zhCN[k])].some((f) => placeholders(f).join() !== expected);
    });
    expect(mismatched).toEqual([]);
  });

  it.each(LOCALES)(
    '%s: each plural message has a form for every category its language selects (CLDR), counted by the same placeholder as English',
    (locale) => {
      const categories = pluralCategories(locale);
      const wrong = enKeys.filter((k) => {
        const m: Message = catalogues[locale][k];
        const e: Message = en[k];
        if (typeof e === 'string') return typeof m !== 'string';
        if (typeof m === 'string') return true;
        return (
          m.count !== e.count ||
          !placeholders(m.other).includes(m.count) ||
          categories.some((c) => m[c] === undefined)
        );
      });
      expect(wrong).toEqual([]);
    },
  );

  it('English plural messages have just `one` and `other`; Chinese just `other`', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('zh-CN')).toEqual(['other']);
    const extraZh = enKeys.filter((k) => {
      const m: Message = zhCN[k];
      return typeof m !== 'string' && Object.keys(m).some((c) => c !== 'count' && c !== 'other');
    });
    expect(extraZh).toEqual([]);
  });

  it('zh-CN is a translation, not a copy: most messages differ from English', () => {
    // product name, units and codes may stay the same; whole sentences may not
    const same = enKeys.filter((k) => {
      const e = forms(en[k]).at(-1) ?? '';
      return e === forms(zhCN[k]).at(-1) && /\s\w+\s/.test(e);
    });
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

  it.each([
    [0, '0 subjects', '0 名受试者'],
    [1, '1 subject', '1 名受试者'],
    [2, '2 subjects', '2 名受试者'],
  ])('says %i in the plural form of each language', (n, english, chinese) => {
    expect(translate('en', 'subjects.caption', { n })).toBe(english);
    expect(translate('zh-CN', 'subjects.caption', { n })).toBe(chinese);
    expect(translate('en', 'dosing.days', { n })).toBe(`${n} ${n === 1 ? 'day' : 'days'}`);
    expect(translate('zh-CN', 'dosing.days', { n })).toBe(`${n}天`);
  });

  it('selects by the message’s own count placeholder, and composes two counts', () => {
    expect(translate('en', 'design.overallValue', { r: 1, n: 20 })).toBe(
      '1/20: worth further study if > 1 response in 20 patients',
    );
    const enrolled = (locale: 'en' | 'zh-CN', n: number, sites: number) =>
      translate(locale, 'enrolment.summary', {
        subjects: translate(locale, 'count.subjects', { n }),
        sites: translate(locale, 'count.sites', { n: sites }),
      });
    expect(enrolled('en', 1, 1)).toBe('1 subject enrolled at 1 site.');
    expect(enrolled('en', 2, 0)).toBe('2 subjects enrolled at 0 sites.');
    expect(enrolled('zh-CN', 1, 1)).toBe('1 个中心共入组 1 名受试者。');
  });
});
