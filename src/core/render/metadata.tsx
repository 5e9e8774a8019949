import { LOCALES, type Locale } from '../i18n/index.ts';
import { useCtx } from './context.ts';

/**
 * Structured metadata every public detail page carries in <head>: a canonical link, an Open
 * Graph card (with the Twitter card type) and schema.org JSON-LD. One component, so each page
 * only says what it is; see docs/structured-metadata.md.
 */

/** Open Graph wants language_TERRITORY; the territory where most of each language's readers are. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', fr: 'fr_FR', es: 'es_ES', pt: 'pt_BR' };

export interface CardImage {
  /** Absolute URL. */
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

export interface PageCard {
  /** Canonical address, absolute (the site's origin and the reader's locale). */
  url: string;
  /** og:type: "article" for dated writing, "website" otherwise. */
  type: 'article' | 'website';
  title: string;
  /** Shortened for the card. */
  description?: string | null;
  image?: CardImage | null;
  /** Languages the content is written in; the site's other locales among them become og:locale:alternate. */
  languages?: readonly string[];
  /** article:published_time and article:modified_time (type "article" only). */
  published?: Date | null;
  modified?: Date | null;
  /** The page's schema.org description (built with `ld`). */
  jsonLd?: Record<string, unknown> | null;
}

/** Cards wider than this get the large-image Twitter card (its minimum is 300 × 157). */
const LARGE_IMAGE_MIN_WIDTH = 300;

/** Canonical link, Open Graph and Twitter card, and the JSON-LD script (with the CSP nonce). */
export function PageMetadata({ card }: { card: PageCard }) {
  const { t, locale, nonce } = useCtx();
  const image = card.image;
  const large = !!image?.width && image.width >= LARGE_IMAGE_MIN_WIDTH;
  const alternates = LOCALES.filter((l) => l !== locale && card.languages?.includes(l));
  const description = card.description ? shorten(card.description, 300) : null;
  return (
    <>
      <link rel="canonical" href={card.url} />
      <meta property="og:type" content={card.type} />
      <meta property="og:site_name" content={t('ui.site.name')} />
      <meta property="og:title" content={card.title} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={card.url} />
      <meta property="og:locale" content={OG_LOCALES[locale]} />
      {alternates.map((l) => (
        <meta key={l} property="og:locale:alternate" content={OG_LOCALES[l]} />
      ))}
      {image && <meta property="og:image" content={image.url} />}
      {image?.width && <meta property="og:image:width" content={String(image.width)} />}
      {image?.height && <meta property="og:image:height" content={String(image.height)} />}
      {image?.alt && <meta property="og:image:alt" content={image.alt} />}
      {card.type === 'article' && card.published && (
        <meta property="article:published_time" content={card.published.toISOString()} />
      )}
      {card.type === 'article' && card.modified && (
        <meta property="article:modified_time" content={card.modified.toISOString()} />
      )}
      <meta name="twitter:card" content={large ? 'summary_large_image' : 'summary'} />
      {card.jsonLd && (
        <script
          type="application/ld+json"
          nonce={nonce}
          // JSON with <, > and & escaped (serializeJsonLd): a title cannot end the element.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(card.jsonLd) }}
        />
      )}
    </>
  );
}

/**
 * A schema.org node: `@type`, `@id` and `url` (the canonical address), then the fields that
 * have a value — undefined, null, "" and [] are left out, dates become ISO 8601.
 */
export function ld(
  type: string,
  url: string | null,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { '@type': type };
  if (url) Object.assign(out, { '@id': url, url });
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** The top node of a page's JSON-LD. */
export const ldDocument = (node: Record<string, unknown>) => ({ '@context': 'https://schema.org', ...node });

/**
 * The page an item is the main entity of, carrying what schema.org keeps for creative works
 * (licence, dates, language): an Event, Organization or DefinedTerm has no `license` of its own.
 */
export const webPage = (url: string, fields: Record<string, unknown>) => ld('WebPage', url, fields);

/** schema.org's attendance modes, by the platform's own names. */
export const ATTENDANCE_MODES = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** The site itself as a schema.org Organization (publisher of what it hosts). */
export const siteOrganization = (name: string, publicUrl: string) =>
  ld('Organization', null, { name, url: `${publicUrl}/` });

/** An image for schema.org, with its size when known. */
export const imageObject = (image: CardImage | null | undefined) =>
  image ? ld('ImageObject', null, { url: image.url, width: image.width, height: image.height }) : undefined;

/**
 * JSON for an inline <script>: "<", ">" and "&" as \u escapes, so "</script>" or "<!--" in a
 * title cannot end the element early; the line separators JavaScript once refused too.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
