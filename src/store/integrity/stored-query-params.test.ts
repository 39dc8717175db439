import { describe, expect, it } from 'vitest';
import { storedParams } from './query-repository.ts';

describe('storedParams (data_queries.params, migration 0010)', () => {
  it('reads a flat object of strings and numbers', () => {
    expect(storedParams('{"date":"2026-03-01","investigator":"PR","n":2}')).toEqual({
      date: '2026-03-01',
      investigator: 'PR',
      n: 2,
    });
  });

  it('is none for a manual query, bad JSON, or anything but flat strings and numbers', () => {
    expect(storedParams(null)).toBeNull();
    expect(storedParams('{not json')).toBeNull();
    expect(storedParams('[1,2]')).toBeNull();
    expect(storedParams('"text"')).toBeNull();
    expect(storedParams('{"a":{"b":1}}')).toBeNull();
    expect(storedParams('{"a":null}')).toBeNull();
  });
});
