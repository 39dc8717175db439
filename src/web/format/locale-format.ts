/**
 * Dates and numbers shown in the user's language; values stay ISO in data and in the API.
 * Calendar dates (`YYYY-MM-DD`) are formatted in UTC so a date never shifts by a time zone;
 * instants (server UTC time stamps) are shown in the browser's own time zone.
 */
import type { Locale } from '../i18n/translate.ts';
import { dateTimeFormat, numberFormat } from './intl-formatters.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * @example formatCalendarDate('2026-11-25', 'en') // 'Nov 25, 2026'
 * @example formatCalendarDate('2026-11-25', 'zh-CN') // '2026年11月25日'
 */
export function formatCalendarDate(iso: string, locale: Locale): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}

/**
 * An ISO-8601 instant as local date and time; an unparsable value is shown as given.
 * @example formatInstant('2026-11-25T08:30:00Z', 'en', 'UTC') // 'Nov 25, 2026, 8:30 AM'
 */
export function formatInstant(iso: string, locale: Locale, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

/**
 * A proportion as a percentage, up to one decimal.
 * @example formatPercent(0.05, 'en') // '5%'
 */
export function formatPercent(p: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(p);
}

/** @example formatNumber(30.4375, 'en') // '30.4375' */
export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(n);
}

/**
 * A UTC instant's month and year, for time axes.
 * @example formatMonth(new Date('2026-03-01T00:00:00Z'), 'en') // 'Mar 2026'
 * @example formatMonth(new Date('2026-03-01T00:00:00Z'), 'zh-CN') // '2026年3月'
 */
export function formatMonth(d: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}
