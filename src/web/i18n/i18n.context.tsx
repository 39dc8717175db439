/**
 * The current language for the whole app, switchable and remembered in localStorage, and the
 * hooks screens use: `useT()` for catalogue messages, `useLocalised()` for the study's own
 * `{ en, 'zh-CN' }` fields, `useLocale()` for formatting and the switch.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { LocalisedText } from '../../core/protocol/study-definition.schema.ts';
import { initialLocale, readStoredLocale, storeLocale } from './locale-preference.ts';
import type { MessageKey } from './messages.en.ts';
import { type Locale, localise, type TranslateArgs, translate } from './translate.ts';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => {
    const l = initialLocale(
      readStoredLocale(browserStorage()),
      globalThis.navigator?.languages ?? [],
    );
    document.documentElement.lang = l;
    return l;
  });
  const setLocale = useCallback((next: Locale) => {
    storeLocale(browserStorage(), next);
    // WCAG 3.1.1: the page language follows the chosen language (screen readers, CJK fonts)
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const ctx = useContext(LocaleContext);
  if (!ctx) throw new Error('useLocale must be used inside <LocaleProvider>');
  return ctx;
}

export type TranslateFn = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** The `t()` of the current language. */
export function useT(): TranslateFn {
  const { locale } = useLocale();
  return useCallback<TranslateFn>((key, ...args) => translate(locale, key, ...args), [locale]);
}

/** Picks the current language out of a study field given in both. */
export function useLocalised(): (text: LocalisedText) => string {
  const { locale } = useLocale();
  return useCallback((text: LocalisedText) => localise(text, locale), [locale]);
}
