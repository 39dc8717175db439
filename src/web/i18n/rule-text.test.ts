import { describe, expect, it } from 'vitest';
import { ruleText } from './rule-text.ts';

describe('ruleText', () => {
  it('says a known rule in Chinese and keeps the server’s English in English', () => {
    const f = { rule: 'storage-position-occupied', message: 'position A1 of box B-01 is taken' };
    expect(ruleText('zh-CN', f)).toBe('该位置已被占用');
    expect(ruleText('en', f)).toBe('position A1 of box B-01 is taken');
  });

  it('fills the rule’s params into the template', () => {
    const f = {
      rule: 'too_small',
      message: 'Too small: expected string to have >=3 characters',
      params: { origin: 'string', minimum: 3, inclusive: 'true' },
    };
    expect(ruleText('zh-CN', f)).toBe('至少需要 3 个字符');
  });

  it('fills a refusal’s params (the amounts left and asked for)', () => {
    const f = {
      rule: 'quantity-exceeds-remaining',
      message: '5 mL is more than the 3 mL left in GZ-0001',
      params: { requested: '5', remaining: '3', unit: 'mL', label: 'GZ-0001' },
    };
    expect(ruleText('zh-CN', f)).toBe('5 mL 超过了 GZ-0001 的剩余量 3 mL');
  });

  it('picks the zod variant by origin, exclusivity and absence', () => {
    const positive = { origin: 'number', minimum: 0, inclusive: 'false' };
    expect(ruleText('zh-CN', { rule: 'too_small', message: '>0', params: positive })).toBe(
      '必须大于 0',
    );
    const missing = { expected: 'string', missing: 'true' };
    expect(ruleText('zh-CN', { rule: 'invalid_type', message: 'x', params: missing })).toBe('必填');
    const values = { values: 'mild, moderate' };
    expect(ruleText('zh-CN', { rule: 'invalid_value', message: 'x', params: values })).toBe(
      '必须是以下之一：mild, moderate',
    );
  });

  it('shows the server’s English for a rule it does not know (an older or newer server)', () => {
    expect(ruleText('zh-CN', { rule: 'rule-from-the-future', message: 'as the server said' })).toBe(
      'as the server said',
    );
  });

  it('shows the server’s English rather than a gap when a template’s values did not come', () => {
    expect(ruleText('zh-CN', { rule: 'too_small', message: 'Too small', params: {} })).toBe(
      'Too small',
    );
  });

  it('may quote the server’s own words ({message}) and shows a form’s own message as given', () => {
    expect(ruleText('zh-CN', { rule: 'custom', message: 'odd value' })).toBe(
      '不符合要求：odd value',
    );
    expect(ruleText('zh-CN', { rule: 'invalid_value', message: '请选择', localised: true })).toBe(
      '请选择',
    );
  });

  it('uses the English template when the server sent no message', () => {
    expect(ruleText('en', { rule: 'label-unique', message: '' })).toBe('this label is taken');
  });
});
