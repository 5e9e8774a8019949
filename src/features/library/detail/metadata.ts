import { licenceDeedUrl } from '../../content/licences.ts';
import { isReport, normaliseDoi, splitName } from './citation.ts';
import { fileUrl } from '../files/presenter.ts';
import { plainFileSize } from './files.ts';
import type { PublicationPage } from './get-publication.ts';

const SCHOLARLY = new Set(['journal-article', 'research-paper', 'working-paper', 'thesis', 'book-chapter']);

/** schema.org type by document type: scholarly work or report (the grey literature default). */
export function schemaType(documentType: string | null): 'ScholarlyArticle' | 'Report' {
  return documentType && SCHOLARLY.has(documentType) ? 'ScholarlyArticle' : 'Report';
}

/** The publication as schema.org JSON-LD, in the original language (what the document is). */
export function jsonLd(page: PublicationPage, publicUrl: string): Record<string, unknown> {
  const c = page.citation;
  const doi = normaliseDoi(page.doi);
  const orgs = page.organisations.map((o) => ({
    '@type': 'Organization',
    name: o.name,
    ...(o.acronym ? { alternateName: o.acronym } : {}),
  }));
  const people = page.authors.map((name) => {
    const { family, given } = splitName(name);
    return { '@type': 'Person', name, familyName: family, ...(given ? { givenName: given } : {}) };
  });
  const media = page.files.map((f) => ({
    '@type': 'MediaObject',
    name: f.filename,
    contentUrl: `${publicUrl}${fileUrl(f)}`,
    encodingFormat: f.mediaType,
    contentSize: plainFileSize(f.size),
  }));
  const licence = page.item.licence ? (licenceDeedUrl(page.item.licence) ?? page.item.licence) : null;
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType(c.documentType),
    '@id': page.pageUrl,
    url: page.pageUrl,
    name: c.title,
    headline: c.title,
    author: people.length ? people : orgs,
    publisher: orgs.length ? orgs : undefined,
    sourceOrganization: orgs.length ? orgs : undefined,
    datePublished: page.issuedOn ?? (page.year ? String(page.year) : undefined),
    inLanguage: page.languages.length === 1 ? page.languages[0] : page.languages,
    abstract: c.abstract ?? undefined,
    about: page.subjects.length
      ? page.subjects.map((s) => ({ '@type': 'DefinedTerm', name: s.label, inDefinedTermSet: s.vocabulary }))
      : undefined,
    genre: page.documentType?.label,
    license: licence ?? undefined,
    identifier: doi
      ? { '@type': 'PropertyValue', propertyID: 'DOI', value: doi, url: `https://doi.org/${doi}` }
      : undefined,
    sameAs: doi ? `https://doi.org/${doi}` : undefined,
    isbn: page.isbn ?? undefined,
    numberOfPages: page.pageCount ?? undefined,
    encoding: media.length ? media : undefined,
    associatedMedia: media.length ? media : undefined,
    image: page.cover ? `${publicUrl}${fileUrl(page.cover)}` : undefined,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

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

/** Google Scholar's citation_* tags (Highwire Press), authors in order. */
export function citationMeta(page: PublicationPage, publicUrl: string): [string, string][] {
  const c = page.citation;
  const tags: [string, string][] = [['citation_title', c.title]];
  for (const a of page.authors) tags.push(['citation_author', a]);
  if (page.issuedOn) tags.push(['citation_publication_date', page.issuedOn.replace(/-/g, '/')]);
  else if (page.year) tags.push(['citation_publication_date', String(page.year)]);
  const pdf = page.files.find((f) => f.mediaType === 'application/pdf');
  if (pdf) tags.push(['citation_pdf_url', `${publicUrl}${fileUrl(pdf)}`]);
  const doi = normaliseDoi(page.doi);
  if (doi) tags.push(['citation_doi', doi]);
  if (page.isbn) tags.push(['citation_isbn', page.isbn]);
  for (const l of page.languages) tags.push(['citation_language', l]);
  const orgs = page.organisations.map((o) => o.name).join('; ');
  if (orgs)
    tags.push([
      isReport(c.documentType) ? 'citation_technical_report_institution' : 'citation_publisher',
      orgs,
    ]);
  tags.push(['citation_abstract_html_url', page.pageUrl]);
  return tags;
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
