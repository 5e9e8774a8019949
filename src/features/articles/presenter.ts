import type { ImageVariant } from '../content/tables.ts';
import type { FormValues } from '../library/editorial/views/controls.tsx';

export type { FormValues };

export interface ArticleImageView {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
  /** The largest variant (width × height): what share cards and schema.org point to. */
  largest: string;
}

/** Public address of one stored variant ("ab/uuid.webp" → /files/images/ab/uuid.webp). */
export const imageUrl = (key: string) => `/files/images/${key}`;

/**
 * What an <img> needs: every variant in srcset, the middle one as src (browsers without
 * srcset), and the width and height of the largest (its aspect ratio reserves the space).
 */
export function imageView(image: { alt: string; variants: ImageVariant[] }): ArticleImageView | null {
  const variants = [...image.variants].sort((a, b) => a.width - b.width);
  const largest = variants.at(-1);
  if (!largest) return null;
  const fallback = variants.find((v) => v.width >= 960) ?? largest;
  return {
    src: imageUrl(fallback.key),
    srcset: variants.map((v) => `${imageUrl(v.key)} ${v.width}w`).join(', '),
    width: largest.width,
    height: largest.height,
    alt: image.alt,
    largest: imageUrl(largest.key),
  };
}

/** A stored item as the form's values (the original language version). */
export function formValuesOf(current: {
  item: { originalLocale: string; licence: string | null };
  translations: { locale: string; title: string; summary: string | null; body: string | null }[];
  terms: { id: number; vocabularyId: string }[];
  countries: string[];
  organisations: { id: string }[];
}): FormValues {
  const original =
    current.translations.find((t) => t.locale === current.item.originalLocale) ?? current.translations[0];
  const ids = (vocabulary: string) =>
    current.terms.filter((t) => t.vocabularyId === vocabulary).map((t) => String(t.id));
  return {
    originalLocale: current.item.originalLocale,
    title: original?.title ?? '',
    summary: original?.summary ?? '',
    body: original?.body ?? '',
    topics: ids('topic'),
    programmeAreas: ids('programme-area'),
    countries: current.countries,
    organisations: current.organisations.map((o) => o.id),
    licence: current.item.licence ?? '',
  };
}

// A refused form shows what was typed, clipped (the library's helper).
export { echo } from '../library/editorial/presenter.ts';
