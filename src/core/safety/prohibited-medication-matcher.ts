/**
 * Screens a concomitant medication against the protocol's prohibited list
 * (`prohibited-medication-dictionary.ts`; CLINICAL-RULES.md "Safety").
 *
 * Matching, in order of trust:
 * 1. exact names after normalisation (`drug-name-normalise.ts`): generic, synonyms and brands
 *    as whole-token sequences ("phenytoin sodium 100 mg" contains `phenytoin`; "phenytoinum"
 *    does not), Chinese names as substrings (苯妥英钠片 contains 苯妥英钠);
 * 2. ATC code, exact, then class prefix (L01 antineoplastics → prohibited, H01CB → review);
 * 3. TCM keywords and product names → prohibited;
 * 4. uncertain signals → `review`, never `prohibited`: antineoplastic name stems (-tinib,
 *    -platin…), TCM dosage-form endings (…汤, …丸), and near-miss spellings of a listed
 *    name (edit distance 1, or 2 for names of 8+ letters).
 * A known look-alike (rifaximin, phenylephrine, methylprednisolone, carbidopa/甲基多巴肼,
 * 68Ga-dotatate…) is allowed, and a prohibited match lying inside a look-alike's text is
 * dropped (甲基多巴肼 contains 甲基多巴). The strongest verdict wins: prohibited > review >
 * allowed; every hit is listed in `reasons`.
 */

import type { Reason, ReasonParams } from '../shared/reason.ts';
import { editDistance, hasHan, normaliseDrugText } from './drug-name-normalise.ts';
import {
  type HitCode,
  type LookAlikeId,
  medicationReason,
  type RuleKey,
  ruleKeyOf,
} from './medication-reasons.ts';
import {
  ANTINEOPLASTIC_STEMS,
  ATC_CLASS_RULES,
  type DrugEntry,
  LOOK_ALIKES,
  MEDICATION_RULES,
  PROHIBITED_DRUGS,
  type ProhibitedCategory,
  TCM_NAMES,
  TCM_SUFFIXES,
} from './prohibited-medication-dictionary.ts';

export type MatchedOn =
  | 'generic'
  | 'synonym'
  | 'brand'
  | 'chinese'
  | 'tcm-name'
  | 'atc'
  | 'atc-class'
  | 'name-stem'
  | 'tcm-suffix'
  | 'near-miss';

export type MedicationScreening =
  | {
      kind: 'prohibited';
      category: ProhibitedCategory;
      rule: string;
      drug: string;
      matchedOn: MatchedOn;
      term: string;
      reasons: Reason[];
    }
  | {
      kind: 'review';
      category: ProhibitedCategory;
      rule: string;
      drug: string;
      matchedOn: MatchedOn;
      term: string;
      reasons: Reason[];
    }
  | { kind: 'allowed'; reasons: Reason[] };

export interface MedicationToScreen {
  /** As recorded: generic, brand, Chinese, free text ("Dilantin 100mg caps"). */
  name: string;
  /** WHO ATC code when the site coded it. */
  atc?: string | null;
}

interface Pattern {
  on: MatchedOn;
  term: string;
  tokens: string[] | null;
  han: string | null;
  verdict: 'prohibited' | 'review' | 'allowed';
  category: ProhibitedCategory | null;
  rule: string;
  /** The protocol rule cited (null for a look-alike). */
  ruleKey: RuleKey | null;
  drug: string;
  lookAlike?: LookAlikeId;
  /** What a name-stem, near-miss or TCM-form hit adds to its reason. */
  extra?: ReasonParams;
}

interface Hit {
  p: Pattern;
  start: number;
  end: number;
}

const TCM_DRUG = 'traditional Chinese medicine';

function pattern(
  term: string,
  rest: Omit<Pattern, 'term' | 'tokens' | 'han' | 'ruleKey'>,
): Pattern {
  const ruleKey = rest.verdict === 'allowed' ? null : ruleKeyOf(rest.rule);
  const n = normaliseDrugText(term);
  return hasHan(term)
    ? { ...rest, ruleKey, term, tokens: null, han: n.compact }
    : { ...rest, ruleKey, term, tokens: n.tokens, han: null };
}

const DRUG_PATTERNS: Pattern[] = PROHIBITED_DRUGS.flatMap((e: DrugEntry) => {
  const base = { verdict: e.verdict, category: e.category, rule: e.rule, drug: e.generic } as const;
  return [
    pattern(e.generic, { ...base, on: 'generic' }),
    ...e.synonyms.map((s) => pattern(s, { ...base, on: 'synonym' })),
    ...e.brands.map((s) => pattern(s, { ...base, on: 'brand' })),
    ...e.chinese.map((s) => pattern(s, { ...base, on: 'chinese' })),
  ];
});

const TCM_PATTERNS: Pattern[] = TCM_NAMES.map((t) =>
  pattern(t, {
    on: 'tcm-name',
    verdict: 'prohibited',
    category: 'tcm',
    rule: MEDICATION_RULES.tcm,
    drug: TCM_DRUG,
  }),
);

const LOOK_ALIKE_PATTERNS: Pattern[] = LOOK_ALIKES.flatMap((l) =>
  l.names.map((n) =>
    pattern(n, {
      on: 'generic',
      verdict: 'allowed',
      category: null,
      rule: `look-alike of ${l.resembles}`,
      drug: n,
      lookAlike: l.id,
    }),
  ),
);

/** Single-word ASCII names a near-miss spelling is compared with. */
const NEAR_MISS_TARGETS = DRUG_PATTERNS.filter(
  (p) => p.tokens?.length === 1 && (p.tokens[0] ?? '').length >= 5,
);

const RANK: Record<MatchedOn, number> = {
  generic: 0,
  synonym: 1,
  brand: 2,
  chinese: 3,
  'tcm-name': 4,
  atc: 5,
  'atc-class': 6,
  'name-stem': 7,
  'tcm-suffix': 8,
  'near-miss': 9,
};

interface PatternIndex {
  byFirstToken: Map<string, Pattern[]>;
  han: Pattern[];
}

function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
  const byFirstToken = new Map<string, Pattern[]>();
  const han: Pattern[] = [];
  for (const p of patterns) {
    if (p.han) han.push(p);
    else if (p.tokens && p.tokens.length > 0) {
      const first = p.tokens[0] as string;
      byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), p]);
    }
  }
  return { byFirstToken, han };
}

const DRUG_INDEX = indexPatterns([...DRUG_PATTERNS, ...TCM_PATTERNS]);
const LOOK_ALIKE_INDEX = indexPatterns(LOOK_ALIKE_PATTERNS);

function findHits(
  index: PatternIndex,
  tokens: string[],
  offsets: number[],
  compact: string,
): Hit[] {
  const hits: Hit[] = [];
  if (hasHan(compact)) {
    for (const p of index.han) {
      const h = p.han as string;
      for (let i = compact.indexOf(h); i >= 0; i = compact.indexOf(h, i + 1)) {
        hits.push({ p, start: i, end: i + h.length });
      }
    }
  }
  tokens.forEach((token, i) => {
    for (const p of index.byFirstToken.get(token) ?? []) {
      const t = p.tokens as string[];
      if (i + t.length <= tokens.length && t.every((w, k) => tokens[i + k] === w)) {
        const end = i + t.length;
        hits.push({
          p,
          start: offsets[i] as number,
          end: (offsets[end - 1] as number) + (tokens[end - 1] as string).length,
        });
      }
    }
  });
  return hits;
}

/**
 * @example screenMedication({ name: 'Dilantin 100 mg' }).kind // 'prohibited'
 * @example screenMedication({ name: 'Sandostatin LAR 30 mg' }).kind // 'review'
 * @example screenMedication({ name: 'rifaximin' }).kind // 'allowed'
 */
export function screenMedication(med: MedicationToScreen): MedicationScreening {
  const { tokens, compact } = normaliseDrugText(med.name);
  const offsets: number[] = [];
  tokens.reduce((at, t) => {
    offsets.push(at);
    return at + t.length;
  }, 0);

  const lookAlikes = findHits(LOOK_ALIKE_INDEX, tokens, offsets, compact);
  const inside = (h: Hit) => lookAlikes.some((l) => l.start <= h.start && h.end <= l.end);
  const exact = findHits(DRUG_INDEX, tokens, offsets, compact);
  const hits: Hit[] = exact.filter((h) => !inside(h));
  const reasons: Reason[] = [];
  for (const h of exact.filter(inside)) {
    reasons.push(
      medicationReason('medication.inside-look-alike', { term: h.p.term, drug: h.p.drug }),
    );
  }
  const covered = (start: number, end: number) =>
    [...hits, ...lookAlikes].some((h) => h.start <= start && end <= h.end);

  // ATC: exact code, then class prefix
  const atc = med.atc?.toUpperCase().replace(/\s+/g, '') ?? '';
  if (atc) {
    const entry = PROHIBITED_DRUGS.find((e) => e.atc.includes(atc));
    if (entry) {
      hits.push({
        p: {
          on: 'atc',
          term: atc,
          tokens: null,
          han: null,
          verdict: entry.verdict,
          category: entry.category,
          rule: entry.rule,
          ruleKey: ruleKeyOf(entry.rule),
          drug: entry.generic,
        },
        start: -1,
        end: -1,
      });
    }
    const cls = ATC_CLASS_RULES.filter((c) => atc.startsWith(c.prefix)).sort(
      (a, b) => b.prefix.length - a.prefix.length,
    )[0];
    if (cls) {
      hits.push({
        p: {
          on: 'atc-class',
          term: cls.label,
          tokens: null,
          han: null,
          verdict: cls.verdict,
          category: cls.category,
          rule: cls.rule,
          ruleKey: ruleKeyOf(cls.rule),
          drug: cls.label,
        },
        start: -1,
        end: -1,
      });
    }
  }

  // uncertain signals on tokens no exact name or look-alike explains
  tokens.forEach((t, i) => {
    const start = offsets[i] as number;
    const end = start + t.length;
    if (covered(start, end) || !/^[a-z]+$/.test(t)) return;
    const stem = ANTINEOPLASTIC_STEMS.find((s) => t.endsWith(s) && t.length >= s.length + 3);
    if (stem) {
      hits.push({
        p: {
          on: 'name-stem',
          term: t,
          tokens: null,
          han: null,
          verdict: 'review',
          category: 'antitumour',
          rule: `${MEDICATION_RULES.antitumour}; name stem "-${stem}" is an antineoplastic class → review`,
          ruleKey: 'antitumour',
          drug: t,
          extra: { stem },
        },
        start,
        end,
      });
      return;
    }
    if (t.length < 5) return;
    const near = NEAR_MISS_TARGETS.filter(
      (p) => Math.abs(((p.tokens as string[])[0] as string).length - t.length) <= 2,
    )
      .map((p) => ({
        p,
        d: editDistance(t, (p.tokens as string[])[0] as string),
      }))
      .filter(
        ({ p, d }) => d > 0 && d <= (((p.tokens as string[])[0] as string).length >= 8 ? 2 : 1),
      )
      .sort((a, b) => a.d - b.d)[0];
    if (near) {
      hits.push({
        p: {
          ...near.p,
          on: 'near-miss',
          verdict: 'review',
          term: t,
          rule: `${near.p.rule}; "${t}" is ${near.d} edit(s) from "${near.p.term}" → review, not a guess`,
          extra: { distance: near.d, target: near.p.term },
        },
        start,
        end,
      });
    }
  });

  // TCM dosage-form endings (…汤 decoction, …丸 pill, …散 powder, …膏 paste, …丹 pellet)
  const hanRuns = med.name.normalize('NFKC').match(/\p{Script=Han}+/gu) ?? [];
  for (const run of hanRuns) {
    const suffix = TCM_SUFFIXES.find((s) => run.endsWith(s));
    if (
      suffix &&
      run.length >= 2 &&
      !/(软|乳|眼)膏$/.test(run) &&
      !hits.some((h) => h.p.han && run.includes(h.p.han))
    ) {
      hits.push({
        p: {
          on: 'tcm-suffix',
          term: run,
          tokens: null,
          han: run,
          verdict: 'review',
          category: 'tcm',
          rule: `${MEDICATION_RULES.tcm}; "${run}" ends in ${suffix}, a TCM dosage form → review`,
          ruleKey: 'tcm',
          drug: TCM_DRUG,
          extra: { suffix },
        },
        start: -1,
        end: -1,
      });
    }
  }

  const describe = (h: Hit): Reason =>
    medicationReason(`medication.hit-${h.p.verdict}-${h.p.on}-${h.p.ruleKey}` as HitCode, {
      term: h.p.term,
      drug: h.p.drug,
      ...h.p.extra,
    });
  const best = (v: 'prohibited' | 'review') =>
    hits.filter((h) => h.p.verdict === v).sort((a, b) => RANK[a.p.on] - RANK[b.p.on])[0];
  const top = best('prohibited') ?? best('review');
  const described = [...hits.map(describe), ...reasons];
  const allReasons = described.filter(
    (x, i) => described.findIndex((y) => y.text === x.text) === i,
  );
  if (top && top.p.verdict !== 'allowed' && top.p.category) {
    return {
      kind: top.p.verdict,
      category: top.p.category,
      rule: top.p.rule,
      drug: top.p.drug,
      matchedOn: top.p.on,
      term: top.p.term,
      reasons: allReasons,
    };
  }
  const la = lookAlikes[0];
  if (la?.p.lookAlike) {
    const why = medicationReason(`medication.look-alike-${la.p.lookAlike}`, { term: la.p.term });
    return { kind: 'allowed', reasons: [why, ...reasons] };
  }
  return {
    kind: 'allowed',
    reasons: [medicationReason('medication.no-match', { name: med.name })],
  };
}
