/**
 * Simplified Chinese strings of a specimen's partial uses; keys and `{placeholders}` match
 * `messages.specimen-uses.en.ts` (the catalogue test checks). Spread into `messages.zh-CN.ts`.
 */
import type { specimenUsesEn } from './messages.specimen-uses.en.ts';

export const specimenUsesZhCN: Record<keyof typeof specimenUsesEn, string> = {
  'uses.title': '{label} 的部分使用',
  'uses.formTitle': '登记 {label} 的部分使用',
  'uses.quantity': '使用量（{unit}）',
  'uses.remainingHint': '剩余 {remaining} {unit}（共 {initial} {unit}）。',
  'uses.purpose': '使用目的',
  'uses.purpose.genetic-testing': '基因检测',
  'uses.purpose.protocol-test': '方案规定检测',
  'uses.purpose.research': '科研',
  'uses.purpose.quality-control': '质量控制',
  'uses.purpose.other': '其他',
  'uses.purpose.aliquoting': '分装',
  'uses.occurredAt': '使用日期和时间',
  'uses.save': '登记使用',
  'uses.saved': '已使用 {quantity} {unit}；剩余 {remaining} {unit}。',
  'uses.notInHand': '样本当前状态为“{state}”，不能登记使用。',
  'uses.history': '{label} 的使用记录',
  'uses.none': '{label} 尚未被取用。',
  'uses.when': '时间',
  'uses.amount': '用量',
  'uses.remainingAfter': '使用后剩余',
  'uses.by': '操作人',
  'uses.error.required': '必填。',
  'uses.error.decimal': '请填写数字，例如 1.5（最多 3 位小数）。',
  'uses.error.wholeUnits': '须按整数计（{unit}）。',
  'uses.error.positive': '用量须大于 0。',
  'uses.error.exceedsRemaining': '超过剩余的 {remaining} {unit}。',
  'uses.error.beforeCollection': '早于样本采集时间。',
  'uses.error.future': '不能是将来的时间。',
  'uses.error.consentGenetic': '受试者的知情同意不允许进行基因检测。',
  'uses.error.consentResearch': '受试者的知情同意不允许用于科研。',
};
