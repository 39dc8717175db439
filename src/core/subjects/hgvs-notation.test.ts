import { describe, expect, it } from 'vitest';
import { isHgvsCoding, isHgvsProtein } from './hgvs-notation.ts';

describe('HGVS notation check', () => {
  it.each([
    'c.1546dupC',
    'NM_130799.2:c.1546dupC',
    'c.628_631delACAG',
    'c.249_252del',
    'c.1579C>T',
    'c.-12G>A',
    'c.913-2A>G',
    'c.1350+1G>T',
    'c.784-9G>A',
    'c.1231_1232insA',
    'c.655delinsTT',
  ])('accepts the coding change %s', (v) => expect(isHgvsCoding(v)).toBe(true));
  it.each(['1546dupC', 'MEN1 c.1546dupC', 'c.', 'c.1546', 'g.1546C>T', 'c.1579C>', 'p.Arg527Ter'])(
    'refuses %s as a coding change',
    (v) => expect(isHgvsCoding(v)).toBe(false),
  );
  it.each([
    'p.Arg527Ter',
    'p.(Arg527*)',
    'p.R527*',
    'p.Lys516fs',
    'p.K516Rfs*15',
    'p.Pro218Leu',
    'p.Thr210_Leu211del',
    'p.(Gln64Ter)',
    'p.?',
    'p.0',
    'NP_570711.1:p.Arg527Ter',
  ])('accepts the protein change %s', (v) => expect(isHgvsProtein(v)).toBe(true));
  it.each(['Arg527Ter', 'p.', 'p.Arg', 'p.527Ter', 'c.1579C>T', 'p.Xyz527Ter'])(
    'refuses %s as a protein change',
    (v) => expect(isHgvsProtein(v)).toBe(false),
  );
});
