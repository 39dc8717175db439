import { describe, expect, it } from 'vitest';
import { problemFromFailure } from './problem.ts';

describe('problemFromFailure', () => {
  it('keeps the English detail and adds the rule’s params for a translated message', () => {
    const p = problemFromFailure({
      kind: 'conflict',
      rule: 'box-code-unique',
      message: 'box B-001 exists at this site',
      params: { code: 'B-001' },
    });
    expect(p).toMatchObject({
      status: 409,
      detail: 'box B-001 exists at this site',
      rule: 'box-code-unique',
      params: { code: 'B-001' },
    });
  });

  it('sends each field’s params with its issue, and no params key when there are none', () => {
    const p = problemFromFailure({
      kind: 'invalid',
      issues: [
        { path: 'body.code', rule: 'too_big', message: 'Too big', params: { maximum: 60 } },
        { path: 'body.rack', rule: 'required', message: 'is required' },
      ],
    });
    expect(p.errors).toEqual([
      { path: 'body.code', rule: 'too_big', message: 'Too big', params: { maximum: 60 } },
      { path: 'body.rack', rule: 'required', message: 'is required' },
    ]);
    const locked = problemFromFailure({ kind: 'locked', rule: 'form-lock', message: 'locked' });
    expect(locked).not.toHaveProperty('params');
  });
});
