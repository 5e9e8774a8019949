import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';

/** A published item as the public API shows it, texts in one language (see `publicItems`). */
export interface PublicItemRow {
  id: string;
  type: string;
  slug: string;
  originalLocale: string;
  licence: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** The language the texts are in: the one asked for when the item has it, else the original. */
  shownLocale: string;
  provenance: string;
  title: string;
  summary: string | null;
  body: string | null;
  locales: string[];
  countries: string[];
  organisations: { slug: string; name: string; acronym: string | null }[];
  terms: { vocabulary: string; slug: string; label: string }[];
}

/**
 * Published items by id, in the order given, in one round trip: texts in `locale` (else the
 * original language; null locale: the original), their languages, classification (labels in
 * the reader's language, else English) and organisations. Unpublished ids drop out.
 */
export async function publicItems(
  db: DbOrTx,
  ids: string[],
  opts: { locale: string | null; labelLocale: string; withBody: boolean },
): Promise<PublicItemRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<
    Omit<PublicItemRow, 'publishedAt' | 'updatedAt'> & {
      publishedAt: string | Date | null;
      updatedAt: string | Date;
    }
  >(
    db,
    sql`select ci.id, ci.type, ci.slug, ci.original_locale as "originalLocale", ci.licence,
        ci.published_at as "publishedAt", ci.updated_at as "updatedAt",
        t.locale as "shownLocale", t.provenance, t.title, t.summary,
        ${opts.withBody ? sql`t.body` : sql`null::text`} as body,
        array(select l.locale from content_translation l where l.item_id = ci.id order by l.locale) as locales,
        array(select c.country from content_country c where c.item_id = ci.id order by c.country) as countries,
        coalesce((select json_agg(json_build_object('slug', o.slug, 'name', o.name, 'acronym', o.acronym)
            order by o.name)
          from content_organisation co join organisation o on o.id = co.organisation_id
          where co.item_id = ci.id), '[]'::json) as organisations,
        coalesce((select json_agg(json_build_object('vocabulary', tm.vocabulary_id, 'slug', tm.slug,
            'label', coalesce(lb.label, en.label, tm.slug)) order by tm.vocabulary_id, tm.position)
          from content_term ct join term tm on tm.id = ct.term_id
          left join term_label lb on lb.term_id = tm.id and lb.locale = ${opts.labelLocale}
          left join term_label en on en.term_id = tm.id and en.locale = 'en'
          where ct.item_id = ci.id), '[]'::json) as terms
      from unnest(${sql.param(ids)}::uuid[]) with ordinality as p(id, ord)
      join content_item ci on ci.id = p.id and ci.status = 'published'
      join lateral (
        select tr.* from content_translation tr where tr.item_id = ci.id
          and tr.locale in (${opts.locale ?? ''}, ci.original_locale)
        order by (tr.locale = ${opts.locale ?? ''}) desc limit 1
      ) t on true
      order by p.ord`,
  );
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
    updatedAt: new Date(r.updatedAt),
  }));
}

/** The id of a published item of `type` by its slug, or null. */
export async function publicItemId(db: DbOrTx, type: string, slug: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from content_item where type = ${type} and slug = ${slug} and status = 'published'`,
  );
  return row?.id ?? null;
}

/** Lead images (news, blog posts, events, webinars) of the given items. */
export async function itemImages(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return queryRows<{
    itemId: string;
    alt: string;
    width: number;
    height: number;
    variants: { width: number; height: number; key: string; mediaType: string }[];
  }>(
    db,
    sql`select item_id as "itemId", alt, width, height, variants from content_image
      where item_id = any(${sql.param(ids)}::uuid[])`,
  );
}
