/**
 * The locales the web app speaks and the pure lookup behind `t()`: a key of the English
 * catalogue, with its `{placeholders}` typed from the English text so a missing parameter is a
 * type error. A plural message (plural-message.ts) picks its form by its count parameter, which
 * must then be a number.
 */
import type { LocalisedText } from '../../core/protocol/study-definition.schema.ts';
import { en, type MessageKey } from './messages.en.ts';
import { zhCN } from './messages.zh-CN.ts';
import {
  type CatalogueOf,
  type CountParam,
  type Message,
  type MessageForms,
  pluralForm,
} from './plural-message.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue = CatalogueOf<typeof en>;

export const catalogues: Record<Locale, Catalogue> = { en, 'zh-CN': zhCN };

/** `'{a} of {b}'` → `'a' | 'b'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
/** The placeholders of a message: of every form for a plural one. */
export type MessageParams<K extends MessageKey> = Placeholders<MessageForms<(typeof en)[K]>>;
/**
 * No second argument for a message without placeholders; a record of all of them otherwise,
 * the count of a plural message a number.
 */
export type TranslateArgs<K extends MessageKey> = [MessageParams<K>] extends [never]
  ? []
  : [
      params: Record<MessageParams<K>, string | number> &
        Record<CountParam<(typeof en)[K]>, number>,
    ];

/** Keys whose message has no placeholder: `t(key)` needs nothing else (labels in tables). */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParams<K>] extends [never] ? K : never;
}[MessageKey];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The message `key` in `locale`, in the plural form of its count, placeholders filled.
 * @example translate('zh-CN', 'dosing.days', { n: 28 }) // '28天'
 * @example translate('en', 'dosing.days', { n: 1 }) // '1 day'
 */
export function translate<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...args: TranslateArgs<K>
): string {
  const message: Message = catalogues[locale][key];
  const params = args[0] as Record<string, string | number> | undefined;
  const template =
    typeof message === 'string'
      ? message
      : pluralForm(locale, message, Number(params?.[message.count]));
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A study field given in both languages, in the current one.
 * @example localise({ en: 'Screening', 'zh-CN': '筛选期' }, 'zh-CN') // '筛选期'
 */
export function localise(text: LocalisedText, locale: Locale): string {
  return text[locale];
}
