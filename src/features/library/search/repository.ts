import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';

/** Everything the search document of a publication is built from, in one round trip. */
export async function publicationForIndex(db: DbOrTx, itemId: string) {
  const [row] = await queryRows<{
    id: string;
    slug: string;
    status: string;
    original_locale: string;
    published_at: string | Date | null;
    year: number | null;
    issued_on: string | null;
    authors: string[] | null;
    languages: string[] | null;
    translations: { locale: string; title: string; summary: string | null; body: string | null }[];
    term_ids: number[];
    countries: string[];
    organisation_ids: string[];
    organisations: string[];
    file_texts: string[];
  }>(
    db,
    sql`select ci.id, ci.slug, ci.status, ci.original_locale, ci.published_at,
          p.year, p.issued_on::text as issued_on, p.authors, p.languages,
          coalesce((select json_agg(json_build_object('locale', t.locale, 'title', t.title,
              'summary', t.summary, 'body', t.body) order by t.locale)
            from content_translation t where t.item_id = ci.id), '[]'::json) as translations,
          coalesce((select array_agg(term_id) from content_term where item_id = ci.id), '{}') as term_ids,
          coalesce((select array_agg(country) from content_country where item_id = ci.id), '{}') as countries,
          coalesce((select array_agg(organisation_id::text) from content_organisation where item_id = ci.id), '{}')
            as organisation_ids,
          coalesce((select array_agg(concat_ws(' ', o.name, o.acronym)) from content_organisation co
            join organisation o on o.id = co.organisation_id where co.item_id = ci.id), '{}') as organisations,
          coalesce((select array_agg(ft.text order by f.position) from publication_file f
            join publication_file_text ft on ft.file_id = f.id where f.item_id = ci.id and f.role = 'document'), '{}')
            as file_texts
        from content_item ci left join publication p on p.item_id = ci.id
        where ci.id = ${itemId} and ci.type = 'publication'`,
  );
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    originalLocale: row.original_locale,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    year: row.year,
    issuedOn: row.issued_on,
    authors: row.authors ?? [],
    languages: row.languages ?? [],
    translations: row.translations,
    termIds: row.term_ids.map(Number),
    countries: row.countries,
    organisationIds: row.organisation_ids,
    organisations: row.organisations,
    fileTexts: row.file_texts,
  };
}

export async function publicationIds(db: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from content_item where type = 'publication' order by created_at, id`,
  );
  return rows.map((r) => r.id);
}
