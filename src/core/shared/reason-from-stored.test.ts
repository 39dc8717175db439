import { describe, expect, it } from 'vitest';
import { readReasons, textReason } from './reason-from-stored.ts';

describe('reasons read back from storage or the wire', () => {
  it('an old row of plain English strings reads as text-only reasons', () => {
    expect(readReasons(JSON.parse('["arrived intact","scanned 2 times; counted once"]'))).toEqual([
      { code: 'text', params: {}, text: 'arrived intact' },
      { code: 'text', params: {}, text: 'scanned 2 times; counted once' },
    ]);
  });

  it('coded reasons come back as they were, extra fields included; anything else is dropped', () => {
    const coded = {
      code: 'specimen.scanned-more-than-once',
      params: { times: 2 },
      text: 'scanned 2 times; counted once',
    };
    const nested = { ...coded, findings: [textReason('x')] };
    expect(readReasons([coded, nested, 7, null, { code: 'x' }, { ...coded, params: [] }])).toEqual([
      coded,
      nested,
    ]);
    expect(readReasons('not a list')).toEqual([]);
  });
});
