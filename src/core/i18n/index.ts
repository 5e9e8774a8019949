import { IntlMessageFormat } from 'intl-messageformat';
import { catalogs, type MessageKey } from './catalogs.ts';
import { LOCALES, type Locale } from './locales.ts';

export type { MessageKey } from './catalogs.ts';
export * from './locales.ts';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const messages = new Map<Locale, Map<string, string>>();
for (const locale of LOCALES) {
  const merged = new Map<string, string>();
  for (const catalog of catalogs) {
    for (const [key, text] of Object.entries(catalog[locale] as Record<string, string>))
      merged.set(key, text);
  }
  messages.set(locale, merged);
}

const compiled = new Map<string, IntlMessageFormat>();

/** Formats one ICU message; falls back to English, then to the key, so a gap is visible. */
export function translate(locale: Locale, key: MessageKey | string, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const source = messages.get(locale)?.get(key) ?? messages.get('en')?.get(key);
    if (source === undefined) return key;
    format = new IntlMessageFormat(source, locale);
    compiled.set(cacheKey, format);
  }
  return String(format.format(values));
}

export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

// Intl formatters are costly to build and safe to share: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(locale: Locale, date: Date, style: 'long' | 'medium' | 'short' = 'long'): string {
  return cached(
    `d:${locale}:${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  ).format(date);
}

export function formatDateTime(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return cached(
    `dt:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(date);
}

export function formatNumber(locale: Locale, value: number): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Every catalog, for the completeness test. */
export function allMessages(): ReadonlyMap<Locale, ReadonlyMap<string, string>> {
  return messages;
}

/** Any ISO 639-1 language's name in the reader's language ("fr" → "French" / "français"). */
export function languageName(code: string, locale: string): string {
  try {
    return (
      cached(`l:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code
    );
  } catch {
    return code;
  }
}
