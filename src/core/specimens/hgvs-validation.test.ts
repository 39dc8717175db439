import { describe, expect, it } from 'vitest';
import { validateHgvsCoding } from './hgvs-coding.ts';
import { validateHgvsProtein } from './hgvs-protein.ts';

describe('HGVS coding DNA changes (MEN1)', () => {
  it.each([
    ['c.1579C>T', 'substitution', false],
    ['NM_130799.2:c.1546dupC', 'duplication', false],
    ['c.1546dup', 'duplication', false],
    ['c.628_631delACAG', 'deletion', false],
    ['c.249_252del', 'deletion', false],
    ['c.1231_1232insA', 'insertion', false],
    ['c.655delinsTT', 'delins', false],
    ['c.112_113delinsGA', 'delins', false],
    ['c.123+1G>A', 'substitution', true],
    ['c.913-2A>G', 'substitution', true],
    ['c.-12G>A', 'substitution', false],
    ['c.*15C>T', 'substitution', false],
    ['c.1350+1_1350+4del', 'deletion', true],
    ['c.100_102inv', 'inversion', false],
    ['c.1579=', 'no-change', false],
    ['ENST00000312049.11:c.1579C>T', 'substitution', false],
  ])('%s is a valid %s (splice: %s)', (text, change, splice) => {
    const r = validateHgvsCoding(text);
    expect(r).toMatchObject({ kind: 'valid', value: { change, splice } });
  });

  it.each([
    ['', 'hgvs-empty', 'c.1546dupC'],
    ['1546dupC', 'hgvs-missing-prefix', 'must start with c.'],
    ['MEN1:c.1546dupC', 'hgvs-reference', 'not a gene name'],
    ['g.64572018C>T', 'hgvs-coordinate-type', 'coding DNA reference (c.)'],
    ['p.Arg460Ter', 'hgvs-wrong-level', 'protein change'],
    ['c.', 'hgvs-position', 'no position'],
    ['c.0A>G', 'hgvs-position-zero', 'no nucleotide c.0'],
    ['c.123+0G>A', 'hgvs-intron-offset', 'never +0'],
    ['c.1579c>t', 'hgvs-nucleotide-case', 'C>T'],
    ['c.1579C>C', 'hgvs-substitution-same', 'c.1579='],
    ['c.1579_1580C>T', 'hgvs-substitution-range', 'one position'],
    ['c.631_628del', 'hgvs-range-order', 'first position comes first'],
    ['c.628_631delAC', 'hgvs-length-mismatch', 'span 4'],
    ['c.1546insC', 'hgvs-insertion-flanks', 'c.1546_1547insC'],
    ['c.1546_1550insC', 'hgvs-insertion-flanks', 'neighbours'],
    ['c.1546_1547ins', 'hgvs-inserted-sequence', 'inserted nucleotides'],
    ['c.1546DUPC', 'hgvs-nucleotide-case', 'dupC'],
    ['c.1546fs', 'hgvs-protein-term-in-dna', 'protein consequence'],
    ['c.1546', 'hgvs-change', 'no change'],
    ['c.1546C-T', 'hgvs-change', 'not an HGVS change'],
    ['c.1546inv', 'hgvs-inversion-range', 'two nucleotides'],
  ])('refuses %j with %s', (text, rule, words) => {
    const r = validateHgvsCoding(text);
    expect(r).toMatchObject({ kind: 'invalid', rule });
    if (r.kind === 'invalid') expect(r.message).toContain(words);
  });
});

describe('HGVS protein changes (MEN1)', () => {
  it.each([
    ['p.Arg460Ter', 'nonsense', false, 'three-letter'],
    ['p.(Arg460*)', 'nonsense', true, 'three-letter'],
    ['p.R460*', 'nonsense', false, 'one-letter'],
    ['p.Arg171Gln', 'missense', false, 'three-letter'],
    ['p.(Leu10=)', 'synonymous', true, 'three-letter'],
    ['p.Thr210_Leu211del', 'deletion', false, 'three-letter'],
    ['p.Lys119del', 'deletion', false, 'three-letter'],
    ['p.Gly156dup', 'duplication', false, 'three-letter'],
    ['p.Lys2_Gly3insGlnSerLys', 'insertion', false, 'three-letter'],
    ['p.Cys28delinsTrpVal', 'delins', false, 'three-letter'],
    ['p.(Lys516ArgfsTer15)', 'frameshift', true, 'three-letter'],
    ['p.Arg97fs', 'frameshift', false, 'three-letter'],
    ['p.K516Rfs*15', 'frameshift', false, 'one-letter'],
    ['p.Ter611GlnextTer17', 'extension', false, 'three-letter'],
    ['NP_570711.1:p.(Arg527Ter)', 'nonsense', true, 'three-letter'],
    ['p.?', 'unknown', false, null],
    ['p.0', 'no-protein', false, null],
  ])('%s is a valid %s (predicted: %s, %s codes)', (text, consequence, predicted, codes) => {
    expect(validateHgvsProtein(text)).toMatchObject({
      kind: 'valid',
      value: { consequence, predicted, codes },
    });
  });

  it.each([
    ['Arg460Ter', 'hgvs-missing-prefix', 'must start with p.'],
    ['c.1378C>T', 'hgvs-wrong-level', 'coding DNA change'],
    ['p.Arg460X', 'hgvs-x-stop', 'write Ter'],
    ['p.Xyz460Ter', 'hgvs-amino-acid', 'not an amino acid code'],
    ['p.arg460Ter', 'hgvs-amino-acid-case', 'Arg'],
    ['p.Arg460', 'hgvs-change', 'no change'],
    ['p.460Ter', 'hgvs-position', 'reference amino acid'],
    ['p.Arg0Ter', 'hgvs-position-zero', 'from 1'],
    ['p.Arg460*)', 'hgvs-parentheses', 'wrapped whole'],
    ['p.Arg460Q', 'hgvs-mixed-codes', 'not both'],
    ['p.Arg460Arg', 'hgvs-synonymous', 'p.Arg460='],
    ['p.Lys2insGln', 'hgvs-insertion-flanks', 'two flanking residues'],
    ['p.Lys2_Gly5insGln', 'hgvs-insertion-flanks', 'neighbours'],
    ['p.Cys28delins', 'hgvs-inserted-sequence', 'inserted amino acids'],
    ['p.Arg97ProfsTer1', 'hgvs-frameshift', 'nonsense'],
    ['p.Lys5_Ala3del', 'hgvs-range-order', 'first residue comes first'],
    ['p.Arg460Zz', 'hgvs-change', 'not an HGVS protein change'],
    ['MEN1:p.Arg460Ter', 'hgvs-reference', 'NP_570711.1'],
  ])('refuses %j with %s', (text, rule, words) => {
    const r = validateHgvsProtein(text);
    expect(r).toMatchObject({ kind: 'invalid', rule });
    if (r.kind === 'invalid') expect(r.message).toContain(words);
  });
});
