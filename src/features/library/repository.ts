import { eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import { publication } from './tables.ts';

export async function publicationFields(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.select().from(publication).where(inArray(publication.itemId, itemIds));
}

export async function publicationOf(db: DbOrTx, itemId: string) {
  const [row] = await db.select().from(publication).where(eq(publication.itemId, itemId));
  return row ?? null;
}

/** What the public API adds for publications: the bibliographic fields and the documents. */
export async function publicationApiFields(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return queryRows<{
    itemId: string;
    authors: string[];
    year: number | null;
    issuedOn: string | null;
    languages: string[];
    doi: string | null;
    isbn: string | null;
    url: string | null;
    pageCount: number | null;
    files: { id: string; filename: string; mediaType: string; size: number; pageCount: number | null }[];
  }>(
    db,
    sql`select p.item_id as "itemId", p.authors, p.year, p.issued_on::text as "issuedOn", p.languages,
        p.doi, p.isbn, p.url, p.page_count as "pageCount",
        coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename,
            'mediaType', f.media_type, 'size', f.size, 'pageCount', f.page_count) order by f.position, f.created_at)
          from publication_file f where f.item_id = p.item_id and f.role = 'document'), '[]'::json) as files
      from publication p where p.item_id = any(${sql.param(itemIds)}::uuid[])`,
  );
}
