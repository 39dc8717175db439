/**
 * zh-CN of the prohibited-medication reasons (`core/safety/medication-reasons.ts`), built over
 * the same closed lists as the English (verdict, what the name matched on, the protocol rule,
 * known or open dates): 禁用药物, 需审核, 通用名/商品名, 抗肿瘤治疗, 肝毒性药物, 中药, 来氟米特.
 */
import type {
  AlertSummaryCode,
  DeviationCode,
  HitCode,
  LookAlikeCode,
  MEDICATION_REASONS,
  OverlapCode,
  RuleCode,
  RuleKey,
} from '../../core/safety/medication-reasons.ts';
import {
  CATEGORIES,
  HIT_VERDICTS,
  MATCHED_ON,
  OVERLAP_ENDS,
  RULE_KEYS,
} from '../../core/safety/medication-reasons.ts';

const VERDICT = { prohibited: '禁用', review: '需审核' } as const;
const ON: Record<(typeof MATCHED_ON)[number], string> = {
  generic: '通用名',
  synonym: '同义名',
  brand: '商品名',
  chinese: '中文名',
  'tcm-name': '中药名称',
  atc: 'ATC 编码',
  'atc-class': 'ATC 类别',
  'name-stem': '名称词干',
  'tcm-suffix': '中药剂型后缀',
  'near-miss': '近似拼写',
};
const RULE: Record<RuleKey, string> = {
  antitumour: '方案：研究期间禁止其他抗肿瘤治疗',
  somatostatin:
    '方案：禁止其他抗肿瘤治疗；生长抑素类似物亦用于神经内分泌肿瘤（NET）症状控制，方案未列名 → 由研究者审核',
  hepatotoxic: '方案：禁用肝毒性药物保泰松、苯妥英、甲氨蝶呤、甲基多巴和利福平',
  tcm: '方案：禁用中药（中药汤剂和中成药）',
  interferon:
    '方案：禁止其他抗肿瘤治疗；α干扰素是较早用于神经内分泌肿瘤的治疗药物，另有其他用途 → 需审核',
  dotaPeptide:
    '方案：禁止肽受体放射性核素治疗（PRRT）；未标明核素的 DOTA 肽可能用于治疗（177Lu）或显像（68Ga）→ 需审核',
  sirolimus: '方案：禁止其他抗肿瘤治疗；西罗莫司与依维莫司同为 mTOR 抑制剂 → 需审核',
  teriflunomide: '不在方案禁用清单中，但为研究药物来氟米特的活性代谢物（双重暴露）→ 需审核',
};
const EXTENSION: Partial<Record<(typeof MATCHED_ON)[number], string>> = {
  'name-stem': '；名称词干“-{stem}”属于抗肿瘤药物类别 → 需审核',
  'near-miss': '；“{term}”与“{target}”相差 {distance} 处编辑 → 需审核，不作猜测',
  'tcm-suffix': '；“{term}”以 {suffix} 结尾，为中药剂型 → 需审核',
};
const CATEGORY = { antitumour: '抗肿瘤治疗', hepatotoxic: '肝毒性药物', tcm: '中药' } as const;

function family<C extends string>(entries: Array<[C, string]>): Record<C, string> {
  return Object.fromEntries(entries) as Record<C, string>;
}

const HITS = family<HitCode>(
  HIT_VERDICTS.flatMap((v) =>
    MATCHED_ON.flatMap((on) =>
      RULE_KEYS.map((r): [HitCode, string] => {
        const drug = on === 'tcm-name' || on === 'tcm-suffix' ? '中药' : '{drug}';
        const text = `${VERDICT[v]}：${ON[on]}“{term}”→ ${drug}（${RULE[r]}${EXTENSION[on] ?? ''}）`;
        return [`medication.hit-${v}-${on}-${r}`, text];
      }),
    ),
  ),
);

const OVERLAPS = family<OverlapCode>(
  OVERLAP_ENDS.flatMap((e): Array<[OverlapCode, string]> => {
    const med = `用药 ${e.startsWith('start-') ? '{medStart}' : '开始日期不详'} 至 ${e.includes('-stop-') ? '{medStop}' : '仍在使用'}`;
    const trt = `治疗 {treatmentStart} 至 ${e.endsWith('-end') ? '{treatmentEnd}' : '仍在进行'}`;
    return [
      [`medication.no-overlap-${e}`, `${med}，与${trt}不重叠`],
      [`medication.possibly-${e}`, `${med}：仅在对其不完整或缺失日期的某些解读下与${trt}重叠`],
      [`medication.overlaps-${e}-until`, `${med}，与${trt}自 {from} 至 {to} 重叠`],
      [`medication.overlaps-${e}-open`, `${med}，与${trt}自 {from} 起重叠，仍在持续`],
    ];
  }),
);

const ALERTS = family<AlertSummaryCode>(
  CATEGORIES.flatMap((c) =>
    MATCHED_ON.map((on): [AlertSummaryCode, string] => [
      `medication.alert-${c}-${on}`,
      `禁用药物“{name}”（{drug}，${CATEGORY[c]}，按${ON[on]}“{term}”匹配）自 {from} 起于治疗期间使用`,
    ]),
  ),
);

const DEVIATIONS = family<DeviationCode>(
  CATEGORIES.flatMap((c) =>
    MATCHED_ON.flatMap((on): [DeviationCode, string][] => {
      const what = `禁用药物“{name}”（{drug}，${CATEGORY[c]}，按${ON[on]}“{term}”匹配）于治疗期间使用，自 {from}`;
      return [
        [`medication.deviation-${c}-${on}`, `${what} 至 {to}`],
        [`medication.deviation-ongoing-${c}-${on}`, `${what} 起，仍在使用`],
      ];
    }),
  ),
);

const LOOK_ALIKES: Record<LookAlikeCode, string> = {
  'medication.look-alike-rifaximin':
    '{term}：利福昔明是肠道选择性利福霉素（吸收 < 0.4 %），不是利福平；不在方案清单中',
  'medication.look-alike-phenylephrine':
    '{term}：去氧肾上腺素是 α1 受体激动剂类减充血剂/升压药，不是保泰松或苯妥英',
  'medication.look-alike-methylprednisolone':
    '{term}：甲泼尼龙是糖皮质激素，不是甲氨蝶呤或甲基多巴',
  'medication.look-alike-carbidopa':
    '{term}：卡比多巴（α-甲基多巴肼）是与左旋多巴合用的脱羧酶抑制剂，不是甲基多巴',
  'medication.look-alike-phenylbutyrate': '{term}：苯丁酸钠是氨清除剂，不是保泰松',
  'medication.look-alike-sstr-tracer':
    '{term}：68Ga/64Cu/111In 生长抑素受体示踪剂用于诊断显像，不是肽受体放射性核素治疗（PRRT）',
};

export const MEDICATION_REASONS_ZH_CN: Record<keyof typeof MEDICATION_REASONS, string> = {
  ...HITS,
  ...OVERLAPS,
  ...ALERTS,
  ...DEVIATIONS,
  ...LOOK_ALIKES,
  ...(Object.fromEntries(RULE_KEYS.map((k) => [`medication.rule-${k}`, RULE[k]])) as Record<
    RuleCode,
    string
  >),
  'medication.inside-look-alike': '“{term}”是相似药名的一部分，不是 {drug}',
  'medication.no-match': '“{name}”未匹配任何禁用药物、药物类别或中药名称',
  'medication.not-on-treatment': '受试者未入组：尚无治疗期',
};
