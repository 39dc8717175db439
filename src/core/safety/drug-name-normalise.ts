/**
 * Normalises drug names so that case, spaces, punctuation, full-width characters and accents
 * do not decide a match: NFKC (ＤＩＬＡＮＴＩＮ → dilantin, full-width brackets → ASCII),
 * lower case, accents stripped (rifampicine → rifampicine, Épanutin → epanutin), every
 * non-letter/non-digit becomes a space, and a letter–digit boundary becomes a space so that
 * "177Lu", "Lu-177" and "[177Lu]" all give tokens `177 lu` / `lu 177`.
 * Chinese text is matched on the "compact" form (no spaces), since it has no word breaks.
 */

export interface NormalisedDrugText {
  /** Space-separated tokens, e.g. `phenytoin sodium 100 mg`. */
  text: string;
  tokens: string[];
  /** The text without any spaces, for substring matching of Chinese names. */
  compact: string;
}

/** @example normaliseDrugText('  Dilantin® (Phenytoin-Sodium) ').text // 'dilantin phenytoin sodium' */
export function normaliseDrugText(raw: string): NormalisedDrugText {
  const text = raw
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = text === '' ? [] : text.split(' ');
  return { text, tokens, compact: tokens.join('') };
}

export function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), for
 * near-miss spellings such as "rifampicine" or "phenytion".
 * @example editDistance('phenytion', 'phenytoin') // 1
 */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let prev2 = new Uint16Array(n + 1);
  let prev = new Uint16Array(n + 1);
  let row = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      row[j] = v;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n] as number;
}
