import type { Db } from '../../../core/db/client.ts';
import { notFound } from '../../../core/errors.ts';
import type { Locale } from '../../../core/i18n/index.ts';
import { getItem } from '../../content/browse.ts';
import type { CitationSource } from './citation.ts';
import {
  type PublicationFileRow,
  publicationExtras,
  relatedPublications,
  type TextRow,
} from './repository.ts';

/** What a publication's slug may look like; anything else is not found (never a 500). */
export const SLUG = /^[a-z0-9-]{1,200}$/;

const RELATED = 5;
/** Axes shown apart or not at all: every library item is a publication; the type is shown on its own. */
const OWN_ROWS = new Set(['content-type', 'document-type']);
/** Axes whose terms become citation keywords and schema.org "about". */
const SUBJECT_AXES = new Set(['programme-area', 'topic', 'population-group']);

export type PublicationPage = Awaited<ReturnType<typeof getPublicationPage>>;

/**
 * Everything the publication page and its citations show, in the reader's language where it
 * exists: only published items; unknown, unpublished or malformed slugs are not found.
 */
export async function getPublicationPage(db: Db, slug: string, locale: Locale, publicUrl: string) {
  if (!SLUG.test(slug)) throw notFound();
  const { item, terms, countries, organisations, publication } = await getItem(
    db,
    'publication',
    slug,
    locale,
  );
  const [extras, relatedRows] = await Promise.all([
    publicationExtras(db, item.id, locale),
    relatedPublications(db, item.id, RELATED),
  ]);

  // Title, summary and body each in the reader's language when that version has it, else the original's.
  const mine = extras.texts.find((x) => x.locale === locale);
  const original = extras.texts.find((x) => x.locale === item.originalLocale);
  const block = (pick: (x: TextRow) => string | null) => {
    for (const x of [mine, original]) {
      const value = x && pick(x);
      if (value) return { text: value, locale: x.locale };
    }
    return null;
  };
  const title = block((x) => x.title) ?? { text: item.title, locale: item.shownLocale };
  const texts = {
    title,
    summary: block((x) => x.summary),
    body: block((x) => x.body),
    /** The reader's version is a machine translation. */
    machine: mine?.provenance === 'machine',
  };

  const axes: { vocabularyId: string; label: string; terms: string[] }[] = [];
  for (const term of terms) {
    if (OWN_ROWS.has(term.vocabularyId)) continue;
    const axis = axes.find((a) => a.vocabularyId === term.vocabularyId);
    if (axis) axis.terms.push(term.label);
    else axes.push({ vocabularyId: term.vocabularyId, label: term.vocabularyLabel, terms: [term.label] });
  }
  const documentType = terms.find((t) => t.vocabularyId === 'document-type') ?? null;
  const subjects = terms.filter((t) => SUBJECT_AXES.has(t.vocabularyId));

  const documents: PublicationFileRow[] = extras.files.filter((f) => f.role === 'document');
  const cover = extras.files.find((f) => f.role === 'cover') ?? null;
  const pageUrl = `${publicUrl}/${locale}/library/${item.slug}`;
  const url = publication?.url && /^https?:\/\/\S+$/i.test(publication.url) ? publication.url : null;
  const issuedOn = publication?.issuedOn ?? null;
  const year = publication?.year ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : null);
  const languages = publication?.languages.length ? publication.languages : [item.originalLocale];

  const related = relatedRows.map((r) => {
    const shown = r.titles[locale] !== undefined ? locale : r.originalLocale;
    return { slug: r.slug, title: r.titles[shown] ?? r.slug, locale: shown, year: r.year };
  });

  const citation: CitationSource = {
    slug: item.slug,
    title: original?.title ?? item.title,
    abstract: original?.summary ?? null,
    authors: publication?.authors ?? [],
    organisations: organisations.map((o) => o.name),
    year,
    issuedOn,
    documentType: documentType?.slug ?? null,
    language: languages[0] ?? null,
    doi: publication?.doi ?? null,
    isbn: publication?.isbn ?? null,
    url: url ?? pageUrl,
    keywords: subjects.map((t) => t.label),
  };

  return {
    item,
    texts,
    pageUrl,
    authors: publication?.authors ?? [],
    organisations,
    issuedOn,
    year,
    documentType,
    axes,
    subjects: subjects.map((t) => ({ label: t.label, vocabulary: t.vocabularyLabel })),
    countries,
    languages,
    doi: publication?.doi ?? null,
    isbn: publication?.isbn ?? null,
    url,
    pageCount: publication?.pageCount ?? null,
    translations: extras.translations,
    files: documents,
    cover,
    related,
    citation,
  };
}
