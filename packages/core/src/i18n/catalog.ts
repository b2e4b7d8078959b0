import type { Lang } from '../data/contract.js';

/** A message: a plain string, or a function of its parameters (for plurals and formatted values). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);

export type Messages = Record<string, Message>;

/** A message catalogue: the same keys, with the same signatures, in Dutch and in English. */
export interface Catalog<T extends Messages> {
  nl: T;
  en: { [K in keyof T]: T[K] };
}

/** Declares a catalogue; TypeScript checks that English has every Dutch key with the same signature. */
export function defineCatalog<T extends Messages>(catalog: Catalog<T>): Catalog<T> {
  return catalog;
}

/** Looks up a message in one language and applies its parameters. */
export function translate<T extends Messages, K extends keyof T>(
  catalog: Catalog<T>,
  lang: Lang,
  key: K,
  ...args: T[K] extends (...a: infer A) => string ? A : []
): string {
  const message = (catalog[lang] as T)[key] ?? catalog.nl[key];
  return typeof message === 'function' ? message(...args) : (message as string);
}

/** The locale tag for Intl: Dutch as spoken in the Netherlands, English as in the UK (day-month order). */
export function locale(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A number in the reader's language: 10.000 in Dutch, 10,000 in English. */
export function formatNumber(
  lang: Lang,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  const key = `${lang}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(lang), options)));
  return format.format(value);
}

/**
 * A date in the reader's language. Date-only strings (`2025-03-01`) are read as that calendar day, not
 * as midnight UTC, so they never shift a day. Returns the input unchanged when it is not a date.
 */
export function formatDate(
  lang: Lang,
  value: string | number | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value);
  if (!date) return String(value);
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(lang), options)));
  return format.format(date);
}

/** Parses an ISO date or date-time; a bare date is the local calendar day. */
export function toDate(value: string | number | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return new Date(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A list in the reader's language: "a, b en c" / "a, b and c". */
export function formatList(lang: Lang, items: string[]): string {
  return new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** Chooses between one and other by Intl plural rules. */
export function plural(lang: Lang, count: number, one: string, other: string): string {
  return new Intl.PluralRules(locale(lang)).select(count) === 'one' ? one : other;
}
