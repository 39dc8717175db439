/**
 * Simplified Chinese strings of the Safety screens; typed against `safetyEn` so a missing or
 * extra key is a type error. Spread into `messages.zh-CN.ts`.
 */
import type { safetyEn } from './messages.safety.en.ts';

export const safetyZhCN: Record<keyof typeof safetyEn, string> = {
  'nav.safety': '安全性',
};
