import { ld, ldDocument } from '../../../core/render/metadata.tsx';
import { licenceForMachines } from '../../content/licences.ts';
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
  const orgs = page.organisations.map((o) =>
    ld('Organization', null, { name: o.name, alternateName: o.acronym }),
  );
  const people = page.authors.map((name) => {
    const { family, given } = splitName(name);
    return ld('Person', null, { name, familyName: family, givenName: given });
  });
  const media = page.files.map((f) => ({
    '@type': 'MediaObject',
    name: f.filename,
    contentUrl: `${publicUrl}${fileUrl(f)}`,
    encodingFormat: f.mediaType,
    contentSize: plainFileSize(f.size),
  }));
  return ldDocument(
    ld(schemaType(c.documentType), page.pageUrl, {
      name: c.title,
      headline: c.title,
      author: people.length ? people : orgs,
      publisher: orgs,
      sourceOrganization: orgs,
      datePublished: page.issuedOn ?? (page.year ? String(page.year) : undefined),
      dateModified: page.item.updatedAt,
      inLanguage: page.languages.length === 1 ? page.languages[0] : page.languages,
      abstract: c.abstract,
      about: page.subjects.map((s) => ({
        '@type': 'DefinedTerm',
        name: s.label,
        inDefinedTermSet: s.vocabulary,
      })),
      genre: page.documentType?.label,
      license: licenceForMachines(page.item.licence),
      identifier: doi
        ? { '@type': 'PropertyValue', propertyID: 'DOI', value: doi, url: `https://doi.org/${doi}` }
        : undefined,
      sameAs: doi ? `https://doi.org/${doi}` : undefined,
      isbn: page.isbn,
      numberOfPages: page.pageCount,
      encoding: media,
      associatedMedia: media,
      image: page.cover ? `${publicUrl}${fileUrl(page.cover)}` : undefined,
    }),
  );
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
