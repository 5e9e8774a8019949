import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import type { ContentStatus } from '../../content/tables.ts';

export interface QueueFilter {
  types: string[];
  type?: string;
  language?: string;
  status?: 'submitted' | 'in_review';
  /** Waiting at least this many days. */
  minDays?: number;
  /** 'none': nobody has it; a user id: that editor's. */
  assignee?: string;
  limit: number;
  offset: number;
}

export interface QueueRow {
  id: string;
  type: string;
  status: ContentStatus;
  title: string;
  language: string;
  submitter: string | null;
  assigneeId: string | null;
  assignee: string | null;
  submittedAt: Date;
  version: number;
}

/** The review queue, longest waiting first. */
export async function listQueue(db: DbOrTx, f: QueueFilter): Promise<{ rows: QueueRow[]; total: number }> {
  const where = sql.join(
    [
      sql`i.status in ('submitted', 'in_review')`,
      sql`i.type = any(${sql.param(f.types)}::text[])`,
      ...(f.type ? [sql`i.type = ${f.type}`] : []),
      ...(f.language ? [sql`i.original_locale = ${f.language}`] : []),
      ...(f.status ? [sql`i.status = ${f.status}`] : []),
      ...(f.minDays
        ? [sql`coalesce(i.submitted_at, i.created_at) <= now() - make_interval(days => ${f.minDays})`]
        : []),
      ...(f.assignee === 'none'
        ? [sql`i.claimed_by is null`]
        : f.assignee
          ? [sql`i.claimed_by = ${f.assignee}`]
          : []),
    ],
    sql` and `,
  );
  const rows = await queryRows<{
    id: string;
    type: string;
    status: ContentStatus;
    title: string | null;
    slug: string;
    language: string;
    submitter: string | null;
    assignee_id: string | null;
    assignee: string | null;
    submitted_at: string;
    version: number;
    total: number;
  }>(
    db,
    sql`select i.id, i.type, i.status, i.slug, i.original_locale as language, i.version,
          (select t.title from content_translation t where t.item_id = i.id
            order by (t.locale = i.original_locale) desc, t.locale limit 1) as title,
          s.name as submitter, i.claimed_by as assignee_id, c.name as assignee,
          coalesce(i.submitted_at, i.created_at) as submitted_at,
          count(*) over ()::int as total
        from content_item i
        left join "user" s on s.id = i.author_id
        left join "user" c on c.id = i.claimed_by
        where ${where}
        order by coalesce(i.submitted_at, i.created_at), i.id
        limit ${f.limit} offset ${f.offset}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      title: r.title ?? r.slug,
      language: r.language,
      submitter: r.submitter,
      assigneeId: r.assignee_id,
      assignee: r.assignee,
      submittedAt: new Date(r.submitted_at),
      version: Number(r.version),
    })),
  };
}

/** Editors and admins, for the assignee filter. */
export async function editors(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return queryRows(
    db,
    sql`select id, name from "user" where role in ('editor', 'admin') and deleted_at is null order by name, id`,
  );
}

/** Titles of the chosen items, for the bulk confirmation page. */
export async function itemsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return queryRows<{ id: string; type: string; status: ContentStatus; title: string }>(
    db,
    sql`select i.id, i.type, i.status,
          coalesce((select t.title from content_translation t where t.item_id = i.id
            order by (t.locale = i.original_locale) desc, t.locale limit 1), i.slug) as title
        from content_item i where i.id = any(${sql.param(ids)}::uuid[]) order by coalesce(i.submitted_at, i.created_at)`,
  );
}

export interface SpotCheckRow {
  itemId: string;
  type: string;
  title: string;
  submitter: string | null;
  createdAt: Date;
}

/** Directly published items waiting for a look, oldest first. */
export async function openSpotChecks(db: DbOrTx, limit: number): Promise<SpotCheckRow[]> {
  const rows = await queryRows<{
    item_id: string;
    type: string;
    title: string;
    submitter: string | null;
    created_at: string;
  }>(
    db,
    sql`select s.item_id, i.type, s.created_at, u.name as submitter,
          coalesce((select t.title from content_translation t where t.item_id = i.id
            order by (t.locale = i.original_locale) desc, t.locale limit 1), i.slug) as title
        from spot_check s join content_item i on i.id = s.item_id left join "user" u on u.id = i.author_id
        where s.checked_at is null order by s.created_at limit ${limit}`,
  );
  return rows.map((r) => ({
    itemId: r.item_id,
    type: r.type,
    title: r.title,
    submitter: r.submitter,
    createdAt: new Date(r.created_at),
  }));
}

/** Marks a spot check done; false when it was not open. */
export async function closeSpotCheck(tx: DbOrTx, itemId: string, editorId: string): Promise<boolean> {
  const rows = await queryRows<{ item_id: string }>(
    tx,
    sql`update spot_check set checked_by = ${editorId}, checked_at = now()
        where item_id = ${itemId} and checked_at is null returning item_id`,
  );
  return rows.length > 0;
}
