/**
 * zh-CN of the CTCAE v5.0 lab grading reasons (`core/safety/ctcae-reasons.ts`). Terms as the
 * Chinese CTCAE 5.0: 正常值上限 (ULN), 正常值下限 (LLN), 基线值, 分级 "n 级"; the graded terms
 * as 常见不良事件评价标准 5.0 版 names them.
 */
import type { CTCAE_REASONS } from '../../core/safety/ctcae-reasons.ts';

const X_ULN = '{shown} = {times} × ULN（{ref} {unit}）';
const X_BL = '{shown} = {times} × 基线值（{ref} {unit}）';
const NO_ULN_CREAT = '{shown}：无法分级，缺少正常值上限（ULN）（1 级和 4 级相对于 ULN）';
const FLOOR = `${NO_ULN_CREAT}；按基线值至少为 {grade} 级（{times} × 基线值（{ref} {unit}）：`;
const HIGHER = '{times} × 基线值（{ref} {unit}）：';
const STORED = '{test} {value} {unit}（{date}）：无法分级，';

export const CTCAE_REASONS_ZH_CN: Record<keyof typeof CTCAE_REASONS, string> = {
  'ctcae.relative-no-uln': '{shown}：无法分级，缺少正常值上限（ULN）（各级均相对于 ULN）',
  'ctcae.baseline-abnormal': '基线值 {baseline} > ULN {uln}：基线异常，按基线值倍数分级',
  'ctcae.no-baseline-uln-rules': '未提供基线值：按 ULN 倍数分级（基线正常规则）',
  'ctcae.uln-band': `${X_ULN}：{band} → {grade} 级`,
  'ctcae.uln-not-above': `${X_ULN}：未超过 {edge} → 0 级`,
  'ctcae.uln-not-at-or-above': `${X_ULN}：未达到 {edge} → 0 级`,
  'ctcae.baseline-band-top': `${X_BL}：{op}{lower} × 基线值 → {grade} 级`,
  'ctcae.baseline-band-ref': `${X_BL}：{op}基线值 → {grade} 级`,
  'ctcae.baseline-band': `${X_BL}：{op}{lower}–{upper} × 基线值 → {grade} 级`,
  'ctcae.baseline-band-from-ref': `${X_BL}：{op}基线值–{upper} × 基线值 → {grade} 级`,
  'ctcae.baseline-not-above': `${X_BL}：未超过 {lower} × 基线值 → 0 级`,
  'ctcae.baseline-not-above-ref': `${X_BL}：未超过基线值 → 0 级`,
  'ctcae.baseline-not-at-or-above': `${X_BL}：未达到 {lower} × 基线值 → 0 级`,
  'ctcae.baseline-not-at-or-above-ref': `${X_BL}：未达到基线值 → 0 级`,
  'ctcae.creat-no-uln': NO_ULN_CREAT,
  'ctcae.creat-no-uln-floor-top': `${FLOOR}{op}{lower} × 基线值）`,
  'ctcae.creat-no-uln-floor-ref': `${FLOOR}{op}基线值）`,
  'ctcae.creat-no-uln-floor': `${FLOOR}{op}{lower}–{upper} × 基线值）`,
  'ctcae.creat-no-uln-floor-from-ref': `${FLOOR}{op}基线值–{upper} × 基线值）`,
  'ctcae.creat-baseline-higher-top': `${HIGHER}{op}{lower} × 基线值 → {grade} 级（较高，采用）`,
  'ctcae.creat-baseline-higher-ref': `${HIGHER}{op}基线值 → {grade} 级（较高，采用）`,
  'ctcae.creat-baseline-higher': `${HIGHER}{op}{lower}–{upper} × 基线值 → {grade} 级（较高，采用）`,
  'ctcae.creat-baseline-higher-from-ref': `${HIGHER}{op}基线值–{upper} × 基线值 → {grade} 级（较高，采用）`,
  'ctcae.creat-no-baseline': '未提供基线值：未采用相对基线值的界值',
  'ctcae.grade4-clinical': '4 级按临床后果定义，而非按检验数值',
  'ctcae.absolute-band-top': '{shown}：<{below} {unit} → {grade} 级',
  'ctcae.absolute-band': '{shown}：<{below}–{lowerEnd} {unit} → {grade} 级',
  'ctcae.lln-missing':
    '{shown}：无法分级，缺少正常值下限（LLN）（数值 ≥ {limit} {unit}，为 0 级或 1 级取决于 LLN）',
  'ctcae.below-lln': '{shown}：<LLN（{lln}）–{limit} {unit} → 1 级',
  'ctcae.not-below-lln': '{shown}：不低于 LLN（{lln} {unit}）→ 0 级',
  'ctcae.term-ALT': 'CTCAE v{version}“丙氨酸氨基转移酶升高”',
  'ctcae.term-AST': 'CTCAE v{version}“天门冬氨酸氨基转移酶升高”',
  'ctcae.term-ALP': 'CTCAE v{version}“碱性磷酸酶升高”',
  'ctcae.term-GGT': 'CTCAE v{version}“γ-谷氨酰转移酶（GGT）升高”',
  'ctcae.term-BILI': 'CTCAE v{version}“血胆红素升高”',
  'ctcae.term-CREAT': 'CTCAE v{version}“肌酐升高”',
  'ctcae.term-NEUT': 'CTCAE v{version}“中性粒细胞计数降低”',
  'ctcae.term-PLAT': 'CTCAE v{version}“血小板计数降低”',
  'ctcae.term-WBC': 'CTCAE v{version}“白细胞计数降低”',
  'ctcae.term-LYMPH': 'CTCAE v{version}“淋巴细胞计数降低”',
  'ctcae.term-HGB': 'CTCAE v{version}“贫血”',
  'ctcae.name-ALT': '丙氨酸氨基转移酶升高',
  'ctcae.name-AST': '天门冬氨酸氨基转移酶升高',
  'ctcae.name-ALP': '碱性磷酸酶升高',
  'ctcae.name-GGT': 'γ-谷氨酰转移酶（GGT）升高',
  'ctcae.name-BILI': '血胆红素升高',
  'ctcae.name-CREAT': '肌酐升高',
  'ctcae.name-NEUT': '中性粒细胞计数降低',
  'ctcae.name-PLAT': '血小板计数降低',
  'ctcae.name-WBC': '白细胞计数降低',
  'ctcae.name-LYMPH': '淋巴细胞计数降低',
  'ctcae.name-HGB': '贫血',
  'ctcae.stored-not-number': `${STORED}数值不是 ≥ 0 的数字`,
  'ctcae.stored-no-unit': `${STORED}未记录单位`,
  'ctcae.stored-unknown-unit': `${STORED}未知单位“{given}”（可接受：{accepted}）`,
  'ctcae.stored-range-not-numeric': `${STORED}参考范围不是数字`,
  'ctcae.stored-uln-not-positive': `${STORED}ULN 必须 > 0`,
  'ctcae.baseline-from': '基线值取自 {date}',
  'ctcae.cycle-starts':
    '第 1 周期始于第 1 天（{day1}）；之后各周期始于该周期首次发药日，否则为前一周期开始后 {days} 天',
  'ctcae.dispensing-not-after':
    '第 {cycle} 周期发药日 {date} 不晚于第 {previous} 周期开始日 {previousStart}：采用名义开始日',
  'ctcae.not-enrolled': '未入组：无第 1 天，因此无治疗期最差分级',
  'ctcae.on-treatment-results':
    '自第 {cycle} 周期（{start}）起的治疗期结果 {count} 项；周期区间为 [开始日, 下一周期开始日)',
  'ctcae.pre-treatment-apart': '治疗前结果 {count} 项单独报告，不计为毒性',
  'ctcae.worst-grade': '最差分级 {grade} 级，首次见于 {date}，共 {graded} 项已分级结果',
  'ctcae.worst-grade-some-not-gradable':
    '最差分级 {grade} 级，首次见于 {date}，共 {graded} 项已分级结果；{notGradable} 项无法分级，已忽略',
  'ctcae.all-not-gradable': '全部 {count} 项结果均无法分级：无最差分级',
};
