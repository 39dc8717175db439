/**
 * Intl formatters made once per language and options: constructing an Intl.NumberFormat or
 * DateTimeFormat costs far more than formatting with one, and a 1,000-subject figure formats
 * thousands of numbers (bench/web-dashboard.bench.ts showed formatNumber as the waterfall's
 * largest cost while it made a formatter per call).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, locale: string, options: object, make: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** @example numberFormat('en', { style: 'percent' }).format(0.5) // '50%' */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** @example dateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }).format(0) // '1970' */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}
