/**
 * The eligibility checklist's findings in Simplified Chinese (English templates: core
 * `subjects/eligibility-reasons.ts`). `{classification}`, `{origin}` and `{sample}` arrive
 * already named in the reader's language (`screens/enrolment/use-explain-finding.ts`).
 */
import type { ELIGIBILITY_REASONS } from '../../core/subjects/eligibility-reasons.ts';

export const ELIGIBILITY_REASONS_ZH_CN: Record<keyof typeof ELIGIBILITY_REASONS, string> = {
  'eligibility.no-consent': '未记录知情同意',
  'eligibility.consent-after-check': '知情同意签署于 {signedDate}，晚于核查日 {checkDate}',
  'eligibility.consent-version-after-check':
    '知情同意签署于 {signedDate}（版本 {version}），晚于核查日 {checkDate}',
  'eligibility.consent-withdrawn': '知情同意已于 {withdrawnDate} 撤回',
  'eligibility.consent-signed': '知情同意签署于 {signedDate}',
  'eligibility.consent-version-signed': '知情同意签署于 {signedDate}（版本 {version}）',
  'eligibility.no-birth-date': '未记录出生日期',
  'eligibility.age-at-least': '{checkDate} 时年龄 {age} 岁（出生于 {birthDate}）≥ {minAge}',
  'eligibility.age-below': '{checkDate} 时年龄 {age} 岁（出生于 {birthDate}）< {minAge}',
  'eligibility.age-partial-at-least':
    '出生于 {birthDate}（{earliest} 至 {latest} 之间）：无论具体哪天出生，{checkDate} 时年龄至少 {age} 岁 ≥ {minAge}',
  'eligibility.age-partial-below':
    '出生于 {birthDate}（{earliest} 至 {latest} 之间）：无论具体哪天出生，{checkDate} 时年龄至多 {age} 岁 < {minAge}',
  'eligibility.age-partial-undecided':
    '出生于 {birthDate}（{earliest} 至 {latest} 之间）：{checkDate} 时年龄为 {youngest} 或 {oldest} 岁，取决于出生日；需完整出生日期才能判断年龄 ≥ {minAge}',
  'eligibility.men1-results-after-check': '{count} 项结果报告于 {checkDate} 之后，未采用',
  'eligibility.no-men1-result': '无 MEN1 突变检测结果',
  'eligibility.men1-variant': '{sample}样本中的{origin}{classification} MEN1 变异 {hgvs}',
  'eligibility.men1-variant-lab':
    '{sample}样本中的{origin}{classification} MEN1 变异 {hgvs}，{lab}',
  'eligibility.men1-variant-reported':
    '{sample}样本中的{origin}{classification} MEN1 变异 {hgvs}，报告于 {reportDate}',
  'eligibility.men1-variant-lab-reported':
    '{sample}样本中的{origin}{classification} MEN1 变异 {hgvs}，{lab}，报告于 {reportDate}',
  'eligibility.men1-pathogenic-counts': '致病或可能致病变异符合要求',
  'eligibility.men1-none-pathogenic': '无致病或可能致病的 MEN1 变异（意义不明及良性类别不计）',
  'eligibility.no-baseline-alt': '无基线 ALT 结果',
  'eligibility.alt-not-baseline':
    '{altDate} 的 ALT 不是基线值：须在计划开始日 {start} 前 {days} 天内检测（schedule.screeningWindowDays）',
  'eligibility.alt-above-limit':
    'ALT {value} = {timesUln} × ULN（ULN {uln}）> {maxTimesUln} × ULN：不适合使用来氟米特（说明书）',
  'eligibility.alt-within-limit':
    'ALT {value} = {timesUln} × ULN（ULN {uln}）≤ {maxTimesUln} × ULN',
  'eligibility.no-recist-baseline': '无 RECIST 1.1 基线评估',
  'eligibility.measurable': '至少一个可测量病灶（RECIST 1.1）',
  'eligibility.not-measurable': '无可测量病灶（RECIST 1.1）',
  'eligibility.no-imaging-date': '无基线影像学检查日期',
  'eligibility.no-planned-start': '无计划治疗开始日期，无法倒推计算',
  'eligibility.imaging-after-start':
    '影像学检查日期 {imagingDate} 晚于计划开始日 {start}：不能作为基线',
  'eligibility.imaging-within':
    '影像学检查日期 {imagingDate}，在计划开始日 {start} 前 {days} 天（≤ {maxDays}）',
  'eligibility.imaging-too-old':
    '影像学检查日期 {imagingDate}，在计划开始日 {start} 前 {days} 天（> {maxDays}：须重新进行基线影像学检查）',
  'eligibility.manual-missing': '研究者尚未作答',
  'eligibility.manual-yes': '研究者：是 — {evidence}',
  'eligibility.manual-no': '研究者：否 — {evidence}',
  'eligibility.all-pass': '{studyId} v{version} 的全部 {count} 条标准均符合',
  'eligibility.criterion': '{criterionId}：{findings}',
};
