import type { Locale } from '../core/i18n/index.ts';
import type { Labels } from '../features/taxonomy/index.tsx';
import type { ProgrammeSeed } from './data/programmes.ts';
import { placeOf, SUBREGIONS } from './data/places.ts';

export type Slots = Record<string, string>;

/** Replaces {name} slots; a slot left unfilled is a bug in the building blocks. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`seed text: no value for {${name}} in "${template}"`);
    return value;
  });
}

export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Acronyms that English cites without an article ("MGNREGA", not "the MGNREGA"). */
const BARE_IN_ENGLISH = new Set(['MGNREGA', 'PM POSHAN', 'PM-JAY']);

/** English puts "the" before most programme acronyms: "lessons from the PSNP". */
function englishName(programme: ProgrammeSeed): string {
  if (programme.nameEn) return programme.nameEn;
  const acronym = /^[0-9A-Z][0-9A-Za-z -]*$/.test(programme.name) && /[A-Z]{2}/.test(programme.name);
  return acronym && !BARE_IN_ENGLISH.has(programme.name) ? `the ${programme.name}` : programme.name;
}

/** The slots every programme gives a sentence, in one language. */
export function programmeSlots(programme: ProgrammeSeed, locale: Locale, year: number): Slots {
  const place = placeOf(programme.country);
  const [country, inCountry, ofCountry] = place.forms[locale];
  const name = locale === 'en' ? englishName(programme) : programme.name;
  return {
    prog: name,
    progFull: programme.full ? `${name} (${programme.full})` : name,
    country,
    in: inCountry,
    of: ofCountry,
    inRegion: SUBREGIONS[place.subregion][locale][1],
    year: String(year),
  };
}

export const pickLabel = (labels: Labels, locale: Locale) => labels[locale];

/** The languages a programme's country publishes in first. */
export function countryLanguage(iso2: string): Locale {
  if (['BR', 'MZ', 'CV', 'AO'].includes(iso2)) return 'pt';
  if (['MX', 'BO', 'PE', 'CO', 'AR', 'EC', 'CL', 'UY', 'GT'].includes(iso2)) return 'es';
  if (['SN', 'MR', 'ML', 'MA', 'TG', 'NE', 'CI', 'BF', 'TD', 'CM'].includes(iso2)) return 'fr';
  return 'en';
}
