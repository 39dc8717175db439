import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/api-problem.ts';
import { problemDetail, problemFieldMessages, problemTitle } from './problem-text.ts';

const BASE = 'https://oncotrial.dev/problems/';

const locked = new ApiProblem({
  type: `${BASE}locked`,
  title: 'The data are locked',
  status: 423,
  detail: 'the subject is locked (database lock); unlock it with a reason before editing',
  rule: 'subject-lock',
});

const invalid = new ApiProblem({
  type: `${BASE}invalid-input`,
  title: 'The input is not valid',
  status: 400,
  detail: 'body.code: Too small: expected string to have >=1 characters',
  errors: [
    {
      path: 'body.code',
      rule: 'too_small',
      message: 'Too small: expected string to have >=1 characters',
      params: { origin: 'string', minimum: 1, inclusive: 'true' },
    },
  ],
});

describe('problem texts', () => {
  it('titles a problem by its type in the reader’s language', () => {
    expect(problemTitle('zh-CN', locked)).toBe('数据已锁定');
    expect(problemTitle('en', locked)).toBe('The data are locked');
    const odd = new ApiProblem({ type: 'about:blank', title: 'Teapot', status: 418, detail: '' });
    expect(problemTitle('zh-CN', odd)).toBe('Teapot');
  });

  it('says a refusal by its rule, and keeps the server’s detail in English', () => {
    expect(problemDetail('zh-CN', locked)).toBe('该受试者的数据已锁定；请先填写原因解锁后再修改');
    expect(problemDetail('en', locked)).toBe(locked.detail);
  });

  it('fills a refusal’s params and falls back to the server’s words for an unknown rule', () => {
    const unknown = new ApiProblem({
      type: `${BASE}conflict`,
      title: 'Conflict with the current state',
      status: 409,
      detail: 'something only a newer server knows',
      rule: 'newer-rule',
      params: { n: 1 },
    });
    expect(problemDetail('zh-CN', unknown)).toBe('something only a newer server knows');
  });

  it('translates each field’s message, matched with or without the body. prefix', () => {
    expect(problemFieldMessages('zh-CN', invalid, 'code')).toEqual(['至少需要 1 个字符']);
    expect(problemFieldMessages('en', invalid, 'code')).toEqual([
      'Too small: expected string to have >=1 characters',
    ]);
    expect(problemDetail('zh-CN', invalid)).toBe('body.code: 至少需要 1 个字符');
  });

  it('says the problems without a rule by their type', () => {
    const limited = new ApiProblem({
      type: `${BASE}rate-limited`,
      title: 'Too many attempts',
      status: 429,
      detail: 'too many failed sign-ins; try again in 60 s',
    });
    expect(problemDetail('zh-CN', limited)).toBe('尝试次数过多，请稍候再试。');
  });

  it('says what was not found and which, in the reader’s language', () => {
    const missing = new ApiProblem({
      type: `${BASE}not-found`,
      title: 'Not found',
      status: 404,
      detail: 'storage box BOX-9 not found',
      params: { entity: 'storage box', id: 'BOX-9' },
    });
    expect(problemDetail('zh-CN', missing)).toBe('未找到冻存盒 BOX-9。');
    expect(problemDetail('en', missing)).toBe('storage box BOX-9 not found');
    // an older server without params: its own words
    const bare = new ApiProblem({ ...missing, params: {} });
    expect(problemDetail('zh-CN', bare)).toBe('storage box BOX-9 not found');
  });
});
