import { describe, expect, it } from 'vitest';
import { csvText } from './csv-text.ts';

describe('csvText', () => {
  it('writes a header, CRLF lines, quoted cells with commas, quotes and newlines', () => {
    expect(
      csvText([
        { a: 1, b: 'x,y' },
        { a: null, b: 'say "hi"\nbye' },
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n,"say ""hi""\nbye"\r\n');
  });

  it('neutralises spreadsheet formulas in text but keeps negative numbers as numbers', () => {
    expect(csvText([{ t: '=HYPERLINK("x")', n: -30, s: '-30', at: '@SUM(A1)' }])).toBe(
      `t,n,s,at\r\n"'=HYPERLINK(""x"")",-30,'-30,'@SUM(A1)\r\n`,
    );
  });

  it('keeps the given column order and leaves absent or non-finite values empty', () => {
    expect(csvText([{ b: 2, a: Number.NaN }], ['a', 'b', 'c'])).toBe('a,b,c\r\n,2,\r\n');
  });
});
