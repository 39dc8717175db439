import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import { editDistance, normaliseDrugText } from './drug-name-normalise.ts';
import { PROHIBITED_DRUGS } from './prohibited-medication-dictionary.ts';
import { screenMedication } from './prohibited-medication-matcher.ts';

const screen = (name: string, atc?: string) => screenMedication({ name, atc: atc ?? null });

/** [recorded name, expected verdict, expected drug/category] */
const PROTOCOL_DRUGS: Array<[string, 'prohibited' | 'review', string]> = [
  // hepatotoxic drugs named by the protocol: generic, brand, Chinese
  ['Phenylbutazone', 'prohibited', 'phenylbutazone'],
  ['Butazolidin', 'prohibited', 'phenylbutazone'],
  ['保泰松', 'prohibited', 'phenylbutazone'],
  ['phenytoin sodium 100 mg caps', 'prohibited', 'phenytoin'],
  ['Dilantin', 'prohibited', 'phenytoin'],
  ['Epanutin', 'prohibited', 'phenytoin'],
  ['苯妥英钠', 'prohibited', 'phenytoin'],
  ['苯妥英钠片 0.1g', 'prohibited', 'phenytoin'],
  ['Methotrexate 2.5mg weekly', 'prohibited', 'methotrexate'],
  ['Trexall', 'prohibited', 'methotrexate'],
  ['Otrexup', 'prohibited', 'methotrexate'],
  ['甲氨蝶呤', 'prohibited', 'methotrexate'],
  ['MTX', 'prohibited', 'methotrexate'],
  ['methyldopa', 'prohibited', 'methyldopa'],
  ['Aldomet', 'prohibited', 'methyldopa'],
  ['甲基多巴', 'prohibited', 'methyldopa'],
  ['Rifampicin', 'prohibited', 'rifampicin'],
  ['rifampin', 'prohibited', 'rifampicin'],
  ['Rifadin', 'prohibited', 'rifampicin'],
  ['Rimactane', 'prohibited', 'rifampicin'],
  ['利福平胶囊', 'prohibited', 'rifampicin'],
  ['异烟肼利福平片', 'prohibited', 'rifampicin'],
  // antitumour therapy in NETs
  ['everolimus', 'prohibited', 'everolimus'],
  ['Afinitor 10mg', 'prohibited', 'everolimus'],
  ['依维莫司片', 'prohibited', 'everolimus'],
  ['Sunitinib malate', 'prohibited', 'sunitinib'],
  ['Sutent', 'prohibited', 'sunitinib'],
  ['舒尼替尼', 'prohibited', 'sunitinib'],
  ['Temodar', 'prohibited', 'temozolomide'],
  ['替莫唑胺', 'prohibited', 'temozolomide'],
  ['Xeloda', 'prohibited', 'capecitabine'],
  ['卡培他滨', 'prohibited', 'capecitabine'],
  ['Zanosar', 'prohibited', 'streptozocin'],
  ['链脲佐菌素', 'prohibited', 'streptozocin'],
  ['Lutathera', 'prohibited', 'lutetium Lu 177 dotatate'],
  ['177Lu-DOTATATE', 'prohibited', 'lutetium Lu 177 dotatate'],
  ['Lu-177 dotatate 7.4 GBq', 'prohibited', 'lutetium Lu 177 dotatate'],
  ['镥[177Lu]氧奥曲肽注射液', 'prohibited', 'lutetium Lu 177 dotatate'],
  ['5-FU', 'prohibited', 'fluorouracil'],
  ['顺铂', 'prohibited', 'cisplatin'],
  // somatostatin analogues: review, not prohibited (protocol does not name them)
  ['Sandostatin', 'review', 'octreotide'],
  ['Sandostatin LAR 30 mg', 'review', 'octreotide'],
  ['octreotide acetate', 'review', 'octreotide'],
  ['奥曲肽', 'review', 'octreotide'],
  ['Somatuline Autogel 120 mg', 'review', 'lanreotide'],
  ['兰瑞肽', 'review', 'lanreotide'],
];

describe('prohibited medications by generic, brand and Chinese name', () => {
  it.each(PROTOCOL_DRUGS)('%s → %s (%s)', (name, kind, drug) => {
    const r = screen(name);
    expect(r.kind).toBe(kind);
    expect(r.kind !== 'allowed' && r.drug).toBe(drug);
    expect(r.kind !== 'allowed' && r.rule).toMatch(/protocol/);
  });

  it('cites the rule and the category', () => {
    expect(screen('Dilantin')).toMatchObject({
      kind: 'prohibited',
      category: 'hepatotoxic',
      matchedOn: 'brand',
      term: 'Dilantin',
    });
    expect(screen('Sutent')).toMatchObject({ category: 'antitumour' });
    const s = screen('Sandostatin');
    expect(s.kind === 'review' ? s.rule : '').toMatch(/somatostatin/);
  });

  it('every name in the dictionary finds its own entry', () => {
    for (const e of PROHIBITED_DRUGS) {
      for (const name of [e.generic, ...e.synonyms, ...e.brands, ...e.chinese]) {
        const r = screen(name);
        expect([name, r.kind]).toEqual([name, e.verdict]);
      }
    }
  });
});

describe('traditional Chinese medicine', () => {
  it.each([
    '中药饮片',
    '中成药',
    '小柴胡汤',
    '六味地黄丸 8粒 tid',
    '片仔癀',
    '复方丹参滴丸',
    'Lianhua Qingwen capsules',
    'herbal decoction',
    'TCM granules',
  ])('%s is prohibited', (name) => {
    expect(screen(name)).toMatchObject({ kind: 'prohibited', category: 'tcm' });
  });
  it('an unknown name with a TCM dosage-form ending asks for review', () => {
    expect(screen('某某清热汤')).toMatchObject({
      kind: 'review',
      category: 'tcm',
      matchedOn: 'tcm-suffix',
    });
    expect(screen('红霉素软膏').kind).toBe('allowed'); // a western ointment (软膏) is not a TCM 膏
  });
});

describe('normalisation: case, spaces, punctuation, full-width', () => {
  it.each([
    ['ＤＩＬＡＮＴＩＮ', 'phenytoin'],
    ['  rifAMPicin  ', 'rifampicin'],
    ['Phenytoin-Sodium', 'phenytoin'],
    ['Rifadin®', 'rifampicin'],
    ['Afinitor（依维莫司）', 'everolimus'],
    ['Épanutin', 'phenytoin'],
  ])('%s', (name, drug) => {
    expect(screen(name)).toMatchObject({ kind: 'prohibited', drug });
  });
  it('tokens, not substrings: a longer word is not a listed name', () => {
    expect(normaliseDrugText('[177Lu]-DOTATATE').tokens).toEqual(['177', 'lu', 'dotatate']);
    expect(normaliseDrugText('Lu-177').tokens).toEqual(['lu', '177']);
    expect(screen('tcmx').kind).toBe('allowed');
  });
});

describe('look-alikes are not flagged as prohibited', () => {
  it.each([
    ['phenylephrine', /not phenylbutazone or phenytoin/],
    ['methylprednisolone 40 mg iv', /corticosteroid/],
    ['Solu-Medrol', /corticosteroid/],
    ['rifaximin 550 mg', /not rifampicin/],
    ['利福昔明', /not rifampicin/],
    ['carbidopa/levodopa', /not methyldopa/],
    ['甲基多巴肼', /not methyldopa/],
    ['68Ga-DOTATATE PET/CT', /diagnostic imaging/],
    ['NETSPOT', /diagnostic imaging/],
  ])('%s is allowed', (name, why) => {
    const r = screen(name);
    expect(r.kind).toBe('allowed');
    expect(reasonTexts(r.reasons).join(' ')).toMatch(why);
  });
  it('ordinary drugs are allowed', () => {
    for (const name of [
      'paracetamol',
      'omeprazole',
      'metformin',
      'methylphenidate',
      'prednisolone',
      'levodopa',
    ]) {
      expect([name, screen(name).kind]).toEqual([name, 'allowed']);
    }
  });
});

describe('uncertain matches ask for review instead of guessing', () => {
  it('near-miss spellings of a listed name', () => {
    expect(editDistance('phenytion', 'phenytoin')).toBe(1);
    expect(screen('rifampicine')).toMatchObject({
      kind: 'review',
      matchedOn: 'near-miss',
      drug: 'rifampicin',
    });
    expect(screen('phenytion')).toMatchObject({
      kind: 'review',
      matchedOn: 'near-miss',
      drug: 'phenytoin',
    });
    expect(screen('methotrexat')).toMatchObject({ kind: 'review', drug: 'methotrexate' });
    // rifaximin is 3+ edits from rifampicin/rifampin and is a known look-alike
    expect(editDistance('rifaximin', 'rifampin')).toBeGreaterThan(2);
  });
  it('antineoplastic name stems', () => {
    expect(screen('imatinib 400 mg')).toMatchObject({
      kind: 'review',
      matchedOn: 'name-stem',
      category: 'antitumour',
    });
    expect(screen('nedaplatin')).toMatchObject({ kind: 'review', matchedOn: 'name-stem' });
  });
  it('dotatate without its isotope', () => {
    expect(screen('DOTATATE')).toMatchObject({ kind: 'review', drug: 'dotatate' });
  });
});

describe('ATC codes and classes', () => {
  it('L01 antineoplastics by prefix → prohibited', () => {
    expect(screen('Glivec', 'L01EA01')).toMatchObject({
      kind: 'prohibited',
      matchedOn: 'atc-class',
      category: 'antitumour',
    });
  });
  it('an exact ATC code names the drug', () => {
    expect(screen('unknown brand', 'J04AB02')).toMatchObject({
      kind: 'prohibited',
      matchedOn: 'atc',
      drug: 'rifampicin',
    });
    expect(screen('unknown brand', 'n03ab02')).toMatchObject({
      kind: 'prohibited',
      drug: 'phenytoin',
    });
  });
  it('H01CB somatostatin analogues → review; rifaximin A07AA11 → allowed', () => {
    expect(screen('x', 'H01CB02')).toMatchObject({ kind: 'review', drug: 'octreotide' });
    expect(screen('xifaxan', 'A07AA11').kind).toBe('allowed');
  });
  it('the strongest verdict wins when name and class disagree', () => {
    expect(screen('Sandostatin', 'L01XX99').kind).toBe('prohibited');
    expect(screen('Dilantin', 'A07AA11').kind).toBe('prohibited');
  });
});
