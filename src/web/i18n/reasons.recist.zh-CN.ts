/**
 * The RECIST 1.1 engine's reasons in Chinese (core/recist/recist-reason-templates.ts), with the
 * usual Chinese RECIST terms: 靶病灶, 非靶病灶, 新病灶, 直径总和, 基线, 最低值 (nadir), 确认,
 * 最佳总体疗效. Response codes (CR, PR, SD, PD, NE, NON-CR/NON-PD, MISSING) stay codes, as on
 * the case report forms; rule citations stay as the English cites them.
 */
import type { RECIST_REASON_TEMPLATES } from '../../core/recist/recist-reason-templates.ts';

export const RECIST_REASONS_ZH_CN: Record<keyof typeof RECIST_REASON_TEMPLATES, string> = {
  'recist.target-not-reported': '靶病灶 {id} 未报告 → 未评估',
  'recist.target-not-assessed': '靶病灶 {id} 未评估',
  'recist.target-split': '靶病灶 {id} 分裂：{pieces} → {total} mm（RECIST 1.1 §4.3.2）',
  'recist.target-merged':
    '靶病灶 {id} 已与 {into} 融合：在融合病灶处测量一次，此处计 0.0 mm（RECIST 1.1 §4.3.2）',
  'recist.target-too-small': '靶病灶 {id} 太小无法测量 → 计 5.0 mm（RECIST 1.1 §4.3.2）',
  'recist.target-disappeared': '靶病灶 {id} 消失 → 计 0.0 mm（RECIST 1.1 §4.3.2）',

  'recist.target-reappeared-after-cr':
    '完全缓解后靶病灶 {ids} 再次出现 → PD（RECIST 1.1 FAQ：CR 后出现任何病灶均为疾病进展）',
  'recist.target-missing-pd':
    '靶病灶 {ids} 未评估，但已测量的直径总和 {sum} mm ≥ 最低值 {nadir} mm 的 120 %，且增加 +{increase} mm ≥ 5 mm，已可判定 PD（RECIST 1.1 §4.4.2）',
  'recist.target-missing-ne':
    '靶病灶 {ids} 未评估，已测量的直径总和 {sum} mm 不能判定 PD → NE（RECIST 1.1 §4.4.2）',
  'recist.target-cr':
    '所有非淋巴结靶病灶消失，且所有靶淋巴结短径 < 10 mm（直径总和 {sum} mm）→ CR（RECIST 1.1 §4.3.1）',
  'recist.target-pd':
    '直径总和 {sum} mm ≥ 最低值 {nadir} mm 的 120 %，且增加 +{increase} mm ≥ 5 mm → PD（RECIST 1.1 §4.3.1）',
  'recist.target-pr': '直径总和 {sum} mm ≤ 基线 {baseline} mm 的 70 % → PR（RECIST 1.1 §4.3.1）',
  'recist.target-continuing-pr':
    '直径总和 {sum} mm > 基线 {baseline} mm 的 70 %，且相对最低值 {nadir} mm 未达 PD；此前已有缓解 → 维持 PR（EORTC RECIST FAQ；continuingPartialResponse = true）',
  'recist.target-sd-after-response':
    '直径总和 {sum} mm > 基线 {baseline} mm 的 70 %，且相对最低值 {nadir} mm 未达 PD → SD（逐次严格评价；continuingPartialResponse = false）',
  'recist.target-sd':
    '直径总和 {sum} mm > 基线 {baseline} mm 的 70 %，且相对最低值 {nadir} mm 未达 PD → SD（RECIST 1.1 §4.3.1）',

  'recist.non-target-pd': '非靶病灶 {ids} 明确进展 → PD（RECIST 1.1 §4.3.3）',
  'recist.non-target-reappeared-after-cr':
    '完全缓解后非靶病灶 {ids} 再次出现 → PD（RECIST 1.1 FAQ：CR 后出现任何病灶均为疾病进展）',
  'recist.non-target-ne': '非靶病灶 {ids} 未评估 → NE（RECIST 1.1 §4.4.2）',
  'recist.non-target-present':
    '非靶病灶 {ids} 仍存在，均无明确进展 → NON-CR/NON-PD（RECIST 1.1 §4.3.3）',
  'recist.non-target-markers-above-normal':
    '所有非靶病灶均已消失，但肿瘤标志物高于正常 → NON-CR/NON-PD（RECIST 1.1 §4.3.3）',
  'recist.non-target-cr': '所有非靶病灶消失，淋巴结短径 < 10 mm → CR（RECIST 1.1 §4.3.3）',

  'recist.new-lesion-pd': '出现明确的新病灶 {ids} → PD（RECIST 1.1 §4.3.5）',
  'recist.new-lesion-equivocal':
    '新病灶 {ids} 性质不明确：暂不判定 PD，继续随访（RECIST 1.1 §4.3.5）',
  'recist.new-lesion-dated-back':
    '新病灶 {id} 此次扫描时不明确，于 {confirmedDate} 确认为明确新病灶 → PD 追溯至此次扫描（RECIST 1.1 §4.3.5）',
  'recist.new-lesion-first-seen':
    '新病灶 {id} 于 {firstDate} 首次发现（当时不明确）：疾病进展自该日起计（RECIST 1.1 §4.3.5）',

  'recist.overall-t-nt-new':
    '靶病灶 {target} + 非靶病灶 {nonTarget} + 有新病灶 → {response}（RECIST 1.1 表 1）',
  'recist.overall-t-nt-equivocal':
    '靶病灶 {target} + 非靶病灶 {nonTarget} + 仅有不明确的新病灶 → {response}（RECIST 1.1 表 1）',
  'recist.overall-t-nt-none':
    '靶病灶 {target} + 非靶病灶 {nonTarget} + 无新病灶 → {response}（RECIST 1.1 表 1）',
  'recist.overall-t-new': '靶病灶 {target} + 无非靶病灶 + 有新病灶 → {response}（RECIST 1.1 表 1）',
  'recist.overall-t-equivocal':
    '靶病灶 {target} + 无非靶病灶 + 仅有不明确的新病灶 → {response}（RECIST 1.1 表 1）',
  'recist.overall-t-none':
    '靶病灶 {target} + 无非靶病灶 + 无新病灶 → {response}（RECIST 1.1 表 1）',
  'recist.overall-nt-new':
    '无靶病灶 + 非靶病灶 {nonTarget} + 有新病灶 → {response}（RECIST 1.1 表 2）',
  'recist.overall-nt-equivocal':
    '无靶病灶 + 非靶病灶 {nonTarget} + 仅有不明确的新病灶 → {response}（RECIST 1.1 表 2）',
  'recist.overall-nt-none':
    '无靶病灶 + 非靶病灶 {nonTarget} + 无新病灶 → {response}（RECIST 1.1 表 2）',
  'recist.overall-no-disease-new':
    '无靶病灶 + 无非靶病灶 + 有新病灶 → {response}（RECIST 1.1 表 2）',
  'recist.overall-no-disease-equivocal':
    '无靶病灶 + 无非靶病灶 + 仅有不明确的新病灶 → {response}（RECIST 1.1 表 2）',
  'recist.overall-no-disease-none':
    '无靶病灶 + 无非靶病灶 + 无新病灶 → {response}（RECIST 1.1 表 2）',

  'recist.baseline-sum': '基线直径总和 {sum} mm，共 {count} 个靶病灶：{targets}（RECIST 1.1 §4.2）',
  'recist.baseline-non-target-only': '无靶病灶：仅有非靶病灶（RECIST 1.1 表 2）',
  'recist.not-used-for-bor': '首次 PD 或开始新治疗之后：不计入最佳总体疗效',
  'recist.rules':
    '规则：确认间隔 confirmationDays {confirmationDays} 天，SD 最短时间 sdMinDays {sdMinDays} 天，维持 PR continuingPartialResponse {continuingPartialResponse}',

  'recist.confirm-only-cr-pr': '只有 CR 或 PR 才能被确认',
  'recist.cr-not-confirmed-no-cr':
    '{date} 的 CR 未获确认：其后 ≥ {confirmationDays} 天无 CR（RECIST 1.1 §4.6）',
  'recist.pr-not-confirmed-no-cr-pr':
    '{date} 的 PR 未获确认：其后 ≥ {confirmationDays} 天无 CR 或 PR（RECIST 1.1 §4.6）',
  'recist.not-confirmed-sd-between':
    '{date} 的 {response} 未获确认：确认前 {sdDate} 为 SD（不允许出现 SD）（RECIST 1.1 §4.6）',
  'recist.not-confirmed-in-cr-window':
    '{date} 的 {response} 未获确认：确认窗口内 {otherDate} 为 {other}（RECIST 1.1 §4.6）',
  'recist.not-confirmed-pr-after-cr':
    '{date} 的 {response} 未获确认：窗口内 {crDate} 为 CR 后 {prDate} 又为 PR（RECIST 1.1 §4.6）',
  'recist.not-confirmed-in-window':
    '{date} 的 {response} 未获确认：窗口内 {otherDate} 为 {other}（RECIST 1.1 §4.6）',
  'recist.not-confirmed-too-many-ne':
    '{date} 的 {response} 未获确认：确认前有 {ne} 次 NE（最多 {maxNe} 次）（RECIST 1.1 §4.6）',
  'recist.confirmed':
    '{date} 的 {response} 已由 {byDate} 的 {by} 确认（间隔 {days} 天 ≥ {confirmationDays} 天，其间 {ne} 次 NE）（RECIST 1.1 §4.6）',

  'recist.after-new-therapy-not-used':
    '{date} 开始新的抗肿瘤治疗后的 {count} 次评估不计入（RECIST 1.1 §4.4.3）',
  'recist.after-pd-not-used': '{date} 首次 PD 之后的 {count} 次评估不计入（RECIST 1.1 §4.4.3）',
  'recist.no-post-baseline': '无基线后评估 → MISSING',
  'recist.cr-followed-by-pr':
    '{crDate} 为 CR，其后 {prDate} 为 PR：真正的 CR 之后出现任何病灶均为 PD —— 请核查数据',
  'recist.unconfirmed-best':
    '未经确认的最佳总体疗效 {response}（{date}）；SD 自 {referenceDate} 起满 {sdMinDays} 天方计入（RECIST 1.1 §4.4.3）',
  'recist.unconfirmed-best-undated':
    '未经确认的最佳总体疗效 {response}；SD 自 {referenceDate} 起满 {sdMinDays} 天方计入（RECIST 1.1 §4.4.3）',
  'recist.confirmed-best': '经确认的最佳总体疗效 {response}（{date}）（RECIST 1.1 §4.6）',
  'recist.confirmed-best-undated': '经确认的最佳总体疗效 {response}（RECIST 1.1 §4.6）',

  'recist.baseline-after-start': '基线 {baselineDate} 晚于治疗开始 {startDate}',
  'recist.baseline-too-early':
    '基线 {baselineDate} 比治疗开始 {startDate} 早 {days} 天；最多允许 {maxDays} 天（RECIST 1.1 §4.2）',
  'recist.no-disease': '基线无病灶：无法评价疗效（RECIST 1.1 §3）',
  'recist.no-measurable-disease':
    '无靶病灶：仅有非靶病灶，按 RECIST 1.1 表 2 评价（要求可测量病灶时不可评价 ORR）',
  'recist.node-normal':
    '淋巴结 {id} 短径 {diameter} mm < 10 mm，属正常，不是病灶（RECIST 1.1 §3.1.1）',
  'recist.target-node-normal':
    '靶淋巴结 {id} 短径 {diameter} mm < 10 mm，属正常，不是病灶（RECIST 1.1 §3.1.1）',
  'recist.target-node-not-measurable':
    '靶淋巴结 {id} 短径 {diameter} mm < 15 mm：病理性但不可测量，只能作为非靶病灶（RECIST 1.1 §3.1.1）',
  'recist.target-not-measurable':
    '靶病灶 {id} 最长径 {diameter} mm < {minimum} mm：不可测量（RECIST 1.1 §3.1.1）',
  'recist.target-not-measurable-slice':
    '靶病灶 {id} 最长径 {diameter} mm < {minimum} mm（层厚 {slice} mm 的 2 倍）：不可测量（RECIST 1.1 §3.1.1）',
  'recist.too-many-targets': '{count} 个靶病灶（{ids}）；最多 {max} 个（RECIST 1.1 §4.2）',
  'recist.too-many-in-organ':
    '{organ} 有 {count} 个靶病灶（{ids}）；每个器官最多 {max} 个，所有淋巴结合计为一个器官（RECIST 1.1 §4.2）',
  'recist.too-many-in-lymph-nodes':
    '淋巴结有 {count} 个靶病灶（{ids}）；每个器官最多 {max} 个，所有淋巴结合计为一个器官（RECIST 1.1 §4.2）',

  'recist.scan-set-aside':
    '{date} 的治疗前扫描未使用：基线为第 1 天前的最后一次扫描（{baselineDate}）',
  'recist.measurable-targets': '{date} 的基线扫描：{count} 个可测量靶病灶（{ids}）',
  'recist.measurable-targets-none': '{date} 的基线扫描：0 个可测量靶病灶',
  'recist.agreement-no-investigator': '无研究者评估的疗效',
  'recist.agreement-not-scored':
    '研究者评估 {investigator}；引擎在 {date} 不评价时间点（基线，或非随访扫描）',
  'recist.agreement-agree': '研究者 {investigator}，RECIST 1.1 引擎 {engine}：一致',
  'recist.agreement-disagree': '研究者 {investigator}，RECIST 1.1 引擎 {engine}：不一致',
};
