/** Simplified Chinese of the safety rules; keys and placeholders as `SAFETY_RULES`. */
import type { SAFETY_RULES } from '../../../core/shared/rules/safety.rules.ts';

export const safetyRulesZhCN: Record<keyof typeof SAFETY_RULES, string> = {
  'resolution-after-onset': '转归日期早于发生日期',
  'onset-after-death': '发生日期晚于死亡日期',
  'grade5-requires-death-record': '5 级事件需先记录死亡',
  'grade5-end-equals-death-date': '5 级事件的结束日期应为死亡日期',
  'grade5-outcome-fatal': '5 级事件的结局应为死亡',
  'grade5-serious-death': '5 级事件为严重不良事件，严重性标准为死亡',
  'fatal-outcome-requires-grade5': '结局为死亡的事件应为 5 级',
  'sae-report-needs-serious-ae': '只有严重不良事件才能作为 SAE 报告',
  'sae-needs-awareness': '严重不良事件需要填写研究中心获知时间（开始 24 小时报告计时）',
  'sae-already-reported': '该 SAE 已报告',
  'after-awareness': '报告时间不能早于研究中心获知时间',
  'alert-acknowledge-open-only': '只能确认未处理的警报',
  'unknown-unit': '未知单位',
  'out-of-range': '数值超出范围',
  'alt-only': '此处仅对 ALT 结果分级',
  ascending: '周期必须按编号和日期递增排列',
  'stop-after-start': '停止日期早于开始日期',
  'medication-review':
    '研究者审核：“{name}”（{drug}）可能属于禁用药物。它是否为抗肿瘤治疗，或对该受试者属于其他禁用情形？',
  'prohibited-medication-dates':
    '禁用药物“{name}”（{drug}）的日期不完整或缺失，可能与治疗期重叠。请补全开始和停止日期。',
  'prohibited-medication-before-day1':
    '禁用药物“{name}”（{drug}）记录为第 1 天前仍在使用。请确认在首次服用来氟米特前已停用。',
};
