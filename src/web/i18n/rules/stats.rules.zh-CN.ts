/** Simplified Chinese of the statistics input rules; keys and placeholders as `STATS_RULES`. */
import type { STATS_RULES } from '../../../core/shared/rules/stats.rules.ts';

export const statsRulesZhCN: Record<keyof typeof STATS_RULES, string> = {
  'same-length': '时间和事件的长度必须相同',
  'non-empty': '至少需要一名受试者',
  'finite-min-0': '必须是 ≥ 0 的有限数',
  'zero-or-one': '必须是 0 或 1',
  'open-unit-interval': '必须严格介于 0 和 1 之间',
  'unit-interval': '必须介于 0 和 1 之间',
  'greater-than-p0': 'p1 必须大于 p0',
  positive: '必须大于 0',
  'integer-2-to-1000': '必须是 2 到 1000 之间的整数',
  'integer-min-0': '必须是 ≥ 0 的整数',
  'integer-min-1': '必须是 ≥ 1 的整数',
  'integer-0-to-n': '必须是 0 到 n 之间的整数',
  'integer-0-to-nmax': '必须是 0 到 nmax 之间的整数',
  'integer-1-to-nmax': '必须是 1 到 nmax 之间的整数',
  'stage-sizes': '各阶段样本量须为整数且 1 ≤ n1 < n',
  boundaries: '界值须为整数且 0 ≤ r1 < n1、r1 ≤ r < n',
  'at-most-n': '结果数多于设计的入组人数',
};
