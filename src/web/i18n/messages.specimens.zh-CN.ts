/**
 * Simplified Chinese strings of the Specimens screens; typed against `specimensEn`. Spread into
 * `messages.zh-CN.ts`.
 */
import type { specimensEn } from './messages.specimens.en.ts';

export const specimensZhCN: Record<keyof typeof specimensEn, string> = {
  'nav.specimens': '标本',
  'nav.shipments': '运输',
  'nav.storage': '存储',
};
