/**
 * A finding an engine explains itself with — a stable `code`, its `params`, and the English
 * `text` — so a screen can say it in the reader's language (the web catalogues key on `code`,
 * see `web/i18n/reason-catalogue.ts`) while reports, exports, the CLI and the audit trail keep
 * the English text. Each engine keeps its English templates in one `as const` record and makes
 * its reasons with {@link reasonFactory}, so the code list, the English wording and the
 * parameters a translation may use are one thing.
 */

export type ReasonParams = Readonly<Record<string, string | number>>;

export interface Reason {
  readonly code: string;
  readonly params: ReasonParams;
  readonly text: string;
}

/** `'{a} of {b}'` → `'a' | 'b'`. */
export type TemplatePlaceholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | TemplatePlaceholders<Rest>
  : never;

/** No argument for a template without placeholders; a record of exactly its placeholders otherwise. */
export type TemplateArgs<S extends string> = [TemplatePlaceholders<S>] extends [never]
  ? []
  : [params: Record<TemplatePlaceholders<S>, string | number>];

/**
 * Fills `{name}` placeholders; a placeholder without a value stays as written so a gap is seen.
 * @example fillTemplate('sum {sum} mm', { sum: '23.1' }) // 'sum 23.1 mm'
 */
export function fillTemplate(template: string, params: ReasonParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The reason maker of one engine, typed by its English templates.
 * @example
 * const T = { 'target-pr': 'sum {sum} mm ≤ 70 % of baseline {base} mm → PR' } as const;
 * const reason = reasonFactory(T);
 * reason('target-pr', { sum: '23.1', base: '33.0' })
 * // → { code: 'target-pr', params: { sum: '23.1', base: '33.0' }, text: 'sum 23.1 mm ≤ 70 % of baseline 33.0 mm → PR' }
 */
export function reasonFactory<T extends Readonly<Record<string, string>>>(templates: T) {
  return function reason<C extends keyof T & string>(code: C, ...args: TemplateArgs<T[C]>): Reason {
    const params: ReasonParams = args[0] ?? {};
    return { code, params, text: fillTemplate(templates[code] as string, params) };
  };
}

/** The English lines of some reasons, for reports, exports and logs. */
export function reasonTexts(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => r.text);
}
