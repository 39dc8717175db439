/**
 * The phase II design's reasons in Simplified Chinese (English: core `stats/simon-reasons.ts`;
 * Simon 1989 two-stage design — Simon 两阶段设计).
 */
import type { DESIGN_REASONS } from '../../core/stats/simon-reasons.ts';

export const DESIGN_REASONS_ZH_CN: Record<keyof typeof DESIGN_REASONS, string> = {
  'design.stage-1-rule':
    'Simon 两阶段设计 {r1}/{n1}，{r}/{n}：若第一阶段 {n1} 例中缓解例数 ≤ {r1}，则第一阶段后终止',
  'design.final-rule': '若 {n} 例中缓解例数 > {r}，则拒绝 H0',
  'design.stage-1-futile-at-best':
    '即使第一阶段其余受试者全部缓解，缓解例数至多为 {bestCase} ≤ {r1}',
  'design.stage-1-futile': '{responses} ≤ {r1}',
  'design.stage-1-needs-more': '第一阶段需要超过 {r1} 例缓解；尚有 {toEnrol} 例待入组',
  'design.stage-1-pending': '第一阶段已全部入组；期中决策取决于 {pending} 例尚未评价的受试者',
  'design.stage-1-passed': '第一阶段通过：缓解 {responses} 例 > {r1} 例',
  'design.h0-rejected': '{responses} > {r}：结果不会再改变',
  'design.h0-rejected-enrolling': '{responses} > {r}：结果不会再改变；可按计划完成入组至 {n} 例',
  'design.final-futile-at-best': '即使其余受试者全部缓解，缓解例数至多为 {bestCase} ≤ {r}',
  'design.final-futile': '{responses} ≤ {r}',
  'design.still-to-enrol': '尚有 {toEnrol} 例待入组',
  'design.final-pending': '决策取决于 {pending} 例尚未评价的受试者',
  'design.beyond-n': '超出设计 {n} 例之外的 {count} 例可评价疗效受试者不纳入决策',
};
