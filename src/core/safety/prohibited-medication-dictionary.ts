/**
 * The protocol's prohibited concomitant medications, as data (CLINICAL-RULES.md "Safety";
 * issue 6). Names are written as people write them; the matcher normalises both sides.
 *
 * - Other antitumour therapy is prohibited. In neuroendocrine tumours that includes everolimus,
 *   sunitinib (and other kinase inhibitors), PRRT (177Lu-dotatate) and chemotherapy
 *   (temozolomide, capecitabine, streptozocin, 5-FU, platinum, etoposide…). Somatostatin
 *   analogues (octreotide, lanreotide, pasireotide) are antiproliferative in NETs but are also
 *   standard symptom control for functioning tumours; the protocol does not name them, so they
 *   are `review` (the investigator decides), not `prohibited`.
 * - Hepatotoxic drugs named by the protocol: phenylbutazone, phenytoin (and its prodrug
 *   fosphenytoin), methotrexate, methyldopa, rifampicin.
 * - Traditional Chinese medicine: herbal decoctions (汤剂, 中药饮片) and proprietary Chinese
 *   medicines (中成药), by keyword and by common product names.
 * - Look-alikes are listed explicitly as allowed, with why, so that a similar-looking name is
 *   never flagged: rifaximin is a gut-selective rifamycin (< 0.4 % absorbed), not rifampicin;
 *   phenylephrine is not phenylbutazone/phenytoin; methylprednisolone is not methotrexate or
 *   methyldopa; carbidopa's Chinese chemical name 甲基多巴肼 contains 甲基多巴; 68Ga-dotatate is
 *   a diagnostic PET tracer, not PRRT.
 * ATC codes: WHO ATC/DDD index (current codes, plus pre-2022 L01XE codes still found in data).
 */

import type { LookAlikeId } from './medication-reasons.ts';

export type ProhibitedCategory = 'antitumour' | 'hepatotoxic' | 'tcm';

export const MEDICATION_RULES = {
  antitumour: 'protocol: other antitumour therapy is prohibited during the study',
  somatostatin:
    'protocol: other antitumour therapy is prohibited; somatostatin analogues are also NET symptom control and are not named by the protocol → investigator review',
  hepatotoxic:
    'protocol: hepatotoxic drugs phenylbutazone, phenytoin, methotrexate, methyldopa and rifampicin are prohibited',
  tcm: 'protocol: traditional Chinese medicine (herbal decoctions and proprietary Chinese medicines) is prohibited',
  // single drugs that call for review
  interferon:
    'protocol: other antitumour therapy is prohibited; interferon alfa is an older NET therapy with other uses → review',
  dotaPeptide:
    'protocol: PRRT is prohibited; a DOTA peptide without its isotope may be therapy (177Lu) or imaging (68Ga) → review',
  sirolimus:
    'protocol: other antitumour therapy is prohibited; sirolimus is an mTOR inhibitor like everolimus → review',
  teriflunomide:
    'not on the protocol list, but it is the active metabolite of the study drug leflunomide (double exposure) → review',
} as const;

export interface DrugEntry {
  id: string;
  generic: string;
  verdict: 'prohibited' | 'review';
  category: ProhibitedCategory;
  rule: string;
  synonyms: readonly string[];
  brands: readonly string[];
  chinese: readonly string[];
  atc: readonly string[];
  note?: string;
}

const anti = (
  generic: string,
  o: Partial<Pick<DrugEntry, 'synonyms' | 'brands' | 'chinese' | 'atc' | 'note'>>,
  verdict: DrugEntry['verdict'] = 'prohibited',
  rule: string = MEDICATION_RULES.antitumour,
): DrugEntry => ({
  id: generic.replace(/\s+/g, '-'),
  generic,
  verdict,
  category: 'antitumour',
  rule,
  synonyms: o.synonyms ?? [],
  brands: o.brands ?? [],
  chinese: o.chinese ?? [],
  atc: o.atc ?? [],
  ...(o.note ? { note: o.note } : {}),
});

const hep = (
  generic: string,
  o: Partial<Pick<DrugEntry, 'synonyms' | 'brands' | 'chinese' | 'atc' | 'note'>>,
  verdict: DrugEntry['verdict'] = 'prohibited',
): DrugEntry => ({
  ...anti(generic, o, verdict, MEDICATION_RULES.hepatotoxic),
  category: 'hepatotoxic',
});

export const PROHIBITED_DRUGS: readonly DrugEntry[] = [
  // --- antitumour therapy used in NETs ---
  anti('everolimus', {
    brands: ['Afinitor', 'Votubia', 'Zortress', 'Certican', 'Afinitor Disperz'],
    chinese: ['依维莫司', '飞尼妥'],
    atc: ['L01EG02', 'L04AH02', 'L01XE10', 'L04AA18'],
    note: 'mTOR inhibitor approved for NETs; prohibited whatever the indication (also transplant brands)',
  }),
  anti('temsirolimus', { brands: ['Torisel'], chinese: ['替西罗莫司'], atc: ['L01EG01'] }),
  anti('sunitinib', {
    brands: ['Sutent'],
    chinese: ['舒尼替尼', '苹果酸舒尼替尼', '索坦'],
    atc: ['L01EX01', 'L01XE04'],
  }),
  anti('surufatinib', { brands: ['Sulanda'], chinese: ['索凡替尼', '苏泰达'] }),
  anti('cabozantinib', {
    brands: ['Cabometyx', 'Cometriq'],
    chinese: ['卡博替尼'],
    atc: ['L01EX07', 'L01XE26'],
  }),
  anti('lenvatinib', {
    brands: ['Lenvima'],
    chinese: ['仑伐替尼', '乐卫玛'],
    atc: ['L01EX08', 'L01XE29'],
  }),
  anti('pazopanib', { brands: ['Votrient'], chinese: ['培唑帕尼'], atc: ['L01EX03', 'L01XE11'] }),
  anti('sorafenib', {
    brands: ['Nexavar'],
    chinese: ['索拉非尼', '多吉美'],
    atc: ['L01EX02', 'L01XE05'],
  }),
  anti('lutetium Lu 177 dotatate', {
    synonyms: [
      '177 lu dotatate',
      'lu 177 dotatate',
      'lutetium 177',
      '177 lu',
      'lu 177',
      'lutetium',
      'oxodotreotide',
      'prrt',
      'peptide receptor radionuclide therapy',
      'yttrium 90',
      '90 y',
      'y 90',
    ],
    brands: ['Lutathera', 'Pluvicto'],
    chinese: ['镥', '氧奥曲肽', '肽受体放射性核素'],
    atc: ['V10XX04', 'V10XX05'],
    note: 'PRRT / radioligand therapy (177Lu or 90Y)',
  }),
  anti('temozolomide', {
    brands: ['Temodar', 'Temodal'],
    chinese: ['替莫唑胺', '泰道'],
    atc: ['L01AX03'],
  }),
  anti('capecitabine', { brands: ['Xeloda'], chinese: ['卡培他滨', '希罗达'], atc: ['L01BC06'] }),
  anti('streptozocin', {
    synonyms: ['streptozotocin'],
    brands: ['Zanosar'],
    chinese: ['链脲佐菌素', '链佐星'],
    atc: ['L01AD04'],
  }),
  anti('fluorouracil', {
    synonyms: ['5 fu', '5 fluorouracil'],
    brands: ['Adrucil'],
    chinese: ['氟尿嘧啶'],
    atc: ['L01BC02'],
  }),
  anti('tegafur gimeracil oteracil', {
    synonyms: ['s 1', 'tegafur'],
    brands: ['Teysuno', 'TS-One'],
    chinese: ['替吉奥', '替加氟'],
    atc: ['L01BC53', 'L01BC03'],
  }),
  anti('cisplatin', { brands: ['Platinol'], chinese: ['顺铂'], atc: ['L01XA01'] }),
  anti('carboplatin', { brands: ['Paraplatin'], chinese: ['卡铂'], atc: ['L01XA02'] }),
  anti('oxaliplatin', { brands: ['Eloxatin'], chinese: ['奥沙利铂', '乐沙定'], atc: ['L01XA03'] }),
  anti('etoposide', {
    synonyms: ['vp 16'],
    brands: ['VePesid', 'Etopophos'],
    chinese: ['依托泊苷'],
    atc: ['L01CB01'],
  }),
  anti('dacarbazine', { brands: ['DTIC-Dome'], chinese: ['达卡巴嗪'], atc: ['L01AX04'] }),
  anti('doxorubicin', {
    synonyms: ['adriamycin'],
    brands: ['Adriamycin', 'Doxil', 'Caelyx'],
    chinese: ['多柔比星', '阿霉素'],
    atc: ['L01DB01'],
  }),
  // --- somatostatin analogues and other uncertain antitumour agents: review ---
  anti(
    'octreotide',
    {
      brands: ['Sandostatin', 'Sandostatin LAR', 'Mycapssa', 'Bynfezia'],
      chinese: ['奥曲肽', '醋酸奥曲肽', '善宁', '善龙'],
      atc: ['H01CB02'],
    },
    'review',
    MEDICATION_RULES.somatostatin,
  ),
  anti(
    'lanreotide',
    {
      brands: ['Somatuline', 'Somatuline Autogel', 'Somatuline Depot'],
      chinese: ['兰瑞肽', '索马杜林'],
      atc: ['H01CB03'],
    },
    'review',
    MEDICATION_RULES.somatostatin,
  ),
  anti(
    'pasireotide',
    { brands: ['Signifor'], chinese: ['帕瑞肽'], atc: ['H01CB05'] },
    'review',
    MEDICATION_RULES.somatostatin,
  ),
  anti(
    'interferon alfa',
    {
      synonyms: ['interferon alpha', 'ifn alpha', 'peginterferon alfa'],
      brands: ['Intron A', 'Roferon-A'],
      chinese: ['干扰素'],
      atc: ['L03AB04', 'L03AB05'],
    },
    'review',
    MEDICATION_RULES.interferon,
  ),
  anti(
    'dotatate',
    { synonyms: ['dotatoc', 'edotreotide'] },
    'review',
    MEDICATION_RULES.dotaPeptide,
  ),
  anti(
    'sirolimus',
    {
      brands: ['Rapamune', 'Fyarro'],
      chinese: ['西罗莫司', '雷帕霉素'],
      atc: ['L04AH01', 'L04AA10'],
    },
    'review',
    MEDICATION_RULES.sirolimus,
  ),
  anti(
    'teriflunomide',
    { brands: ['Aubagio'], chinese: ['特立氟胺'], atc: ['L04AA31', 'L04AK02'] },
    'review',
    MEDICATION_RULES.teriflunomide,
  ),
  // --- hepatotoxic drugs named by the protocol ---
  hep('phenylbutazone', { brands: ['Butazolidin'], chinese: ['保泰松'], atc: ['M01AA01'] }),
  hep('phenytoin', {
    synonyms: ['diphenylhydantoin', 'phenytoin sodium'],
    brands: ['Dilantin', 'Epanutin', 'Phenytek'],
    chinese: ['苯妥英', '苯妥英钠', '大仑丁'],
    atc: ['N03AB02', 'N03AB52'],
  }),
  hep('fosphenytoin', {
    brands: ['Cerebyx', 'Pro-Epanutin'],
    chinese: ['磷苯妥英'],
    atc: ['N03AB05'],
    note: 'prodrug of phenytoin',
  }),
  hep('methotrexate', {
    synonyms: ['mtx', 'amethopterin'],
    brands: ['Trexall', 'Otrexup', 'Rasuvo', 'Xatmep', 'Metoject', 'Jylamvo', 'Rheumatrex'],
    chinese: ['甲氨蝶呤', '氨甲蝶呤'],
    atc: ['L01BA01', 'L04AX03'],
  }),
  hep('methyldopa', {
    synonyms: ['alpha methyldopa', 'methyldopate'],
    brands: ['Aldomet'],
    chinese: ['甲基多巴', '爱道美'],
    atc: ['C02AB01', 'C02AB02'],
  }),
  hep('rifampicin', {
    synonyms: ['rifampin'],
    brands: ['Rifadin', 'Rimactane', 'Rifinah', 'Rifater', 'Rifamate'],
    chinese: ['利福平'],
    atc: ['J04AB02'],
  }),
  hep('rifapentine', { brands: ['Priftin'], chinese: ['利福喷丁'], atc: ['J04AB05'] }, 'review'),
  hep('rifabutin', { brands: ['Mycobutin'], chinese: ['利福布汀'], atc: ['J04AB04'] }, 'review'),
];

/** Traditional Chinese medicine, by keyword or common product/herb name: prohibited. */
export const TCM_NAMES: readonly string[] = [
  // keywords (English)
  'traditional chinese medicine',
  'tcm',
  'chinese herbal',
  'chinese herbs',
  'chinese herb',
  'herbal decoction',
  'decoction',
  'chinese patent medicine',
  'proprietary chinese medicine',
  // keywords (Chinese)
  '中药',
  '中成药',
  '中药饮片',
  '饮片',
  '草药',
  '汤剂',
  '汤药',
  '煎剂',
  '膏方',
  '配方颗粒',
  // proprietary Chinese medicines and herbs (Chinese)
  '片仔癀',
  '安宫牛黄',
  '六味地黄',
  '逍遥丸',
  '连花清瘟',
  '板蓝根',
  '复方丹参',
  '丹参',
  '华蟾素',
  '康莱特',
  '艾迪注射液',
  '槐耳',
  '西黄丸',
  '平消胶囊',
  '复方苦参',
  '参一胶囊',
  '金龙胶囊',
  '小柴胡',
  '血府逐瘀',
  '何首乌',
  '雷公藤',
  '黄药子',
  '补骨脂',
  '三七',
  '云南白药',
  '藿香正气',
  '双黄连',
  '清开灵',
  '黄芪',
  '人参',
  '灵芝',
  '冬虫夏草',
  '当归',
  // pinyin / English product names
  'pien tze huang',
  'pianzaihuang',
  'lianhua qingwen',
  'liuwei dihuang',
  'xiaoyao',
  'banlangen',
  'yunnan baiyao',
  'huaier',
  'xiao chai hu',
  'tripterygium',
  'polygonum multiflorum',
  'fo ti',
  'ginseng',
  'lingzhi',
  'cordyceps',
  'dong quai',
  'astragalus',
];

/** Chinese dosage-form endings typical of TCM preparations: a name ending so is `review`. */
export const TCM_SUFFIXES: readonly string[] = ['汤', '丸', '散', '膏', '丹'];

/** Name stems of antineoplastic classes (USAN/INN): a name with one is `review`. */
export const ANTINEOPLASTIC_STEMS: readonly string[] = [
  'tinib',
  'platin',
  'rubicin',
  'taxel',
  'mustine',
  'ciclib',
  'lisib',
  'zomib',
  'parib',
  'rafenib',
];

/** ATC classes: a medication coded in one gets this verdict. Longest prefix wins. */
export const ATC_CLASS_RULES: ReadonlyArray<{
  prefix: string;
  verdict: 'prohibited' | 'review';
  category: ProhibitedCategory;
  label: string;
  rule: string;
}> = [
  {
    prefix: 'L01',
    verdict: 'prohibited',
    category: 'antitumour',
    label: 'L01 antineoplastic agents',
    rule: MEDICATION_RULES.antitumour,
  },
  {
    prefix: 'V10X',
    verdict: 'prohibited',
    category: 'antitumour',
    label: 'V10X other therapeutic radiopharmaceuticals (PRRT)',
    rule: MEDICATION_RULES.antitumour,
  },
  {
    prefix: 'V10',
    verdict: 'review',
    category: 'antitumour',
    label: 'V10 therapeutic radiopharmaceuticals',
    rule: MEDICATION_RULES.antitumour,
  },
  {
    prefix: 'L02',
    verdict: 'review',
    category: 'antitumour',
    label: 'L02 endocrine therapy (antineoplastic hormones)',
    rule: MEDICATION_RULES.antitumour,
  },
  {
    prefix: 'H01CB',
    verdict: 'review',
    category: 'antitumour',
    label: 'H01CB somatostatin and analogues',
    rule: MEDICATION_RULES.somatostatin,
  },
  {
    prefix: 'L03AB',
    verdict: 'review',
    category: 'antitumour',
    label: 'L03AB interferons',
    rule: MEDICATION_RULES.antitumour,
  },
  {
    prefix: 'J04AM',
    verdict: 'review',
    category: 'hepatotoxic',
    label: 'J04AM antituberculosis combinations (often contain rifampicin)',
    rule: MEDICATION_RULES.hepatotoxic,
  },
];

/** Names that resemble a prohibited one but are a different, allowed drug, and why. */
export const LOOK_ALIKES: ReadonlyArray<{
  /** Names the look-alike's reason (`medication-reasons.ts`). */
  id: LookAlikeId;
  names: readonly string[];
  resembles: string;
  why: string;
}> = [
  {
    id: 'rifaximin',
    names: ['rifaximin', '利福昔明', 'xifaxan'],
    resembles: 'rifampicin',
    why: 'rifaximin is a gut-selective rifamycin (< 0.4 % absorbed), not rifampicin; not on the protocol list',
  },
  {
    id: 'phenylephrine',
    names: ['phenylephrine', '去氧肾上腺素', '苯肾上腺素'],
    resembles: 'phenylbutazone / phenytoin',
    why: 'phenylephrine is an α1-agonist decongestant/vasopressor, not phenylbutazone or phenytoin',
  },
  {
    id: 'methylprednisolone',
    names: ['methylprednisolone', '甲泼尼龙', '甲基强的松龙', 'medrol', 'solu medrol'],
    resembles: 'methotrexate / methyldopa',
    why: 'methylprednisolone is a corticosteroid, not methotrexate or methyldopa',
  },
  {
    id: 'carbidopa',
    names: ['carbidopa', '卡比多巴', '甲基多巴肼'],
    resembles: 'methyldopa',
    why: 'carbidopa (α-甲基多巴肼) is a decarboxylase inhibitor given with levodopa, not methyldopa',
  },
  {
    id: 'phenylbutyrate',
    names: ['sodium phenylbutyrate', 'phenylbutyrate'],
    resembles: 'phenylbutazone',
    why: 'phenylbutyrate is an ammonia scavenger, not phenylbutazone',
  },
  {
    id: 'sstr-tracer',
    names: [
      '68 ga dotatate',
      'ga 68 dotatate',
      'gallium 68',
      '68 ga dotatoc',
      'ga 68 dotatoc',
      'netspot',
      '64 cu dotatate',
      'detectnet',
      'octreoscan',
      '111 in pentetreotide',
    ],
    resembles: '177Lu-dotatate (PRRT)',
    why: 'a 68Ga/64Cu/111In somatostatin-receptor tracer is diagnostic imaging, not PRRT',
  },
];
