import { isLocale, type Locale, translator } from '../../core/i18n/index.ts';
import type { PublicItemRow } from '../content/api-repository.ts';
import { licenceCode, licenceDeedUrl, licenceLabel } from '../content/licences.ts';
import type { ImageVariant } from '../content/tables.ts';
import { CONTENT_TYPES, type ContentType, itemPath } from '../content/types.ts';
import { imageView } from '../articles/presenter.ts';
import { countryName } from '../taxonomy/countries.ts';
import type { ItemField } from './schemas.ts';

export interface PresentOptions {
  /** Language asked for (`lang`), if any. */
  lang: Locale | undefined;
  /** Language of labels (terms, countries, licences): `lang`, else the reader's. */
  labels: Locale;
  publicUrl: string;
  fields: ItemField[];
  /** Whether bodies were read (single items, or asked for in `fields`). */
  withBody: boolean;
}

/** The page an item's texts are shown on: in the language asked for, else the texts' own. */
export function pageLocale(shown: string, lang: Locale | undefined): Locale {
  return lang ?? (isLocale(shown) ? shown : 'en');
}

export function licenceOut(stored: string | null, labels: Locale) {
  if (!stored) return null;
  return {
    code: licenceCode(stored) ?? null,
    name: licenceLabel(translator(labels), stored),
    url: licenceDeedUrl(stored),
  };
}

/** A content item as the API shows it: an allowlist of fields, then the fields asked for. */
export function presentItem(
  row: PublicItemRow,
  extra: { details?: unknown; image?: { alt: string; variants: ImageVariant[] } },
  o: PresentOptions,
): Record<string, unknown> {
  const type = row.type as ContentType;
  const locale = pageLocale(row.shownLocale, o.lang);
  const image = extra.image ? imageView(extra.image) : null;
  const full: Record<ItemField, unknown> = {
    slug: row.slug,
    url: `${o.publicUrl}${itemPath(locale, type, row.slug)}`,
    title: row.title,
    summary: row.summary,
    body: row.body,
    language: row.shownLocale,
    originalLanguage: row.originalLocale,
    fallback: o.lang !== undefined && row.shownLocale !== o.lang,
    availableLanguages: row.locales,
    translation: row.provenance,
    licence: licenceOut(row.licence, o.labels),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    terms: row.terms,
    countries: row.countries.map((code) => ({ code, name: countryName(code, o.labels) })),
    organisations: row.organisations.map((org) => ({
      ...org,
      url: `${o.publicUrl}/${locale}/organisations/${org.slug}`,
    })),
    image: image
      ? { url: `${o.publicUrl}${image.largest}`, alt: image.alt, width: image.width, height: image.height }
      : null,
    details: extra.details,
  };
  const out: Record<string, unknown> = { id: row.id, type };
  const wanted = o.fields.length > 0 ? o.fields : (Object.keys(full) as ItemField[]);
  for (const f of wanted) {
    if (f === 'details' && extra.details === undefined) continue;
    if (f === 'body' && !o.withBody) continue;
    out[f] = full[f];
  }
  return out;
}

/** The API address of a collection. */
export const collectionUrl = (publicUrl: string, type: ContentType) =>
  `${publicUrl}/api/v1/${CONTENT_TYPES[type].collection}`;
