import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { originalTitle } from '../../content/repository.ts';
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
    title: string;
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
          ${originalTitle('i')} as title,
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
      title: r.title,
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
          ${originalTitle('i')} as title
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
          ${originalTitle('i')} as title
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

export interface TeamCounts {
  waiting: number;
  inReview: number;
  oldest: Date | null;
  spotChecks: number;
  brokenLinks: number;
}

/** What the console's home tells the team at a glance, in one round trip. */
export async function teamCounts(db: DbOrTx): Promise<TeamCounts> {
  const [row] = await queryRows<{
    waiting: number;
    in_review: number;
    oldest: string | null;
    spot: number;
    broken: number;
  }>(
    db,
    sql`select
          (select count(*)::int from content_item where status = 'submitted') as waiting,
          (select count(*)::int from content_item where status = 'in_review') as in_review,
          (select min(coalesce(submitted_at, created_at)) from content_item where status in ('submitted', 'in_review')) as oldest,
          (select count(*)::int from spot_check where checked_at is null) as spot,
          (select count(*)::int from link_check where not ok) as broken`,
  );
  return {
    waiting: Number(row?.waiting ?? 0),
    inReview: Number(row?.in_review ?? 0),
    oldest: row?.oldest ? new Date(row.oldest) : null,
    spotChecks: Number(row?.spot ?? 0),
    brokenLinks: Number(row?.broken ?? 0),
  };
}
