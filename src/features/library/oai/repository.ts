import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import type { SetSelection } from './sets.ts';

// SQL of the OAI-PMH harvest. Like the library's search repository it reads the content tables
// publications are made of. Sets arrive resolved (term ids, country codes: see sets.ts).

/**
 * The records of the repository: publications that were ever published. One that is not
 * published now (unpublished, archived) stays as a deleted record — publications are never
 * deleted from the database, so deletions are persistent. Items never published (drafts,
 * submissions, scheduled, rejected) do not exist for harvesters.
 */
const IS_RECORD = sql`ci.type = 'publication' and ci.published_at is not null`;

/** updated_at in microseconds since the epoch, as text: exact, where a JS Date keeps milliseconds. */
const UPDATED_US = sql`(extract(epoch from ci.updated_at) * 1000000)::bigint::text`;

export interface HarvestFilter {
  from?: Date;
  /** Exclusive upper bound (the instant after an inclusive `until`). */
  before?: Date;
  set?: SetSelection;
}

export interface HeaderRow {
  id: string;
  deleted: boolean;
  /** Datestamp source: updated_at in microseconds since the epoch. */
  updatedUs: string;
  termIds: number[];
  countries: string[];
}

function filterSql(f: HarvestFilter): SQL {
  const parts = [IS_RECORD];
  if (f.from) parts.push(sql`ci.updated_at >= ${f.from.toISOString()}::timestamptz`);
  if (f.before) parts.push(sql`ci.updated_at < ${f.before.toISOString()}::timestamptz`);
  if (f.set)
    parts.push(sql`(exists (select 1 from content_term ct where ct.item_id = ci.id
        and ct.term_id = any(${sql.param(f.set.termIds)}::int[]))
      or exists (select 1 from content_country cc where cc.item_id = ci.id
        and cc.country = any(${sql.param(f.set.countries)}::text[])))`);
  return sql.join(parts, sql` and `);
}

const HEADER_COLUMNS = sql`ci.id, ci.status <> 'published' as deleted, ${UPDATED_US} as "updatedUs",
  array(select ct.term_id from content_term ct where ct.item_id = ci.id) as "termIds",
  array(select cc.country from content_country cc where cc.item_id = ci.id) as countries`;

function headers(rows: HeaderRow[]): HeaderRow[] {
  return rows.map((r) => ({ ...r, termIds: r.termIds.map(Number) }));
}

/** The oldest datestamp of any record (microseconds since the epoch), or null without records. */
export async function earliestUpdate(db: DbOrTx): Promise<string | null> {
  const [row] = await queryRows<{ us: string | null }>(
    db,
    sql`select (extract(epoch from min(ci.updated_at)) * 1000000)::bigint::text as us
        from content_item ci where ${IS_RECORD}`,
  );
  return row?.us ?? null;
}

export async function countRecords(db: DbOrTx, f: HarvestFilter): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from content_item ci where ${filterSql(f)}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * One page of records in datestamp order, after the record `after` (keyset on updated_at and
 * id, which the index content_item_changed_idx serves in order).
 */
export async function recordPage(
  db: DbOrTx,
  f: HarvestFilter,
  after: [us: string, id: string] | null,
  limit: number,
): Promise<HeaderRow[]> {
  const seek = after
    ? sql`and (ci.updated_at, ci.id) > ('epoch'::timestamptz + ${after[0]}::bigint * interval '1 microsecond',
        ${after[1]}::uuid)`
    : sql``;
  const rows = await queryRows<HeaderRow>(
    db,
    sql`select ${HEADER_COLUMNS} from content_item ci where ${filterSql(f)} ${seek}
        order by ci.updated_at, ci.id limit ${limit}`,
  );
  return headers(rows);
}

export async function findRecord(db: DbOrTx, id: string): Promise<HeaderRow | null> {
  const rows = await queryRows<HeaderRow>(
    db,
    sql`select ${HEADER_COLUMNS} from content_item ci where ci.id = ${id}::uuid and ${IS_RECORD}`,
  );
  return headers(rows)[0] ?? null;
}

export interface RecordMetadataRow {
  id: string;
  slug: string;
  originalLocale: string;
  licence: string | null;
  publishedAt: string;
  year: number | null;
  issuedOn: string | null;
  authors: string[] | null;
  languages: string[] | null;
  doi: string | null;
  isbn: string | null;
  url: string | null;
  /** Every language version, the original first. */
  translations: { locale: string; title: string; summary: string | null }[];
  countries: string[];
  /** Media types of the document's files. */
  formats: string[];
}

/** What the Dublin Core records of these publications are made of, in one round trip. */
export async function recordMetadata(db: DbOrTx, ids: string[]): Promise<RecordMetadataRow[]> {
  if (ids.length === 0) return [];
  return queryRows<RecordMetadataRow>(
    db,
    sql`select ci.id, ci.slug, ci.original_locale as "originalLocale", ci.licence,
          to_char(ci.published_at at time zone 'UTC', 'YYYY-MM-DD') as "publishedAt",
          p.year, p.issued_on::text as "issuedOn", p.authors, p.languages, p.doi, p.isbn, p.url,
          coalesce((select json_agg(json_build_object('locale', t.locale, 'title', t.title, 'summary', t.summary)
              order by t.locale <> ci.original_locale, t.locale)
            from content_translation t where t.item_id = ci.id), '[]'::json) as translations,
          array(select cc.country from content_country cc where cc.item_id = ci.id order by cc.country) as countries,
          array(select distinct f.media_type from publication_file f where f.item_id = ci.id and f.role = 'document')
            as formats
        from content_item ci left join publication p on p.item_id = ci.id
        where ci.id = any(${sql.param(ids)}::uuid[])`,
  );
}
