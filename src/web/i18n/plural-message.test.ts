import { describe, expect, it } from 'vitest';
import { messageForms, pluralCategories, pluralForm } from './plural-message.ts';

const days = { count: 'n', one: '{n} day', other: '{n} days' } as const;

describe('pluralForm', () => {
  it('picks the English form of 0, 1 and 2 by Intl.PluralRules', () => {
    expect([0, 1, 2].map((n) => pluralForm('en', days, n))).toEqual([
      '{n} days',
      '{n} day',
      '{n} days',
    ]);
  });

  it('uses `other` for every number in Chinese, which has no singular', () => {
    const zh = { count: 'n', other: '{n}天' };
    expect(pluralCategories('zh-CN')).toEqual(['other']);
    expect([0, 1, 2].map((n) => pluralForm('zh-CN', zh, n))).toEqual(['{n}天', '{n}天', '{n}天']);
    // a form the language never selects is not used
    expect(pluralForm('zh-CN', days, 1)).toBe('{n} days');
  });

  it('falls back to `other` when the category has no form', () => {
    expect(pluralForm('en', { count: 'n', other: '{n} items' }, 1)).toBe('{n} items');
  });
});

describe('messageForms', () => {
  it('lists a plain message or every plural form, not the count', () => {
    expect(messageForms('x')).toEqual(['x']);
    expect(messageForms(days)).toEqual(['{n} day', '{n} days']);
  });
});
