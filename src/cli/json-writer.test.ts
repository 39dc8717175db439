import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyArray, writeJson } from './json-writer.ts';

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

  it('prints a lazy array like the array it yields, computing elements while printing', () => {
    const seen: number[] = [];
    function* items() {
      for (const n of [1, 2, 3]) {
        seen.push(n);
        yield { n };
      }
    }
    const lazy = lazyArray(items());
    expect(seen).toEqual([]);
    expect(written(lazy)).toBe(`${JSON.stringify([{ n: 1 }, { n: 2 }, { n: 3 }], null, 2)}\n`);
    expect(written(lazyArray([]))).toBe('[]\n');
  });
});
