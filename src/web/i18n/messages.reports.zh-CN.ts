/**
 * Simplified Chinese strings of the Reports screens; typed against `reportsEn` so a missing or
 * extra key is a type error. Spread into `messages.zh-CN.ts`.
 */
import type { reportsEn } from './messages.reports.en.ts';

export const reportsZhCN: Record<keyof typeof reportsEn, string> = {
  'nav.reports': '报告',

  'reports.title': '数据截点与分析报告',
  'reports.intro':
    '数据截点在截止日期冻结全部临床数据表，并记录审计链头和内容哈希。报告由冻结的截点生成，同一截点总是得到相同的报告。',
  'reports.list.title': '数据截点',
  'reports.list.none': '尚无数据截点。',
  'reports.list.name': '名称',
  'reports.list.cutoff': '截止日期',
  'reports.list.created': '冻结人 / 时间',
  'reports.list.createdValue': '{name} · {at}',
  'reports.list.contentHash': '内容哈希（SHA-256）',
  'reports.list.auditHead': '审计链头',
  'reports.list.auditHeadValue': '事件 {seq} · {hash}',
  'reports.list.open': '打开 {name}',

  'reports.freeze.title': '冻结数据截点',
  'reports.freeze.intro':
    '冻结即复制研究当前的数据；截止日期由分析应用。截点一经冻结，不能修改或删除。',
  'reports.freeze.name': '截点名称',
  'reports.freeze.nameHint': '字母、数字、点、下划线或连字符，例如 interim-1',
  'reports.freeze.cutoff': '截止日期',
  'reports.freeze.cutoffHint': '不晚于今天（{today}）',
  'reports.freeze.submit': '冻结截点',
  'reports.freeze.saved': '数据截点 {name} 已冻结（内容哈希 {hash}）。',
  'reports.freeze.nameRule': '截点名称为 1–80 个字母、数字、点、下划线或连字符，以字母或数字开头。',
  'reports.freeze.duplicate': '已有名为 {name} 的数据截点，请另取名称。',
  'reports.freeze.dateRule': '截止日期须为日历日期（YYYY-MM-DD）。',
  'reports.freeze.future': '截止日期不能晚于今天（{today}）。',

  'reports.cut.title': '数据截点 {name}',
  'reports.cut.back': '← 全部数据截点',
  'reports.cut.summary': '快照',
  'reports.cut.study': '研究',
  'reports.cut.rowCounts': '各数据表冻结的行数',
  'reports.cut.table': '数据表',
  'reports.cut.rows': '行数',

  'reports.report.title': '分析报告',
  'reports.report.intro':
    '按需由冻结的截点生成，按 ICH E3 顺序编排；相同的选择总是得到相同的文件。',
  'reports.report.kind': '报告',
  'reports.report.kinds.interim': '期中（第一阶段决策）',
  'reports.report.kinds.final': '最终',
  'reports.report.language': '报告语言',
  'reports.report.languages.en': '英文（English）',
  'reports.report.languages.zh-CN': '简体中文',
  'reports.report.version': '版本',
  'reports.report.versions.closed': '非公开版（含受试者列表）',
  'reports.report.versions.open': '公开版（仅汇总）',
  'reports.report.show': '在此显示报告',
  'reports.report.hide': '隐藏报告',
  'reports.report.openHtml': '在新标签页打开 HTML',
  'reports.report.pdf': '下载 PDF',
  'reports.report.csvIndex': '下载 CSV 索引',
  'reports.report.frameTitle': '数据截点 {name} 的报告',
  'reports.report.tables': '表格（CSV）',
  'reports.report.listTables': '列出表格',
  'reports.report.tableId': '表格',
  'reports.report.section': '章节',
  'reports.report.tableTitle': '标题',
  'reports.report.download': '下载',
  'reports.report.downloadTable': '下载 {table}.csv',
  'reports.report.statisticianOnly': '截点的报告由统计师生成。',

  'reports.exports.title': '截止日期的 CDISC 导出',
  'reports.exports.intro':
    '导出读取当前数据库并应用截止日期 {date}，而非冻结的快照：截点之后的更正会出现在导出中，但不会出现在截点的报告中。',
  'reports.exports.format': '格式',
  'reports.exports.formats.xpt': 'SAS XPORT（.xpt）',
  'reports.exports.formats.dataset-json': 'Dataset-JSON 1.1',
  'reports.exports.formats.csv': 'CSV',
  'reports.exports.formats.odm': 'ODM 1.3.2（含稽查轨迹）',
  'reports.exports.dataset': '数据集',
  'reports.exports.define': 'define.xml',
  'reports.exports.download': '下载 {file}',
};
