import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { originalTitle } from '../../content/repository.ts';
import { linkCheck } from '../tables.ts';

/** Links not checked for `days` days (or never), oldest check first. */
export async function linksDue(
  db: DbOrTx,
  links: { itemId: string; url: string }[],
  days: number,
  limit: number,
): Promise<{ itemId: string; url: string }[]> {
  if (links.length === 0) return [];
  return queryRows(
    db,
    sql`select l.item_id as "itemId", l.url
        from unnest(${sql.param(links.map((l) => l.itemId))}::uuid[], ${sql.param(links.map((l) => l.url))}::text[]) as l(item_id, url)
        left join link_check c on c.item_id = l.item_id and c.url = l.url
        where c.checked_at is null or c.checked_at < now() - make_interval(days => ${days})
        order by c.checked_at nulls first
        limit ${limit}`,
  );
}

export async function recordCheck(
  db: DbOrTx,
  r: { itemId: string; url: string; ok: boolean; statusCode: number | null; error: string | null },
): Promise<void> {
  await db
    .insert(linkCheck)
    .values({ ...r, failures: r.ok ? 0 : 1, checkedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [linkCheck.itemId, linkCheck.url],
      set: {
        ok: r.ok,
        statusCode: r.statusCode,
        error: r.error,
        checkedAt: sql`now()`,
        failures: r.ok ? 0 : sql`${linkCheck.failures} + 1`,
      },
    });
}

/** Forgets checks of links an item no longer has. */
export async function pruneChecks(db: DbOrTx, links: { itemId: string; url: string }[]): Promise<void> {
  await db.execute(
    sql`delete from link_check c where not exists (
          select 1 from unnest(${sql.param(links.map((l) => l.itemId))}::uuid[], ${sql.param(links.map((l) => l.url))}::text[]) as l(item_id, url)
          where l.item_id = c.item_id and l.url = c.url)`,
  );
}

export interface BrokenLinkRow {
  itemId: string;
  type: string;
  title: string;
  url: string;
  statusCode: number | null;
  error: string | null;
  failures: number;
  checkedAt: Date;
}

/** Links that failed their last check, the most persistent first. */
export async function brokenLinks(db: DbOrTx, limit: number): Promise<BrokenLinkRow[]> {
  const rows = await queryRows<{
    item_id: string;
    type: string;
    title: string;
    url: string;
    status_code: number | null;
    error: string | null;
    failures: number;
    checked_at: string;
  }>(
    db,
    sql`select c.item_id, i.type, c.url, c.status_code, c.error, c.failures, c.checked_at,
          ${originalTitle('i')} as title
        from link_check c join content_item i on i.id = c.item_id
        where not c.ok order by c.failures desc, c.checked_at desc limit ${limit}`,
  );
  return rows.map((r) => ({
    itemId: r.item_id,
    type: r.type,
    title: r.title,
    url: r.url,
    statusCode: r.status_code === null ? null : Number(r.status_code),
    error: r.error,
    failures: Number(r.failures),
    checkedAt: new Date(r.checked_at),
  }));
}

export type MetadataProblem = 'summary' | 'licence' | 'classification' | 'country' | 'organisation';

export interface IncompleteRow {
  id: string;
  type: string;
  status: string;
  title: string;
  problems: MetadataProblem[];
}

/**
 * Published or waiting items that lack what a reader or a harvester needs: a summary in the
 * original language, a licence, a theme (programme area or topic), a country, an organisation.
 */
export async function incompleteItems(
  db: DbOrTx,
  types: string[],
  limit: number,
): Promise<{ rows: IncompleteRow[]; total: number }> {
  const rows = await queryRows<{
    id: string;
    type: string;
    status: string;
    title: string;
    problems: MetadataProblem[];
    total: number;
  }>(
    db,
    sql`with checked as (
          select i.id, i.type, i.status, i.published_at, coalesce(o.title, i.slug) as title,
            array_remove(array[
              case when coalesce(trim(o.summary), '') = '' then 'summary' end,
              case when i.licence is null then 'licence' end,
              case when not exists (select 1 from content_term ct join term t on t.id = ct.term_id
                where ct.item_id = i.id and t.vocabulary_id in ('programme-area', 'topic')) then 'classification' end,
              case when not exists (select 1 from content_country cc where cc.item_id = i.id) then 'country' end,
              case when not exists (select 1 from content_organisation co where co.item_id = i.id) then 'organisation' end
            ], null) as problems
          from content_item i
          left join content_translation o on o.item_id = i.id and o.locale = i.original_locale
          where i.type = any(${sql.param(types)}::text[]) and i.status in ('published', 'submitted', 'in_review')
        )
        select id, type, status, title, problems, count(*) over ()::int as total
        from checked where cardinality(problems) > 0
        order by cardinality(problems) desc, published_at desc nulls first, id
        limit ${limit}`,
  );
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _, ...r }) => r) };
}

export interface DuplicatePairRow {
  itemId: string;
  itemTitle: string;
  itemType: string;
  otherId: string;
  otherTitle: string;
  reason: string;
}

/** Suspected duplicates still standing (neither item rejected or archived), newest first. */
export async function suspectedDuplicates(db: DbOrTx, limit: number): Promise<DuplicatePairRow[]> {
  return queryRows<DuplicatePairRow>(
    db,
    sql`select d.item_id as "itemId", a.type as "itemType", d.other_id as "otherId", d.reason,
          ${originalTitle('a')} as "itemTitle",
          ${originalTitle('b')} as "otherTitle"
        from publication_duplicate d
        join content_item a on a.id = d.item_id join content_item b on b.id = d.other_id
        where a.status not in ('rejected', 'archived') and b.status not in ('rejected', 'archived')
        order by d.created_at desc limit ${limit}`,
  );
}
