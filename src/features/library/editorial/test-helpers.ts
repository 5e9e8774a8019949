import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.ts';
import { searchDocument } from '../../../core/search/tables.ts';
import { contentItem } from '../../content/tables.ts';
import { allOrganisations } from '../../organisations/read.ts';
import { termsBySlug } from '../../taxonomy/index.tsx';

// Helpers of the editorial tests: term ids by slug, a valid form, and what the database holds.

export async function termId(db: DbOrTx, vocabularyId: string, slug: string): Promise<number> {
  const found = (await termsBySlug(db, vocabularyId, [slug])).get(slug);
  if (!found) throw new Error(`no term ${vocabularyId}/${slug}`);
  return found.id;
}

/** A complete, valid publication form (as a browser posts it). */
export async function validForm(db: DbOrTx, overrides: Record<string, string | string[]> = {}) {
  const orgs = await allOrganisations(db);
  return {
    title: 'Cash transfers and school attendance in Senegal',
    summary: 'An evaluation of the national cash transfer programme.\r\n\r\nSecond paragraph.',
    body: '',
    originalLocale: 'en',
    authors: 'Aminata Diallo\r\nJoão Silva',
    organisations: orgs.slice(0, 2).map((o) => o.id),
    year: '2021',
    issuedOn: '2021-03-15',
    documentType: String(await termId(db, 'document-type', 'report')),
    programmeAreas: String(await termId(db, 'programme-area', 'conditional-cash-transfers')),
    topics: [String(await termId(db, 'topic', 'gender'))],
    populationGroups: String(await termId(db, 'population-group', 'children')),
    countries: ['SN', 'ML'],
    languages: ['en', 'fr'],
    doi: '',
    isbn: '978-92-2-133963-2',
    url: 'https://www.example.org/report',
    licence: 'cc-by-4.0',
    ...overrides,
  };
}

export async function itemsTitled(db: DbOrTx, slugPrefix: string) {
  const rows = await db.select().from(contentItem).where(eq(contentItem.type, 'publication'));
  return rows.filter((r) => r.slug.startsWith(slugPrefix));
}

export async function searchRow(db: DbOrTx, itemId: string) {
  const [row] = await db
    .select()
    .from(searchDocument)
    .where(and(eq(searchDocument.kind, 'publication'), eq(searchDocument.refId, itemId)));
  return row ?? null;
}

/** The item id in a redirect to /{locale}/library/submissions/{id} or /{locale}/admin/library/{id}/edit. */
export function idFromLocation(location: unknown): string {
  const m = /\/([0-9a-f-]{36})(?:\/edit)?(?:\?|$)/.exec(String(location));
  if (!m) throw new Error(`no item id in ${String(location)}`);
  return m[1]!;
}

export const decodeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
