/**
 * Simplified Chinese strings of the set-password screen; keys match `messages.set-password.en.ts`.
 * Spread into `messages.zh-CN.ts`.
 */
import type { setPasswordEn } from './messages.set-password.en.ts';

export const setPasswordZhCN: Record<keyof typeof setPasswordEn, string> = {
  'setPassword.title': '设置您的密码',
  'setPassword.intro':
    '此一次性链接用于为您的账户设置密码。密码至少8个字符，建议使用较长的短语。其他任何人（包括管理员）都不会知道您的密码。',
  'setPassword.password': '新密码',
  'setPassword.repeat': '再次输入新密码',
  'setPassword.mismatch': '两次输入的密码不一致。',
  'setPassword.noToken': '此页面需要您收到的一次性链接；该链接不完整。',
  'setPassword.submit': '设置密码',
  'setPassword.submitting': '正在保存…',
  'setPassword.failed': '密码未能设置。',
  'setPassword.done': '密码已设置，现在可以登录。',
  'setPassword.signIn': '登录',
};
