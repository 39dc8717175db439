/**
 * Form validation of a MEN1 protein change in HGVS nomenclature (HGVS v21.0 "protein"
 * recommendations): missense `p.Arg171Gln`, nonsense `p.Arg460Ter` / `p.(Arg460*)`, synonymous
 * `p.Leu10=`, deletion, duplication, insertion, deletion-insertion, frameshift
 * `p.Lys516ArgfsTer15` / `p.K516Rfs*15`, extension, and `p.?` / `p.0`. Parentheses mark a
 * predicted consequence (no RNA studied), which is what most reports give. Three-letter codes are
 * recommended; one-letter codes are accepted but not mixed with three-letter ones. `X` is not a
 * stop (it means "any amino acid" in older texts): write `Ter` or `*`.
 */
import { type HgvsCheck, hgvsPrefixIssue, splitReference } from './hgvs-coding.ts';

export type ProteinConsequence =
  | 'missense'
  | 'nonsense'
  | 'synonymous'
  | 'deletion'
  | 'duplication'
  | 'insertion'
  | 'delins'
  | 'frameshift'
  | 'extension'
  | 'unknown'
  | 'no-protein';

export interface ProteinVariant {
  reference: string | null;
  consequence: ProteinConsequence;
  /** Written in parentheses: predicted from DNA, not observed. */
  predicted: boolean;
  codes: 'three-letter' | 'one-letter' | null;
  /** First affected residue (null for p.?, p.0, p.=). */
  position: number | null;
}

const AA3 = [
  'Ala',
  'Arg',
  'Asn',
  'Asp',
  'Cys',
  'Gln',
  'Glu',
  'Gly',
  'His',
  'Ile',
  'Leu',
  'Lys',
  'Met',
  'Phe',
  'Pro',
  'Ser',
  'Thr',
  'Trp',
  'Tyr',
  'Val',
  'Sec',
  'Pyl',
];
const AA1 = 'ACDEFGHIKLMNPQRSTVWYUO';

const fail = (rule: string, message: string) => ({ kind: 'invalid' as const, rule, message });
type Fail = ReturnType<typeof fail>;

type Codes = 'three-letter' | 'one-letter';
interface Token {
  /** 'Ter' for a stop in either style. */
  aa: string;
  codes: Codes | null;
  length: number;
}

/** Reads one residue (or stop) at the start of `s`. */
function readResidue(s: string): Token | Fail | null {
  if (s.startsWith('Ter')) return { aa: 'Ter', codes: 'three-letter', length: 3 };
  if (s.startsWith('*')) return { aa: 'Ter', codes: null, length: 1 };
  const three = s.slice(0, 3);
  if (AA3.includes(three)) return { aa: three, codes: 'three-letter', length: 3 };
  if (
    /^[A-Z][a-z]{2}/.test(three) &&
    !/^[A-Z][a-z]{2}(?:fs|ext)/.test(s.slice(0, 5)) &&
    !AA1.includes(s[0] ?? '')
  )
    return fail('hgvs-amino-acid', `"${three}" is not an amino acid code (Ala, Arg, … Val, Ter)`);
  if (/^[a-z]{3}/.test(three) && AA3.some((a) => a.toLowerCase() === three))
    return fail(
      'hgvs-amino-acid-case',
      `three-letter codes start with a capital: ${three[0]?.toUpperCase()}${three.slice(1)}`,
    );
  if (s[0] === 'X')
    return fail(
      'hgvs-x-stop',
      'X is not used for a stop codon: write Ter (p.Arg460Ter) or * (p.Arg460*)',
    );
  if (s[0] && AA1.includes(s[0])) return { aa: s[0], codes: 'one-letter', length: 1 };
  return null;
}

/** Reads a run of residues (an inserted sequence). */
function readSequence(s: string): { tokens: Token[]; rest: string } | Fail {
  const tokens: Token[] = [];
  let rest = s;
  for (;;) {
    const t = readResidue(rest);
    if (t === null) break;
    if ('kind' in t) return t;
    tokens.push(t);
    rest = rest.slice(t.length);
    if (t.aa === 'Ter') break;
  }
  return { tokens, rest };
}

function readPosition(s: string): { residue: Token; pos: number; rest: string } | Fail {
  const r = readResidue(s);
  if (r === null)
    return fail(
      'hgvs-position',
      `"${s}" should start with the reference amino acid and its position (e.g. Arg460)`,
    );
  if ('kind' in r) return r;
  const m = /^(\d+)/.exec(s.slice(r.length));
  if (!m)
    return fail(
      'hgvs-position',
      `the amino acid ${s.slice(0, r.length)} needs its position number (e.g. ${s.slice(0, r.length)}460)`,
    );
  const pos = Number(m[1]);
  if (pos === 0) return fail('hgvs-position-zero', 'amino acids are numbered from 1 (Met1)');
  return { residue: r, pos, rest: s.slice(r.length + (m[1]?.length ?? 0)) };
}

function mixed(tokens: Token[]): Fail | null {
  const styles = new Set(tokens.map((t) => t.codes).filter((c) => c !== null));
  return styles.size > 1
    ? fail(
        'hgvs-mixed-codes',
        'use three-letter codes (p.Arg460Ter) or one-letter codes (p.R460*), not both',
      )
    : null;
}

/**
 * @example validateHgvsProtein('p.(Arg460*)').kind // 'valid' (predicted nonsense)
 * @example validateHgvsProtein('p.Arg460X') // invalid: X is not a stop
 */
export function validateHgvsProtein(text: string): HgvsCheck<ProteinVariant> {
  const t = text.trim();
  if (!t) return fail('hgvs-empty', 'enter the protein change, e.g. p.(Arg460Ter)');
  const split = splitReference(t, 'p');
  if (split.kind === 'invalid') return split;
  const { reference, rest } = split.value;
  const prefix = hgvsPrefixIssue(rest, 'p');
  if (prefix) return prefix;
  let body = rest.slice(2);
  let predicted = false;
  if (body.startsWith('(') || body.endsWith(')')) {
    if (!(body.startsWith('(') && body.endsWith(')')))
      return fail(
        'hgvs-parentheses',
        'a predicted change is wrapped whole in parentheses: p.(Arg460Ter)',
      );
    predicted = true;
    body = body.slice(1, -1);
  }
  const ok = (
    consequence: ProteinConsequence,
    tokens: Token[],
    position: number | null,
  ): HgvsCheck<ProteinVariant> => {
    const style =
      tokens.map((x) => x.codes).find((c) => c !== null) ?? (tokens.length ? 'one-letter' : null);
    return { kind: 'valid', value: { reference, consequence, predicted, codes: style, position } };
  };
  if (body === '?') return ok('unknown', [], null);
  if (body === '0' || body === '0?') return ok('no-protein', [], null);
  if (body === '=') return ok('synonymous', [], null);

  const first = readPosition(body);
  if ('kind' in first) return first;
  const tokens = [first.residue];
  let change = first.rest;
  let range = false;
  if (change.startsWith('_')) {
    const second = readPosition(change.slice(1));
    if ('kind' in second) return second;
    if (second.pos <= first.pos)
      return fail('hgvs-range-order', 'in a range the first residue comes first (p.Lys3_Ala5del)');
    tokens.push(second.residue);
    change = second.rest;
    range = true;
  }
  const done = (c: ProteinConsequence, more: Token[] = []) =>
    mixed([...tokens, ...more]) ?? ok(c, [...tokens, ...more], first.pos);

  if (change === '')
    return fail(
      'hgvs-change',
      `"${rest}" names a residue but no change (e.g. p.Arg460Ter, p.Arg460Gln, p.Arg460del)`,
    );
  if (change === '=') return done('synonymous');
  if (change === 'del') return done('deletion');
  if (change === 'dup') return done('duplication');
  for (const kw of ['delins', 'ins'] as const) {
    if (!change.startsWith(kw)) continue;
    const seq = readSequence(change.slice(kw.length));
    if ('kind' in seq) return seq;
    if (seq.tokens.length === 0 || seq.rest !== '')
      return fail(
        'hgvs-inserted-sequence',
        `${kw} names the inserted amino acids (e.g. p.Lys2_Gly3insGlnSerLys)`,
      );
    if (kw === 'ins' && !range)
      return fail(
        'hgvs-insertion-flanks',
        'an insertion is written between its two flanking residues: p.Lys2_Gly3insGln',
      );
    if (kw === 'ins' && tokens.length === 2) {
      const second = readPosition(body.slice(body.indexOf('_') + 1));
      if (!('kind' in second) && second.pos !== first.pos + 1)
        return fail(
          'hgvs-insertion-flanks',
          'the flanking residues of an insertion are neighbours (p.Lys2_Gly3ins…); for a replaced stretch write delins',
        );
    }
    return done(kw === 'ins' ? 'insertion' : 'delins', seq.tokens);
  }
  // frameshift: [new residue]fs[Ter|*][count|?]
  const fs = /^(.*?)fs(?:(Ter|\*)(\d+|\?))?$/.exec(change);
  if (fs) {
    const more: Token[] = [];
    if (fs[1]) {
      const r = readResidue(fs[1]);
      if (r === null || ('length' in r && r.length !== fs[1].length))
        return fail(
          'hgvs-frameshift',
          `"${change}": a frameshift is written Arg97ProfsTer23, Arg97fs or R97Pfs*23`,
        );
      if ('kind' in r) return r;
      more.push(r);
    }
    if (fs[2] === 'Ter') more.push({ aa: 'Ter', codes: 'three-letter', length: 3 });
    if (fs[3] && fs[3] !== '?' && Number(fs[3]) < 2)
      return fail(
        'hgvs-frameshift',
        'a stop as the first changed residue is a nonsense change, not a frameshift: write p.Arg97Ter',
      );
    if (range)
      return fail(
        'hgvs-frameshift',
        'a frameshift names only the first changed residue (p.Arg97ProfsTer23)',
      );
    return done('frameshift', more);
  }
  const ext = /^(.*?)ext(?:(Ter|\*)?(-?\d+|\?))$/.exec(change);
  if (ext) {
    const r = ext[1] ? readResidue(ext[1]) : null;
    if (r && 'kind' in r) return r;
    return done('extension', r ? [r] : []);
  }
  const alt = readResidue(change);
  if (alt && 'kind' in alt) return alt;
  if (alt && alt.length === change.length) {
    if (range)
      return fail(
        'hgvs-change',
        'a substitution changes one residue: give one position (p.Arg460Gln)',
      );
    if (alt.aa === 'Ter') return done('nonsense', [alt]);
    if (alt.aa === first.residue.aa)
      return fail(
        'hgvs-synonymous',
        `an unchanged residue is written p.${body.slice(0, body.length - change.length)}=`,
      );
    return done('missense', [alt]);
  }
  return fail(
    'hgvs-change',
    `"${change}" is not an HGVS protein change: expected an amino acid, Ter or *, =, del, dup, ins…, delins…, fs or ext`,
  );
}
