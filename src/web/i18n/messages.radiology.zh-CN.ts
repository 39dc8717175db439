/**
 * Simplified Chinese strings of the independent radiology review; keys and `{placeholders}`
 * match `messages.radiology.en.ts` (the catalogue test checks). Spread into
 * `messages.zh-CN.ts`.
 */
import type { radiologyEn } from './messages.radiology.en.ts';

export const radiologyZhCN: Record<keyof typeof radiologyEn, string> = {
  'radiology.imagingTitle': '影像访视',
  'radiology.casebookTitle': '影像 · {subject}',
  'radiology.casebookIntro':
    '独立评估：您只能看到该受试者的影像访视和您自己的阅片结果，看不到中心的阅片结果或临床数据。',
  'radiology.visit': '访视',
  'radiology.date': '扫描日期',
  'radiology.siteRead': '中心阅片',
  'radiology.independentRead': '独立阅片',
  'radiology.notRead': '未阅片',
  'radiology.readNoResponse': '已测量，未给出疗效',
  'radiology.open': '打开独立阅片',
  'radiology.openAssessment': '打开肿瘤评估',
  'radiology.noImagingVisits': '该受试者尚无影像访视记录。',
  'radiology.enrolled': '第 1 天（入组）：{date}',
  'radiology.notEnrolled': '尚未入组：以最近一次扫描代替第 1 天。',
  'radiology.intro':
    '独立阅片（RECIST 1.1）：在不知道中心阅片结果的情况下，自行选择并测量病灶。疗效基于您已保存的阅片和本次阅片即时重新计算。',
  'radiology.reviewerResponse': '评估员的总体疗效',
  'radiology.disagrees': '与引擎不一致：评估员 {reviewer}，引擎 {engine}。保存后将生成数据质疑。',
  'radiology.saveRead': '保存独立阅片',
  'radiology.compareTitle': '中心阅片与独立阅片',
  'radiology.compareCaption': '本次扫描的两份阅片，各自由 RECIST 1.1 引擎评分',
  'radiology.measure': '指标',
  'radiology.engineResponse': '引擎疗效',
  'radiology.recordedResponse': '记录的疗效',
  'radiology.agreement': '记录与引擎',
  'radiology.agrees': '一致',
  'radiology.differs': '不一致',
  'radiology.readersAgree': '两位阅片者一致：均为 {response}。',
  'radiology.readersDiffer': '两位阅片者不一致：中心 {site}，独立 {independent}（引擎疗效）。',
  'radiology.disagreementQueries': '这些阅片的不一致质疑',
  'radiology.noDisagreementQueries': '这些阅片没有 RECIST 不一致质疑。',
  'radiology.notScored': '未评分',
  'radiology.ownQueriesTitle': '您的阅片上的数据质疑',
  'radiology.noOwnQueries': '您的阅片尚未产生任何数据质疑。',
  'radiology.thisRead': '本次阅片（{date} 的扫描）',
  'radiology.readOf': '您对 {date} 扫描的阅片',
};
