/**
 * Which language to start in: the one the user chose last time (localStorage), else the
 * browser's preference when it is Chinese, else English.
 */
import { isLocale, type Locale } from './translate.ts';

export const LOCALE_STORAGE_KEY = 'oncotrial.locale';

/** Storage can throw (privacy mode, disabled cookies); the choice is then simply not kept. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | null {
  try {
    const v = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // not remembered; the app still switches
  }
}

/**
 * @example initialLocale(null, ['zh-TW', 'en']) // 'zh-CN'
 */
export function initialLocale(stored: Locale | null, browserLanguages: readonly string[]): Locale {
  if (stored) return stored;
  const first = browserLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}
