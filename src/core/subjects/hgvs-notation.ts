/**
 * A light check of HGVS variant notation (HGVS nomenclature v21) for MEN1 results as a site
 * types them from a laboratory report: a coding DNA change (`c.`) with an optional reference
 * sequence (`NM_130799.2:c.1546dupC`), and a protein change (`p.`), written in three-letter
 * (`p.Arg527Ter`, `p.(Arg527*)`) or one-letter code (`p.R527*`). It catches typing slips (a
 * missing `c.`, a gene name where the position goes); it is not a full HGVS grammar — the
 * laboratory report remains the source.
 */

/** Optional RefSeq/Ensembl transcript, then `c.` with a position and a change. */
const CODING =
  /^(?:(?:NM|NR|XM|XR)_\d+(?:\.\d+)?|ENST\d+(?:\.\d+)?)?:?c\.(?:[-*]?\d+(?:[+-]\d+)?(?:_[-*]?\d+(?:[+-]\d+)?)?)(?:[ACGT]>[ACGT]|del[ACGT]*|dup[ACGT]*|ins[ACGT]+|delins[ACGT]+|inv|=)$/;

const AA3 =
  '(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec|Pyl)';
const AA1 = '[ACDEFGHIKLMNPQRSTVWY]';
const AA = `(?:${AA3}|${AA1})`;
const CHANGE = `(?:${AA}|\\*|=|\\?|del|dup|ins${AA}+|delins${AA}+|fs(?:Ter|\\*)?\\d*|${AA}fs(?:Ter|\\*)?\\d*|(?:${AA3}|\\*)ext\\*?\\d*)`;
const POS = `${AA}\\d+(?:_${AA}\\d+)?`;
const PROTEIN = new RegExp(
  `^(?:(?:NP|XP)_\\d+(?:\\.\\d+)?:)?p\\.(?:\\(${POS}${CHANGE}\\)|${POS}${CHANGE}|0|\\?|=)$`,
);

/**
 * @example isHgvsCoding('NM_130799.2:c.1546dupC') // true
 * @example isHgvsCoding('c.1546dupC') // true
 * @example isHgvsCoding('1546dupC') // false
 */
export function isHgvsCoding(text: string): boolean {
  return CODING.test(text.trim());
}

/**
 * @example isHgvsProtein('p.Arg527Ter') // true
 * @example isHgvsProtein('p.(Arg527*)') // true
 * @example isHgvsProtein('p.K516fs') // true
 * @example isHgvsProtein('Arg527Ter') // false
 */
export function isHgvsProtein(text: string): boolean {
  return PROTEIN.test(text.trim());
}
