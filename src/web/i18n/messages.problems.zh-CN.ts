/**
 * Simplified Chinese titles and details of API problems; typed against `problemsEn` so a missing
 * or extra key is a type error. Spread into `messages.zh-CN.ts`.
 */
import type { problemsEn } from './messages.problems.en.ts';

export const problemsZhCN: Record<keyof typeof problemsEn, string> = {
  'problem.title.invalid-input': '输入无效',
  'problem.title.not-found': '未找到',
  'problem.title.conflict': '与当前状态冲突',
  'problem.title.forbidden': '不允许',
  'problem.title.unauthenticated': '需要登录',
  'problem.title.locked': '数据已锁定',
  'problem.title.rate-limited': '尝试次数过多',
  'problem.title.internal': '内部错误',
  'problem.title.no-such-route': '没有该接口',
  'problem.title.bad-request': '请求无效',
  'problem.title.client-check': '输入无效',
  'problem.detail.unauthenticated': '请登录后继续。',
  'problem.detail.rate-limited': '尝试次数过多，请稍候再试。',
  'problem.detail.not-found': '未找到{entity} {id}。',
  'problem.detail.internal': '发生意外错误，已记录在日志中。',
};
