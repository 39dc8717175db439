/**
 * Form validation of a MEN1 coding DNA change in HGVS nomenclature (HGVS v21.0, varnomen.hgvs.org:
 * "DNA" recommendations — numbering, substitution, deletion, duplication, insertion, deletion-
 * insertion, inversion). It reads what a laboratory report prints (`NM_130799.2:c.1546dupC`,
 * `c.628_631delACAG`, the splice-site `c.123+1G>A`) and says exactly what is wrong with a
 * mistyped one. It checks form, not biology: whether the variant exists is the report's job.
 */

export type CodingChange =
  | 'substitution'
  | 'deletion'
  | 'duplication'
  | 'insertion'
  | 'delins'
  | 'inversion'
  | 'no-change';

export interface CodingPosition {
  /** `-` (5′ UTR), `*` (3′ UTR) or none. */
  region: '' | '-' | '*';
  base: number;
  /** Intronic offset (+1 = first intron base after the exon), 0 when exonic. */
  offset: number;
}

export type HgvsCheck<T> =
  | { kind: 'valid'; value: T }
  | { kind: 'invalid'; rule: string; message: string };

export interface CodingVariant {
  reference: string | null;
  start: CodingPosition;
  end: CodingPosition | null;
  change: CodingChange;
  /** An intronic position: a splice-region variant (±1/±2 are the canonical splice sites). */
  splice: boolean;
}

const fail = (rule: string, message: string) => ({ kind: 'invalid' as const, rule, message });

const REFERENCE = /^(?:(?:NM|NR|XM|XR|NG|NC)_\d+(?:\.\d+)?|ENST\d+(?:\.\d+)?|LRG_\d+(?:t\d+)?)$/;

/** Splits an optional `reference:` from the description; shared with the protein check. */
export function splitReference(
  text: string,
  want: 'c' | 'p',
): HgvsCheck<{ reference: string | null; rest: string }> {
  const i = text.indexOf(':');
  if (i < 0) return { kind: 'valid', value: { reference: null, rest: text } };
  const ref = text.slice(0, i).trim();
  const rest = text.slice(i + 1).trim();
  const pattern = want === 'c' ? REFERENCE : /^(?:NP|XP)_\d+(?:\.\d+)?$/;
  if (!pattern.test(ref))
    return fail(
      'hgvs-reference',
      want === 'c'
        ? `"${ref}" is not a transcript reference: write NM_130799.2:c.… (a RefSeq/Ensembl transcript), or leave the reference out — not a gene name`
        : `"${ref}" is not a protein reference: write NP_570711.1:p.… or leave the reference out`,
    );
  return { kind: 'valid', value: { reference: ref, rest } };
}

function prefixIssue(rest: string, want: 'c' | 'p') {
  const m = /^([a-zA-Z])\./.exec(rest);
  const other = want === 'c' ? 'p' : 'c';
  if (m?.[1] === want) return null;
  if (m?.[1] === other)
    return fail(
      'hgvs-wrong-level',
      want === 'c'
        ? `"${rest}" is a protein change: enter it as the protein (p.) change, and the DNA change here as c.…`
        : `"${rest}" is a coding DNA change: enter it as the coding (c.) change, and the protein change here as p.…`,
    );
  if (m && ['g', 'm', 'n', 'r', 'o'].includes(m[1] ?? ''))
    return fail(
      'hgvs-coordinate-type',
      `MEN1 results are described on the coding DNA reference (c.), not ${m[1]}.: copy the c. description from the report`,
    );
  return fail(
    'hgvs-missing-prefix',
    want === 'c'
      ? `"${rest}" must start with c. (e.g. c.1546dupC)`
      : `"${rest}" must start with p. (e.g. p.(Arg460Ter))`,
  );
}

export { prefixIssue as hgvsPrefixIssue };

const POSITION = /^([-*]?)(\d+)(?:([+-])(\d+))?/;

function readPosition(
  s: string,
): { pos: CodingPosition; rest: string } | { error: ReturnType<typeof fail> } | null {
  const m = POSITION.exec(s);
  if (!m) return null;
  const base = Number(m[2]);
  const region = (m[1] ?? '') as CodingPosition['region'];
  if (base === 0)
    return {
      error: fail(
        'hgvs-position-zero',
        'there is no nucleotide c.0: numbering runs …, c.-1, c.1 (the A of ATG), c.2, …',
      ),
    };
  const offset = m[3] ? Number(m[4]) * (m[3] === '+' ? 1 : -1) : 0;
  if (m[3] && offset === 0)
    return {
      error: fail(
        'hgvs-intron-offset',
        'an intronic offset counts from 1 (c.123+1, c.124-2), never +0 or -0',
      ),
    };
  return { pos: { region, base, offset }, rest: s.slice(m[0].length) };
}

/** A comparable number for ordering: 5′ UTR < coding < 3′ UTR; offsets inside. */
function order(p: CodingPosition): number {
  const base = p.region === '-' ? -p.base : p.region === '*' ? 1e7 + p.base : p.base;
  return base * 1e5 + p.offset;
}

/** Number of bases in the range when both ends are plain coding positions. */
function rangeLength(start: CodingPosition, end: CodingPosition | null): number | null {
  if (!end) return start.offset === 0 && start.region === '' ? 1 : null;
  if (start.offset || end.offset || start.region !== end.region || start.region === '-')
    return null;
  return end.base - start.base + 1;
}

function checkBases(
  kind: string,
  bases: string,
  start: CodingPosition,
  end: CodingPosition | null,
) {
  const n = rangeLength(start, end);
  if (bases && n !== null && bases.length !== n)
    return fail(
      'hgvs-length-mismatch',
      `${kind} of ${bases} names ${bases.length} base(s) but the positions span ${n}`,
    );
  return null;
}

/**
 * @example validateHgvsCoding('NM_130799.2:c.1546dupC').kind // 'valid'
 * @example validateHgvsCoding('c.1546insC') // invalid: an insertion needs two flanking positions
 */
export function validateHgvsCoding(text: string): HgvsCheck<CodingVariant> {
  const t = text.trim();
  if (!t) return fail('hgvs-empty', 'enter the coding change, e.g. c.1546dupC');
  const split = splitReference(t, 'c');
  if (split.kind === 'invalid') return split;
  const { reference, rest } = split.value;
  const prefix = prefixIssue(rest, 'c');
  if (prefix) return prefix;
  const first = readPosition(rest.slice(2));
  if (!first)
    return fail(
      'hgvs-position',
      `"${rest}" has no position after c. (e.g. c.1579C>T, c.123+1G>A, c.-12G>A)`,
    );
  if ('error' in first) return first.error;
  const start = first.pos;
  let end: CodingPosition | null = null;
  let change = first.rest;
  if (change.startsWith('_')) {
    const second = readPosition(change.slice(1));
    if (!second)
      return fail('hgvs-position', `"${rest}": a range is written start_end, e.g. c.628_631del`);
    if ('error' in second) return second.error;
    end = second.pos;
    change = second.rest;
    if (order(end) <= order(start))
      return fail(
        'hgvs-range-order',
        `in a range the first position comes first (c.628_631del, not c.631_628del)`,
      );
  }
  const splice = start.offset !== 0 || (end?.offset ?? 0) !== 0;
  const ok = (c: CodingChange): HgvsCheck<CodingVariant> => ({
    kind: 'valid',
    value: { reference, start, end, change: c, splice },
  });
  if (/^[acgtACGT]>[acgtACGT]$/.test(change) && change !== change.toUpperCase())
    return fail(
      'hgvs-nucleotide-case',
      `nucleotides are written in capitals: ${change.toUpperCase()}`,
    );
  const sub = /^([ACGT])>([ACGT])$/.exec(change);
  if (sub) {
    if (end)
      return fail(
        'hgvs-substitution-range',
        'a substitution changes one nucleotide: give one position (c.1579C>T)',
      );
    if (sub[1] === sub[2])
      return fail(
        'hgvs-substitution-same',
        `${change} changes nothing: an unchanged nucleotide is written c.${rest.slice(2, -change.length)}=`,
      );
    return ok('substitution');
  }
  const seqCase = /^(delins|del|dup|ins)([acgtnACGTN]*)$/i.exec(change);
  if (seqCase && change !== `${seqCase[1]?.toLowerCase()}${seqCase[2]?.toUpperCase()}`)
    return fail(
      'hgvs-nucleotide-case',
      `write the change as ${seqCase[1]?.toLowerCase()}${seqCase[2]?.toUpperCase()}: the keyword in lower case, nucleotides in capitals`,
    );
  let m = /^delins([ACGTN]+)$/.exec(change);
  if (m) return ok('delins');
  if (change === 'delins')
    return fail(
      'hgvs-inserted-sequence',
      'a deletion-insertion names the inserted nucleotides (c.655delinsTT)',
    );
  m = /^del([ACGTN]*)$/.exec(change);
  if (m) return checkBases('deletion', m[1] ?? '', start, end) ?? ok('deletion');
  m = /^dup([ACGTN]*)$/.exec(change);
  if (m) return checkBases('duplication', m[1] ?? '', start, end) ?? ok('duplication');
  m = /^ins([ACGTN]*)$/.exec(change);
  if (m) {
    if (!m[1])
      return fail(
        'hgvs-inserted-sequence',
        'an insertion names the inserted nucleotides (c.1231_1232insA)',
      );
    if (!end)
      return fail(
        'hgvs-insertion-flanks',
        `an insertion is written between its two flanking nucleotides, e.g. c.${start.base}_${start.base + 1}ins${m[1]}`,
      );
    const n = rangeLength(start, end);
    if (n !== null && n !== 2)
      return fail(
        'hgvs-insertion-flanks',
        `the flanking positions of an insertion are neighbours (c.${start.base}_${start.base + 1}ins…); for a replaced stretch write delins`,
      );
    return ok('insertion');
  }
  if (change === 'inv') {
    if (!end)
      return fail(
        'hgvs-inversion-range',
        'an inversion spans at least two nucleotides: c.start_endinv',
      );
    return ok('inversion');
  }
  if (change === '=') return ok('no-change');
  if (/fs|\*|Ter|X$/.test(change))
    return fail(
      'hgvs-protein-term-in-dna',
      `"${change}" is a protein consequence: describe the DNA change as del, dup, ins or N>N (e.g. c.1546dupC) and put the frameshift or stop in the protein change`,
    );
  if (!change)
    return fail(
      'hgvs-change',
      `"${rest}" has a position but no change: add N>N, del, dup, ins…, delins… or inv`,
    );
  return fail(
    'hgvs-change',
    `"${change}" is not an HGVS change: expected N>N (substitution), del, dup, ins…, delins…, inv or =`,
  );
}
