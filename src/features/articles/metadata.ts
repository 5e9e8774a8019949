import {
  type CardImage,
  imageObject,
  ld,
  ldDocument,
  siteOrganization,
} from '../../core/render/metadata.tsx';
import { licenceForMachines } from '../content/licences.ts';
import type { ArticlePage } from './get-article.ts';
import { ARTICLES } from './types.ts';

/** The article's image for cards and schema.org: its largest variant, absolute. */
export function shareImage(page: ArticlePage, publicUrl: string): CardImage | null {
  const image = page.image;
  return image
    ? { url: `${publicUrl}${image.largest}`, width: image.width, height: image.height, alt: image.alt }
    : null;
}

/** A news item (NewsArticle) or blog post (BlogPosting) as schema.org JSON-LD, in the language shown. */
export function articleJsonLd(
  page: ArticlePage,
  url: string,
  site: { name: string; publicUrl: string },
): Record<string, unknown> {
  const { item, author, organisations, terms } = page;
  const orgs = organisations.map((o) => ld('Organization', null, { name: o.name, alternateName: o.acronym }));
  return ldDocument(
    ld(ARTICLES[page.type].schemaType, url, {
      mainEntityOfPage: url,
      // Search engines cut headlines after 110 characters; `name` keeps the whole title.
      headline: item.title.slice(0, 110),
      name: item.title,
      description: item.summary,
      inLanguage: item.shownLocale,
      datePublished: item.publishedAt,
      dateModified: item.updatedAt,
      author: author ? [ld('Person', null, { name: author })] : orgs,
      publisher: orgs.length ? orgs : siteOrganization(site.name, site.publicUrl),
      image: imageObject(shareImage(page, site.publicUrl)),
      keywords: terms
        .filter((t) => t.vocabularyId !== 'content-type')
        .map((t) => t.label)
        .join(', '),
      license: licenceForMachines(item.licence),
    }),
  );
}
