import { describe, expect, it } from 'vitest';
import {
  initialLocale,
  LOCALE_STORAGE_KEY,
  readStoredLocale,
  storeLocale,
} from './locale-preference.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}

describe('locale preference', () => {
  it('remembers the chosen language', () => {
    const s = memoryStorage();
    expect(readStoredLocale(s)).toBeNull();
    storeLocale(s, 'zh-CN');
    expect(s.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(readStoredLocale(s)).toBe('zh-CN');
  });

  it('ignores a stored value that is not a locale, and storage that throws', () => {
    const s = memoryStorage();
    s.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(readStoredLocale(s)).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredLocale(broken)).toBeNull();
    expect(() => storeLocale(broken, 'en')).not.toThrow();
  });

  it('prefers the stored choice, then a Chinese browser, then English', () => {
    expect(initialLocale('en', ['zh-CN'])).toBe('en');
    expect(initialLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(initialLocale(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLocale(null, [])).toBe('en');
  });
});
