import type { Locale } from '../../core/i18n/index.ts';
import type { ConceptSummaryRow, EntryRow } from './repository.ts';

/** A concept in a list: its words in the reader's language, or a marked fallback. */
export interface ConceptCard {
  id: number;
  slug: string;
  label: string;
  synonyms: string[];
  definition: string;
  /** The language shown; `lang` is set only when it is not the reader's. */
  locale: string;
  lang?: string;
  letter: string;
  locales: string[];
  updatedAt: Date;
}

/** The A–Z letter of a label: first letter without accents, upper case; "#" for anything else. */
export function letterOf(label: string): string {
  const first = label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export function toCard(row: ConceptSummaryRow, locale: Locale): ConceptCard {
  return {
    id: row.id,
    slug: row.slug,
    label: row.label,
    synonyms: row.synonyms,
    definition: row.definition,
    locale: row.locale,
    lang: row.locale === locale ? undefined : row.locale,
    letter: letterOf(row.label),
    locales: row.locales,
    updatedAt: row.updatedAt,
  };
}

/** Cards in alphabetical order for the reader (accents and case ignored). */
export function sortCards(cards: ConceptCard[], locale: Locale): ConceptCard[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return cards.sort((a, b) => collator.compare(a.label, b.label));
}

/** The entry to show a reader: their language, else English, else the first there is. */
export function entryFor<T extends Pick<EntryRow, 'locale'>>(entries: T[], locale: Locale): T | undefined {
  return entries.find((e) => e.locale === locale) ?? entries.find((e) => e.locale === 'en') ?? entries[0];
}
