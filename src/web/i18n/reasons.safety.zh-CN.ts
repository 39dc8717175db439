/**
 * zh-CN of the leflunomide liver rules' and SAE clock's reasons (`core/safety/safety-reasons.ts`):
 * 丙氨酸氨基转移酶 (ALT), 正常值上限 (ULN), 总胆红素, 碱性磷酸酶 (ALP), 海氏法则 (Hy's law),
 * 来氟米特, 全血细胞计数 (FBC), 严重不良事件 (SAE).
 */
import type { SAFETY_REASONS } from '../../core/safety/safety-reasons.ts';

const ALT_AT = 'ALT {value} {unit}（{date}）= {times} × ULN（{uln}）';
const OVERDUE = '逾期 {days} 天（{rhythm}检测应于 {due} 完成，窗口期至 {windowEnd} 结束）';
const FBC = '全血细胞计数（FBC）';
const rhythm = (what: string, r: string) => `${what}${OVERDUE.replace('{rhythm}', r)}`;

export const SAFETY_REASONS_ZH_CN: Record<keyof typeof SAFETY_REASONS, string> = {
  'safety.alt-interrupt': `${ALT_AT}：>3 × ULN`,
  'safety.alt-reduction': `${ALT_AT}：>2–3 × ULN`,
  'safety.baseline-alt-missing': '无基线丙氨酸氨基转移酶（ALT）结果',
  'safety.baseline-alt-no-uln': '{date} 的基线 ALT 无正常值上限（ULN）',
  'safety.baseline-alt-not-eligible': `基线 ${ALT_AT}：>2 × ULN`,
  'safety.baseline-alt-eligible': `基线 ${ALT_AT}：≤2 × ULN（入选标准：基线 ALT >2 × ULN → 不符合入选）`,
  'safety.hys-aminotransferase': '{test} {value} {unit}（{date}）= {times} × ULN（≥3）',
  'safety.hys-bilirubin':
    '总胆红素 {value} {unit}（{date}）= {times} × ULN（≥2），相隔 {days} 天（≤{window}）',
  'safety.hys-alp': '碱性磷酸酶（ALP）{value} {unit}（{date}）= {times} × ULN（<2）',
  'safety.hys-no-alp': '{window} 天内无碱性磷酸酶（ALP）结果：未能排除胆汁淤积',
  'safety.weekly-above-2': '最近一次 ALT（{date}）> 2 × ULN：每周检测',
  'safety.weekly-until-normal': '{date} ALT > 3 × ULN，此后未恢复至 ≤ ULN：每周检测直至恢复正常',
  'safety.monitoring-not-started': '{asOf} 早于治疗开始日 {start}',
  'safety.baseline-due': '基线 {what} 应在首次给药前完成（{from} 至 {to}）',
  'safety.next-due':
    '上次 {what} 为 {last}；下次应于第 {cycle} 周期第 1 天（{due}）±{window} 天检测',
  'safety.not-required': '末次给药（{date}）后：无需常规 {what} 检测',
  'safety.overdue': '至 {windowEnd} 无 {what} 结果：截至 {asOf} 已逾期 {days} 天',
  'safety.summary-alt-reduction':
    '{date} ALT {times} × ULN：考虑将来氟米特减量至 10 mg，每周检测 ALT',
  'safety.summary-alt-interrupt': '{date} ALT {times} × ULN：暂停来氟米特并开始洗脱',
  'safety.summary-hys-law':
    '可能的海氏法则（Hy’s law）：{date} {test} {times} × ULN，{biliDate} 胆红素 {biliTimes} × ULN',
  'safety.summary-baseline-alt': '{date} 基线 ALT {times} × ULN（> 2 × ULN）：不符合入选',
  'safety.summary-overdue-ALT-baseline': rhythm('ALT ', '基线'),
  'safety.summary-overdue-ALT-every-cycle': rhythm('ALT ', '每周期'),
  'safety.summary-overdue-ALT-every-2-cycles': rhythm('ALT ', '每 2 个周期'),
  'safety.summary-overdue-ALT-weekly': rhythm('ALT ', '每周'),
  'safety.summary-overdue-FBC-baseline': rhythm(FBC, '基线'),
  'safety.summary-overdue-FBC-every-cycle': rhythm(FBC, '每周期'),
  'safety.summary-overdue-FBC-every-2-cycles': rhythm(FBC, '每 2 个周期'),
  'safety.summary-overdue-FBC-weekly': rhythm(FBC, '每周'),
  'safety.summary-sae': '严重不良事件（SAE）“{term}” {grade} 级（{criteria}），获知时间 {awareAt}',
  'safety.rule-alt-reduction': '来氟米特方案：ALT >2–3 × ULN → 考虑减量至 10 mg 并每周检测',
  'safety.rule-alt-interrupt':
    '来氟米特方案：ALT >3 × ULN → 暂停用药并洗脱（考来烯胺 8 g 每日三次 × 11 天或活性炭），每周检测肝功能直至恢复正常',
  'safety.rule-hys-law':
    '可能的海氏法则（Hy’s law）：ALT 或 AST ≥3 × ULN，且 14 天内总胆红素 ≥2 × ULN，ALP <2 × ULN',
  'safety.rule-baseline-eligibility': '入选标准：基线 ALT >2 × ULN → 不符合入选',
  'safety.rule-monitoring':
    '来氟米特方案：开始前检测 ALT 和全血细胞计数，第 1–6 周期每周期一次，之后每 2 个周期（6–8 周）一次，ALT >2 × ULN 期间每周一次；窗口期 ±3 天',
  'safety.rule-sae': 'ICH E2A：严重不良事件（SAE）须在获知后 24 小时内报告申办方',
  'safety.sae-on-time': '已于 {reportedAt} 报告，未超过截止时间 {dueAt}',
  'safety.sae-late': '已于 {reportedAt} 报告，晚于截止时间 {dueAt}（迟 {minutes} 分钟）',
  'safety.sae-pending': '尚未报告；截止时间 {dueAt}，剩余 {minutes} 整分钟',
  'safety.sae-past-due': '尚未报告且已超过截止时间 {dueAt}',
};
