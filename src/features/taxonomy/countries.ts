import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import type { Locale } from '../../core/i18n/index.ts';

for (const lang of [en, fr, es, pt]) countries.registerLocale(lang);

/** The country's name in the reader's language (ISO 3166-1 alpha-2 in, official short name out). */
export function countryName(iso2: string, locale: Locale): string {
  return countries.getName(iso2, locale, { select: 'official' }) ?? iso2;
}

export function isCountryCode(iso2: string): boolean {
  return countries.isValid(iso2) && iso2.length === 2;
}

/** All countries sorted by name in the reader's language (for pickers). */
const optionsByLocale = new Map<Locale, { code: string; name: string }[]>();

export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const known = optionsByLocale.get(locale);
  if (known) return known;
  const names = countries.getNames(locale, { select: 'official' });
  const collator = new Intl.Collator(locale);
  const options = Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  optionsByLocale.set(locale, options);
  return options;
}

export function alpha3(iso2: string): string | undefined {
  return countries.alpha2ToAlpha3(iso2);
}
