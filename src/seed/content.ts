import type { DbOrTx } from '../core/db/client.ts';
import { LOCALES, type Locale } from '../core/i18n/index.ts';
import {
  contentCountry,
  contentItem,
  contentOrganisation,
  contentTerm,
  contentTranslation,
} from '../features/content/tables.ts';
import { publication } from '../features/library/tables.ts';
import { insertRows } from './repository.ts';
import type { Random } from './random.ts';

/** One demo item before it is written: its texts, classification and links by key. */
export interface ContentSeed {
  id: string;
  type: 'publication' | 'news' | 'blog';
  slug: string;
  originalLocale: Locale;
  licence: string | null;
  publishedAt: Date;
  texts: Record<Locale, { title: string; summary: string; body: string | null }>;
  /** Languages published besides the original (human translations). */
  translatedInto: Locale[];
  terms: { vocabularyId: string; slug: string }[];
  countries: string[];
  organisations: string[];
  publication?: { year: number; authors: string[]; pageCount: number };
}

/** The original language, then one or two human translations for some items. */
export function chooseLanguages(rng: Random, original: Locale, translatedShare: number): Locale[] {
  if (!rng.chance(translatedShare)) return [];
  const others = LOCALES.filter((l) => l !== original);
  return rng.sample(others, rng.chance(0.65) ? 1 : 2);
}

/** Unique slugs within a content type: "title", "title-2" … */
export function slugger() {
  const used = new Set<string>();
  return (base: string) => {
    let slug = base || 'item';
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

/** Writes items with their translations, terms, countries, organisations and publication fields. */
export async function insertContent(
  tx: DbOrTx,
  items: ContentSeed[],
  termId: (vocabularyId: string, slug: string) => number,
  organisationId: (key: string) => string,
): Promise<void> {
  await insertRows(
    tx,
    contentItem,
    items.map((i) => ({
      id: i.id,
      type: i.type,
      slug: i.slug,
      status: 'published' as const,
      originalLocale: i.originalLocale,
      licence: i.licence,
      publishedAt: i.publishedAt,
      createdAt: i.publishedAt,
      updatedAt: i.publishedAt,
    })),
  );
  await insertRows(
    tx,
    contentTranslation,
    items.flatMap((i) =>
      [i.originalLocale, ...i.translatedInto].map((locale) => ({
        itemId: i.id,
        locale,
        ...i.texts[locale],
        provenance: locale === i.originalLocale ? ('original' as const) : ('human' as const),
        updatedAt: i.publishedAt,
      })),
    ),
  );
  await insertRows(
    tx,
    contentTerm,
    items.flatMap((i) => {
      const ids = [...new Set(i.terms.map((t) => termId(t.vocabularyId, t.slug)))];
      return ids.map((id) => ({ itemId: i.id, termId: id }));
    }),
  );
  await insertRows(
    tx,
    contentCountry,
    items.flatMap((i) => [...new Set(i.countries)].map((country) => ({ itemId: i.id, country }))),
  );
  await insertRows(
    tx,
    contentOrganisation,
    items.flatMap((i) =>
      [...new Set(i.organisations)].map((key) => ({ itemId: i.id, organisationId: organisationId(key) })),
    ),
  );
  await insertRows(
    tx,
    publication,
    items.flatMap((i) =>
      i.publication
        ? [
            {
              itemId: i.id,
              year: i.publication.year,
              authors: i.publication.authors,
              languages: [i.originalLocale],
              pageCount: i.publication.pageCount,
            },
          ]
        : [],
    ),
  );
}
