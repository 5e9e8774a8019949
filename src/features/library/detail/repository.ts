import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';

export interface PublicationFileRow {
  id: string;
  role: 'document' | 'cover';
  filename: string;
  mediaType: string;
  size: number;
  pageCount: number | null;
}

export interface TextRow {
  locale: string;
  title: string;
  summary: string | null;
  body: string | null;
  provenance: string;
}

export interface PublicationExtras {
  /** The reader's language version, if any, and the original: each block falls back on its own. */
  texts: TextRow[];
  /** Every language version with its provenance (original / human / machine). */
  translations: { locale: string; provenance: string }[];
  files: PublicationFileRow[];
}

/**
 * The texts in the reader's and the original language, the list of language versions and the
 * files of one publication, in one round trip.
 */
export async function publicationExtras(
  db: DbOrTx,
  itemId: string,
  locale: string,
): Promise<PublicationExtras> {
  const [row] = await queryRows<{
    texts: TextRow[];
    translations: { locale: string; provenance: string }[];
    files: {
      id: string;
      role: string;
      filename: string;
      media_type: string;
      size: number | string;
      page_count: number | null;
    }[];
  }>(
    db,
    sql`select
          coalesce((select json_agg(json_build_object('locale', t.locale, 'title', t.title, 'summary', t.summary,
              'body', t.body, 'provenance', t.provenance))
            from content_translation t where t.item_id = ci.id and t.locale in (${locale}, ci.original_locale)),
            '[]'::json) as texts,
          coalesce((select json_agg(json_build_object('locale', t.locale, 'provenance', t.provenance) order by t.locale)
            from content_translation t where t.item_id = ci.id), '[]'::json) as translations,
          coalesce((select json_agg(json_build_object('id', f.id, 'role', f.role, 'filename', f.filename,
              'media_type', f.media_type, 'size', f.size, 'page_count', f.page_count)
              order by f.position, f.created_at, f.id)
            from publication_file f where f.item_id = ci.id), '[]'::json) as files
        from content_item ci where ci.id = ${itemId}`,
  );
  if (!row) return { texts: [], translations: [], files: [] };
  return {
    texts: row.texts,
    translations: row.translations,
    files: row.files.map((f) => ({
      id: f.id,
      role: f.role === 'cover' ? 'cover' : 'document',
      filename: f.filename,
      mediaType: f.media_type,
      size: Number(f.size),
      pageCount: f.page_count,
    })),
  };
}

/** How many candidates sharing a term are ranked; bounds the work on very common terms. */
const RELATED_CANDIDATES = 500;

export interface RelatedRow {
  slug: string;
  titles: Record<string, string>;
  originalLocale: string;
  year: number | null;
}

/**
 * Published publications sharing the most classification terms with this one (the search
 * document's term ids, ancestors and country groupings included; the content-type axis, which
 * every publication shares, left out), newest first among equals. Two steps, so the planner
 * sees the actual term ids: for common terms it walks the date index newest first and stops
 * after RELATED_CANDIDATES matches, for rare ones it uses the GIN index on term_ids (`&&`).
 * Only those candidates are ranked, so a term half the library carries costs bounded work.
 */
export async function relatedPublications(db: DbOrTx, itemId: string, limit: number): Promise<RelatedRow[]> {
  const [mine] = await queryRows<{ ids: number[] | null }>(
    db,
    sql`select array_agg(x.id) as ids
        from search_document me cross join lateral unnest(me.term_ids) as x(id)
        where me.kind = 'publication' and me.ref_id = ${itemId}
          and not exists (select 1 from term ct where ct.id = x.id and ct.vocabulary_id = 'content-type')`,
  );
  const ids = (mine?.ids ?? []).map(Number).filter(Number.isInteger);
  if (ids.length === 0) return [];
  const termIds = `{${ids.join(',')}}`;
  const rows = await queryRows<{
    slug: string;
    titles: Record<string, string>;
    original_locale: string;
    year: number | null;
  }>(
    db,
    sql`select c.slug, c.titles, c.original_locale, c.year
        from (
          select sd.ref_id, sd.slug, sd.titles, sd.original_locale, sd.year, sd.sort_date, sd.term_ids
          from search_document sd
          where sd.kind = 'publication' and sd.ref_id <> ${itemId} and sd.term_ids && ${termIds}::int[]
          order by sd.kind desc, sd.sort_date desc
          limit ${RELATED_CANDIDATES}
        ) c
        join content_item ci on ci.id = c.ref_id::uuid
        where ci.status = 'published' and ci.type = 'publication'
        order by cardinality(array(select unnest(c.term_ids) intersect select unnest(${termIds}::int[]))) desc,
          c.sort_date desc nulls last, c.ref_id
        limit ${limit}`,
  );
  return rows.map((r) => ({
    slug: r.slug,
    titles: r.titles,
    originalLocale: r.original_locale,
    year: r.year,
  }));
}
