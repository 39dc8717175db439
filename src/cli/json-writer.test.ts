import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson } from './json-writer.ts';

function written(value: unknown): string {
  let text = '';
  writeJson({ write: (s: string) => (text += s) }, value);
  return text;
}

describe('writeJson', () => {
  it('prints exactly what JSON.stringify(value, null, 2) prints, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(written(v)).toBe(`${JSON.stringify(v, null, 2)}\n`);
      }),
    );
    expect(written([undefined, { a: 'x\ny' }, []])).toBe(
      `${JSON.stringify([undefined, { a: 'x\ny' }, []], null, 2)}\n`,
    );
  });
});
