import { describe, expect, it } from 'vitest';
import { fastifyInputRule } from './fastify-input-rule.ts';

describe('fastifyInputRule', () => {
  it('names the rule of each body Fastify could not read', () => {
    expect(fastifyInputRule('FST_ERR_CTP_INVALID_JSON_BODY')).toBe('json-syntax');
    expect(fastifyInputRule('FST_ERR_CTP_EMPTY_JSON_BODY')).toBe('json-syntax');
    expect(fastifyInputRule('FST_ERR_CTP_BODY_TOO_LARGE')).toBe('body-too-large');
    expect(fastifyInputRule('FST_ERR_CTP_INVALID_CONTENT_LENGTH')).toBe('content-length');
    expect(fastifyInputRule('FST_ERR_CTP_INVALID_MEDIA_TYPE')).toBe('content-type');
  });

  it('names none for other errors', () => {
    expect(fastifyInputRule(undefined)).toBeUndefined();
    expect(fastifyInputRule('FST_ERR_NOT_FOUND')).toBeUndefined();
  });
});
