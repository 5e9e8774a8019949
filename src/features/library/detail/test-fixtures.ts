import { randomBytes, randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../../core/db/client.ts';
import {
  type ContentStatus,
  contentCountry,
  contentItem,
  contentOrganisation,
  contentTerm,
  contentTranslation,
} from '../../content/tables.ts';
import { organisation } from '../../organisations/tables.ts';
import { termsBySlug } from '../../taxonomy/read.ts';
import { reindexPublication } from '../search/reindex.ts';
import { publication, publicationFile } from '../tables.ts';

// Test factory (used by the detail tests and the e2e suite): one publication written the way the
// editorial screens will write it, then indexed for search and related items.

export interface PublicationFixture {
  slug: string;
  status?: ContentStatus;
  originalLocale?: string;
  texts: Record<
    string,
    { title: string; summary?: string; body?: string; provenance?: 'original' | 'human' | 'machine' }
  >;
  authors?: string[];
  organisations?: { name: string; acronym?: string }[];
  year?: number;
  issuedOn?: string;
  languages?: string[];
  doi?: string;
  isbn?: string;
  url?: string;
  pageCount?: number;
  licence?: string;
  publishedAt?: Date;
  /** By vocabulary and slug, e.g. { vocabularyId: 'topic', slug: 'gender' }. */
  terms?: { vocabularyId: string; slug: string }[];
  countries?: string[];
  files?: {
    role?: 'document' | 'cover';
    filename: string;
    mediaType: string;
    size: number;
    pageCount?: number;
  }[];
}

/** Writes a publication with everything it is classified by, then indexes it. Needs the reference data loaded. */
export async function createPublication(
  db: DbOrTx,
  f: PublicationFixture,
): Promise<{ id: string; fileIds: string[] }> {
  const originalLocale = f.originalLocale ?? 'en';
  const status = f.status ?? 'published';
  const [item] = await db
    .insert(contentItem)
    .values({
      type: 'publication',
      slug: f.slug,
      status,
      originalLocale,
      licence: f.licence ?? null,
      publishedAt: status === 'published' ? (f.publishedAt ?? new Date()) : null,
    })
    .returning({ id: contentItem.id });
  const id = item!.id;
  await db.insert(contentTranslation).values(
    Object.entries(f.texts).map(([locale, t]) => ({
      itemId: id,
      locale,
      title: t.title,
      summary: t.summary ?? null,
      body: t.body ?? null,
      provenance: t.provenance ?? (locale === originalLocale ? 'original' : 'human'),
    })),
  );
  const termIds: number[] = [];
  const byVocabulary = new Map<string, string[]>();
  for (const t of f.terms ?? [])
    byVocabulary.set(t.vocabularyId, [...(byVocabulary.get(t.vocabularyId) ?? []), t.slug]);
  for (const [vocabularyId, slugs] of byVocabulary) {
    const found = await termsBySlug(db, vocabularyId, slugs);
    for (const slug of slugs) {
      const ref = found.get(slug);
      if (!ref) throw new Error(`createPublication: no term ${vocabularyId}/${slug}`);
      termIds.push(ref.id);
    }
  }
  if (termIds.length)
    await db.insert(contentTerm).values([...new Set(termIds)].map((termId) => ({ itemId: id, termId })));
  if (f.countries?.length)
    await db.insert(contentCountry).values(f.countries.map((country) => ({ itemId: id, country })));
  for (const o of f.organisations ?? []) {
    const [org] = await db
      .insert(organisation)
      .values({
        slug: `org-${randomUUID()}`,
        name: o.name,
        acronym: o.acronym ?? null,
        type: 'international',
      })
      .returning({ id: organisation.id });
    await db.insert(contentOrganisation).values({ itemId: id, organisationId: org!.id });
  }
  await db.insert(publication).values({
    itemId: id,
    year: f.year ?? null,
    issuedOn: f.issuedOn ?? null,
    authors: f.authors ?? [],
    languages: f.languages ?? [originalLocale],
    doi: f.doi ?? null,
    isbn: f.isbn ?? null,
    url: f.url ?? null,
    pageCount: f.pageCount ?? null,
  });
  const fileIds: string[] = [];
  for (const [position, file] of (f.files ?? []).entries()) {
    const [row] = await db
      .insert(publicationFile)
      .values({
        itemId: id,
        role: file.role ?? 'document',
        storageKey: `test/${randomUUID()}`,
        filename: file.filename,
        mediaType: file.mediaType,
        size: file.size,
        sha256: randomBytes(32).toString('hex'),
        pageCount: file.pageCount ?? null,
        textStatus: 'none',
        position,
      })
      .returning({ id: publicationFile.id });
    fileIds.push(row!.id);
  }
  await reindexPublication(db, id);
  return { id, fileIds };
}

/**
 * A publication using every part of the page (translations and a fallback, files, cover, DOI,
 * citations, related items through common terms), for the e2e accessibility and weight checks.
 */
export async function createShowcasePublication(db: DbOrTx): Promise<string> {
  const slug = 'showcase-cash-transfers-sahel';
  await createPublication(db, {
    slug,
    originalLocale: 'fr',
    texts: {
      fr: {
        title: 'Transferts monétaires et résilience au Sahel : leçons & perspectives',
        summary:
          'Ce rapport examine les transferts monétaires réactifs aux chocs au Sahel.\n\nIl tire des leçons pour la couverture des ménages ruraux.',
        body: 'Le corps du rapport détaille les programmes nationaux.',
      },
      en: {
        title: 'Cash transfers and resilience in the Sahel: lessons and prospects',
        summary: 'This report reviews shock-responsive cash transfers in the Sahel.',
      },
    },
    authors: ['Aminata Touré', 'Luiz Inácio da Silva', 'Jean-Paul Ngoma'],
    organisations: [{ name: 'World Bank' }, { name: 'United Nations Children’s Fund', acronym: 'UNICEF' }],
    year: 2021,
    issuedOn: '2021-03-15',
    languages: ['fr'],
    doi: '10.1234/sp.2021.001',
    isbn: '978-92-2-134567-8',
    url: 'https://example.org/report',
    pageCount: 24,
    licence: 'CC BY 4.0',
    terms: [
      { vocabularyId: 'document-type', slug: 'report' },
      { vocabularyId: 'programme-area', slug: 'cash-transfers' },
      { vocabularyId: 'topic', slug: 'shock-responsive' },
      { vocabularyId: 'topic', slug: 'gender' },
      { vocabularyId: 'population-group', slug: 'rural-households' },
    ],
    countries: ['SN', 'ML', 'NE'],
    files: [
      { filename: 'rapport-sahel.pdf', mediaType: 'application/pdf', size: 1_234_567, pageCount: 24 },
      {
        filename: 'annexes.xlsx',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        size: 48_000,
      },
      { role: 'cover', filename: 'cover.png', mediaType: 'image/png', size: 20_000 },
    ],
  });
  return slug;
}
