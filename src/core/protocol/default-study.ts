/**
 * The bundled default study: the leflunomide MEN-1 phase II protocol
 * (shared/protocol/leflunomide-men1-phase2.txt). Where the registry text is silent, the values
 * are the defaults of CLINICAL-RULES.md, marked as such in the text shown to users.
 */

import { defaultPanels } from './default-panels.ts';
import { registryText } from './leflunomide-men1-registry-text.ts';
import type { Phase3Outlook } from './phase3-outlook.schema.ts';
import type { StudyDefinitionInput } from './study-definition.schema.ts';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/**
 * Phase III outlook assumptions (issue 12). Also what a stored protocol version written before
 * the outlook was protocol data parses with (see `study-definition.schema.ts`), so old versions
 * and the data cuts that froze them need no migration. Control arm: placebo median PFS 4.6
 * months in advanced pancreatic NET (RADIANT-3, Yao et al., N Engl J Med 2011;364:514); control
 * ORR = the phase II p0. Every value is an assumption until the sponsor confirms it.
 */
export const defaultPhase3Outlook: Phase3Outlook = {
  alpha: 0.05,
  sides: 2,
  power: 0.8,
  allocationRatio: 1,
  survival: {
    hazardRatio: { kind: 'from-observed-median', whenMedianNotReached: 0.6 },
    controlMedianMonths: 4.6,
    accrualMonths: 24,
    followUpMonths: 12,
    dropoutPerYear: 0.05,
  },
  response: { controlOrr: 0.05, targetOrr: { kind: 'observed' }, continuityCorrection: true },
  basis: t(
    'Assumed until the sponsor confirms: α = 0.05 two-sided, power 80 %, 1:1; control median PFS 4.6 months (placebo, RADIANT-3); HR = control median / observed median (0.6 if not reached); 24 months accrual, 12 months follow-up, 5 % drop-out per year; control ORR 5 % (p0) vs the observed ORR',
    '在申办方确认前的假设：双侧 α = 0.05，把握度80%，1:1；对照组中位PFS 4.6个月（RADIANT-3安慰剂组）；HR = 对照组中位数 / 观察到的中位数（未达到时取0.6）；入组24个月，随访12个月，每年脱落5%；对照组ORR 5%（p0）对比观察到的ORR',
  ),
};

export const defaultStudyInput: StudyDefinitionInput = {
  id: 'leflunomide-men1-phase2',
  version: '1.0',
  title: t(
    'Phase II Clinical Study of Leflunomide in the Treatment of MEN-1 Neuroendocrine Tumor',
    '来氟米特治疗MEN-1神经内分泌肿瘤的II期临床研究',
  ),
  shortTitle: t('Leflunomide in MEN-1 NET (phase II)', '来氟米特治疗MEN-1 NET（II期）'),
  phase: 'II',
  design: 'single-arm',
  condition: t(
    'Advanced MEN-1 neuroendocrine tumours (second line)',
    '晚期MEN-1神经内分泌肿瘤（二线治疗）',
  ),
  registryText,
  centralBiobank: t(
    'Cancer Hospital, Chinese Academy of Medical Sciences',
    '中国医学科学院肿瘤医院',
  ),
  treatment: {
    drug: { name: t('Leflunomide tablets', '来氟米特片'), atc: 'L04AA13', tabletStrengthMg: 10 },
    startingDoseMg: 20,
    doseLevelsMg: [20, 10],
    route: 'oral',
    frequency: 'QD',
    timing: t('once daily, before bed; 28-day cycles', '每日一次，睡前口服；28天为一个周期'),
    continueUntil: t(
      'until disease progression or intolerable adverse reactions',
      '直至疾病进展或出现不可耐受的不良反应',
    ),
  },
  schedule: {
    cycleLengthDays: 28,
    screeningWindowDays: 28,
    baselineImagingMaxDaysBeforeStart: 28,
    cycleVisitWindowDays: 3,
    evaluationEveryCycles: 2,
    evaluationWindowDays: 7,
    liverMonitoring: { everyCycleThroughCycle: 6, thenEveryCycles: 2, weeklyWhileAltAboveUln: 2 },
    endOfTreatmentWithinDays: 28,
    postTreatmentImagingIntervalDays: 42,
    postTreatmentImagingWindowDays: 7,
    survivalContactIntervalDays: 42,
    survivalContactWindowDays: 7,
    horizonDays: 252,
    endOfStudyWindowDays: 7,
  },
  panels: defaultPanels,
  visits: [
    {
      kind: 'screening',
      name: t('Screening', '筛选期'),
      timing: t(
        'day −28 to −1; baseline imaging ≤ 28 days before day 1',
        '第−28至−1天；基线影像在第1天前28天内',
      ),
      panels: [
        'history',
        'physical-exam',
        'vital-signs',
        'blood-routine',
        'urine-routine',
        'liver-kidney',
        'tumour-markers',
        'ecg',
        'ct-imaging',
        'blood-biomarkers',
      ],
    },
    {
      kind: 'cycle-day-1',
      name: t('Cycle day 1', '每周期第1天'),
      timing: t('day 1 + 28 × (n − 1), ± 3 days', '第1 + 28 ×（n − 1）天，± 3天'),
      panels: [
        'history',
        'physical-exam',
        'vital-signs',
        'blood-routine',
        'urine-routine',
        'liver-kidney',
      ],
    },
    {
      kind: 'tumour-evaluation',
      name: t('Tumour evaluation (every 2 cycles)', '疗效评估（每2个周期）'),
      timing: t('days 57, 113, 169, 225, ± 7 days', '第57、113、169、225天，± 7天'),
      panels: [
        'history',
        'physical-exam',
        'vital-signs',
        'blood-routine',
        'urine-routine',
        'liver-kidney',
        'tumour-markers',
        'ecg',
        'ct-imaging',
        'blood-biomarkers',
      ],
    },
    {
      kind: 'liver-monitoring',
      name: t('Liver and blood monitoring', '肝功能和血常规监测'),
      timing: t(
        'every cycle day 1 for cycles 1–6, then every 2 cycles; weekly while ALT > 2 × ULN',
        '第1–6周期每周期第1天，之后每2个周期；ALT > 2 × ULN期间每周',
      ),
      panels: ['blood-routine', 'liver-kidney'],
    },
    {
      kind: 'end-of-treatment',
      name: t('End of treatment', '治疗结束'),
      timing: t('within 28 days after the last dose', '末次给药后28天内'),
      panels: [
        'history',
        'physical-exam',
        'vital-signs',
        'blood-routine',
        'urine-routine',
        'liver-kidney',
        'tumour-markers',
        'ecg',
        'ct-imaging',
        'blood-biomarkers',
      ],
    },
    {
      kind: 'post-treatment-imaging',
      name: t('Post-treatment imaging (every 6 weeks)', '治疗后影像随访（每6周）'),
      timing: t(
        'every 42 days after the last evaluation, ± 7 days, while off treatment without progression',
        '末次评估后每42天，± 7天，适用于未进展而停止治疗者',
      ),
      panels: ['ct-imaging', 'tumour-markers'],
    },
    {
      kind: 'survival-contact',
      name: t('Survival follow-up', '生存随访'),
      timing: t('every 42 days after end of treatment, ± 7 days', '治疗结束后每42天，± 7天'),
      panels: ['history'],
    },
    {
      kind: 'end-of-study',
      name: t('End of study (week 36)', '研究结束（第36周）'),
      timing: t('day 252, ± 7 days', '第252天，± 7天'),
      panels: ['history', 'physical-exam', 'vital-signs'],
    },
  ],
  eligibility: [
    {
      id: 'inc-consent',
      type: 'inclusion',
      text: t(
        'Written informed consent signed before any study procedure',
        '任何研究操作前签署书面知情同意书',
      ),
      rule: { kind: 'consent-signed' },
    },
    {
      id: 'inc-age',
      type: 'inclusion',
      text: t(
        'Age ≥ 18 years (default; the registry text is silent)',
        '年龄 ≥ 18岁（默认值；注册文本未规定）',
      ),
      rule: { kind: 'min-age-years', years: 18 },
    },
    {
      id: 'inc-diagnosis',
      type: 'inclusion',
      text: t(
        'Advanced (unresectable or metastatic) neuroendocrine tumour in MEN-1, for second-line treatment',
        '晚期（不可切除或转移性）MEN-1相关神经内分泌肿瘤，拟行二线治疗',
      ),
      rule: { kind: 'manual' },
    },
    {
      id: 'inc-men1',
      type: 'inclusion',
      text: t(
        'Pathogenic or likely pathogenic MEN1 variant in blood (germline) or tumour tissue (somatic)',
        '血液（胚系）或肿瘤组织（体细胞）检出致病或可能致病的MEN1基因变异',
      ),
      rule: { kind: 'men1-pathogenic-variant' },
    },
    {
      id: 'inc-measurable',
      type: 'inclusion',
      text: t('At least one measurable lesion by RECIST 1.1', '至少一个RECIST 1.1可测量病灶'),
      rule: { kind: 'measurable-disease-recist' },
    },
    {
      id: 'inc-imaging-window',
      type: 'inclusion',
      text: t(
        'Baseline imaging within 28 days before treatment start',
        '基线影像在开始治疗前28天内',
      ),
      rule: { kind: 'baseline-imaging-within-days', days: 28 },
    },
    {
      id: 'inc-alt',
      type: 'inclusion',
      text: t('Baseline ALT ≤ 2 × ULN (leflunomide label)', '基线ALT ≤ 2 × ULN（来氟米特说明书）'),
      rule: { kind: 'alt-max-times-uln', maxTimesUln: 2 },
    },
    {
      id: 'exc-pregnancy',
      type: 'exclusion',
      text: t(
        'Pregnant or breast-feeding, or unwilling to use contraception',
        '妊娠或哺乳期，或不愿采取避孕措施',
      ),
      rule: { kind: 'manual' },
    },
    {
      id: 'exc-infection-immunodeficiency',
      type: 'exclusion',
      text: t(
        'Serious active infection or severe immunodeficiency',
        '严重活动性感染或严重免疫缺陷',
      ),
      rule: { kind: 'manual' },
    },
  ],
  prohibitedMedications: [
    {
      id: 'other-antitumour',
      category: 'antitumour',
      name: t('Other antitumour therapy', '其他抗肿瘤治疗'),
      onMatch: 'prohibited',
    },
    {
      id: 'somatostatin-analogues',
      category: 'antitumour',
      name: t(
        'Somatostatin analogues (antitumour in NETs: review)',
        '生长抑素类似物（在NET中具抗肿瘤作用：需审核）',
      ),
      onMatch: 'review',
    },
    {
      id: 'phenylbutazone',
      category: 'hepatotoxic',
      name: t('Phenylbutazone', '保泰松'),
      onMatch: 'prohibited',
    },
    {
      id: 'phenytoin',
      category: 'hepatotoxic',
      name: t('Phenytoin', '苯妥英'),
      onMatch: 'prohibited',
    },
    {
      id: 'methotrexate',
      category: 'hepatotoxic',
      name: t('Methotrexate', '甲氨蝶呤'),
      onMatch: 'prohibited',
    },
    {
      id: 'methyldopa',
      category: 'hepatotoxic',
      name: t('Methyldopa', '甲基多巴'),
      onMatch: 'prohibited',
    },
    {
      id: 'rifampicin',
      category: 'hepatotoxic',
      name: t('Rifampicin', '利福平'),
      onMatch: 'prohibited',
    },
    {
      id: 'traditional-chinese-medicine',
      category: 'traditional-chinese-medicine',
      name: t(
        'Traditional Chinese medicine (herbal decoctions, proprietary Chinese medicines)',
        '中药（中药汤剂、中成药）',
      ),
      onMatch: 'prohibited',
    },
  ],
  endpoints: [
    {
      id: 'orr',
      role: 'primary',
      kind: 'response-rate',
      name: t('Objective response rate (ORR)', '客观缓解率（ORR）'),
      definition: t(
        'Percentage of patients with a confirmed complete or partial response by RECIST 1.1, up to 36 weeks',
        '经RECIST 1.1评估并确认的完全缓解或部分缓解患者的百分比，至36周',
      ),
    },
    {
      id: 'pfs',
      role: 'primary',
      kind: 'time-to-event',
      name: t('Progression-free survival (PFS)', '无进展生存期（PFS）'),
      definition: t(
        'From enrolment to tumour progression or death from any cause, up to 36 weeks',
        '从入组至肿瘤进展或任何原因死亡，至36周',
      ),
    },
    {
      id: 'os',
      role: 'secondary',
      kind: 'time-to-event',
      name: t('Overall survival (OS)', '总生存期（OS）'),
      definition: t(
        'From enrolment to death from any cause, up to 36 weeks',
        '从入组至任何原因死亡，至36周',
      ),
    },
    {
      id: 'safety',
      role: 'secondary',
      kind: 'safety',
      name: t('Adverse events (CTCAE v5.0)', '不良事件（CTCAE 5.0）'),
      definition: t(
        'Incidence and severity of adverse events graded by CTCAE v5.0',
        '按CTCAE 5.0分级的不良事件发生率和严重程度',
      ),
    },
  ],
  recist: { confirmationDays: 28, sdMinDays: 42, continuingPartialResponse: false },
  timeToEvent: {
    horizonDays: 252,
    onTreatmentAssessmentIntervalDays: 56,
    offTreatmentAssessmentIntervalDays: 42,
    assessmentWindowDays: 7,
    missedAssessmentsForCensoring: 2,
    daysPerMonth: 30.4375,
  },
  phase2Design: {
    kind: 'simon-two-stage',
    variant: 'optimal',
    p0: 0.05,
    p1: 0.2,
    alpha: 0.05,
    beta: 0.2,
    r1: 0,
    n1: 10,
    r: 3,
    n: 29,
    basis: t(
      'Assumed until the sponsor confirms: p0 = 5 %, p1 = 20 %, α = 0.05, power 80 % (Simon optimal)',
      '在申办方确认前的假设：p0 = 5%，p1 = 20%，α = 0.05，把握度80%（Simon最优设计）',
    ),
  },
  safety: {
    ctcaeVersion: '5.0',
    altIneligibleAboveTimesUln: 2,
    altReduceDoseFromTimesUln: 2,
    altInterruptAboveTimesUln: 3,
    reducedDoseMg: 10,
    hysLawWindowDays: 14,
    saeReportingHours: 24,
  },
  phase3Outlook: defaultPhase3Outlook,
};
