/**
 * Messages with a form per plural category of one of their numbers ("1 subject", "2 subjects"),
 * the form chosen by Intl.PluralRules of the language (CLDR): English needs `one` and `other`,
 * Simplified Chinese has only `other`. A catalogue value is either a plain string or such a
 * message, e.g. `{ count: 'n', one: '{n} subject', other: '{n} subjects' }`.
 * i18n-catalogue.test.ts checks every language has each form its rules can select.
 */

/** A plural category (CLDR): 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'. */
export type PluralCategory = Intl.LDMLPluralRule;

export type PluralMessage = {
  /** The placeholder whose number selects the form. */
  readonly count: string;
  readonly other: string;
} & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

export type Message = string | PluralMessage;

/** The texts of a message type: itself, or the union of its forms. */
export type MessageForms<M> = M extends string
  ? M
  : M extends PluralMessage
    ? Exclude<M[Exclude<keyof M, 'count'>], undefined>
    : never;

/** The name of a plural message's count placeholder; never for a plain message. */
export type CountParam<M> = M extends { readonly count: infer C extends string } ? C : never;

/**
 * The catalogue type of another language for the reference catalogue `E`: plain messages stay
 * strings, plural messages stay plural with the same count placeholder (forms per its rules).
 */
export type CatalogueOf<E> = {
  [K in keyof E]: E[K] extends string
    ? string
    : PluralMessage & { readonly count: CountParam<E[K]> };
};

const rules = new Map<string, Intl.PluralRules>();

/** The plural categories `locale` can select, e.g. ['one', 'other'] for English. */
export function pluralCategories(locale: string): PluralCategory[] {
  return pluralRules(locale).resolvedOptions().pluralCategories;
}

function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

/**
 * The form of `message` for the number `count` in `locale` (`other` when the language's
 * category has no form of its own).
 * @example pluralForm('en', { count: 'n', one: '{n} day', other: '{n} days' }, 1) // '{n} day'
 */
export function pluralForm(locale: string, message: PluralMessage, count: number): string {
  return message[pluralRules(locale).select(count)] ?? message.other;
}

/** Every text of a message: a plain one, or each plural form present. */
export function messageForms(message: Message): string[] {
  if (typeof message === 'string') return [message];
  return Object.entries(message)
    .filter(([k, v]) => k !== 'count' && typeof v === 'string')
    .map(([, v]) => v as string);
}
