import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../core/db/client.ts';
import {
  contentCountry,
  contentItem,
  contentOrganisation,
  contentTerm,
  contentTranslation,
} from '../features/content/tables.ts';
import { reindexPublication } from '../features/library/search/reindex.ts';
import { publication } from '../features/library/tables.ts';
import { organisation } from '../features/organisations/tables.ts';
import { term } from '../features/taxonomy/tables.ts';

export interface PublicationInput {
  slug?: string;
  status?: 'draft' | 'submitted' | 'published' | 'rejected' | 'archived';
  originalLocale?: string;
  /** locale → texts; the original locale must be among them. */
  texts: Record<string, { title: string; summary?: string; body?: string }>;
  /** "vocabulary/slug", e.g. "topic/gender". */
  terms?: string[];
  countries?: string[];
  organisations?: string[];
  year?: number;
  authors?: string[];
  languages?: string[];
  doi?: string;
}

let counter = 0;

/** Writes a publication the way the editorial use cases do, and indexes it. */
export async function createPublication(db: DbOrTx, input: PublicationInput): Promise<string> {
  const id = randomUUID();
  const originalLocale = input.originalLocale ?? Object.keys(input.texts)[0] ?? 'en';
  const status = input.status ?? 'published';
  await db.insert(contentItem).values({
    id,
    type: 'publication',
    slug: input.slug ?? `test-publication-${++counter}-${id.slice(0, 8)}`,
    status,
    originalLocale,
    publishedAt: status === 'published' ? new Date() : null,
  });
  await db.insert(contentTranslation).values(
    Object.entries(input.texts).map(([locale, t]) => ({
      itemId: id,
      locale,
      title: t.title,
      summary: t.summary ?? null,
      body: t.body ?? null,
      provenance: locale === originalLocale ? ('original' as const) : ('human' as const),
    })),
  );
  for (const ref of input.terms ?? []) {
    const [vocabularyId, slug] = ref.split('/') as [string, string];
    const [row] = await db
      .select({ id: term.id })
      .from(term)
      .where(and(eq(term.vocabularyId, vocabularyId), eq(term.slug, slug)));
    if (!row) throw new Error(`unknown term ${ref}`);
    await db.insert(contentTerm).values({ itemId: id, termId: row.id });
  }
  if (input.countries?.length)
    await db.insert(contentCountry).values(input.countries.map((country) => ({ itemId: id, country })));
  for (const slug of input.organisations ?? []) {
    const [org] = await db
      .select({ id: organisation.id })
      .from(organisation)
      .where(eq(organisation.slug, slug));
    const orgId =
      org?.id ??
      (
        await db
          .insert(organisation)
          .values({ slug, name: slug.toUpperCase(), type: 'international' })
          .returning({ id: organisation.id })
      )[0]?.id;
    if (orgId) await db.insert(contentOrganisation).values({ itemId: id, organisationId: orgId });
  }
  await db.insert(publication).values({
    itemId: id,
    year: input.year ?? 2020,
    authors: input.authors ?? [],
    languages: input.languages ?? [originalLocale],
    doi: input.doi ?? null,
  });
  await reindexPublication(db, id);
  return id;
}
