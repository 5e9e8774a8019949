import { and, asc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { user } from '../../accounts/tables.ts';
import { originalTitle } from '../../content/repository.ts';
import { type ContentStatus, contentItem } from '../../content/tables.ts';
import type { WorkflowState } from '../views/WorkflowPanel.tsx';
import { contentTransition, spotCheck } from '../tables.ts';

export interface LockedItem {
  id: string;
  type: string;
  slug: string;
  status: ContentStatus;
  ownerId: string | null;
  /** The submitter's role: a member's draft is theirs until they submit it. */
  ownerRole: 'member' | 'editor' | 'admin' | null;
  claimedBy: string | null;
  claimerName: string | null;
  version: number;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  /** The original-language title, for e-mails and the audit log. */
  title: string;
}

/** The item's workflow state, locked until the transaction ends (one decision at a time). */
export async function lockItem(tx: DbOrTx, itemId: string): Promise<LockedItem | null> {
  const [row] = await queryRows<{
    id: string;
    type: string;
    slug: string;
    status: ContentStatus;
    owner_id: string | null;
    claimed_by: string | null;
    version: number;
    published_at: string | null;
    scheduled_for: string | null;
  }>(
    tx,
    sql`select id, type, slug, status, author_id as owner_id, claimed_by, version, published_at, scheduled_for
        from content_item where id = ${itemId} for update`,
  );
  if (!row) return null;
  const [extra] = await queryRows<{
    title: string | null;
    claimer: string | null;
    owner_role: LockedItem['ownerRole'];
  }>(
    tx,
    sql`select ${originalTitle('i')} as title, (select name from "user" where id = i.claimed_by) as claimer,
          (select role from "user" where id = i.author_id) as owner_role
        from content_item i where i.id = ${itemId}`,
  );
  return {
    id: row.id,
    type: row.type,
    slug: row.slug,
    status: row.status,
    ownerId: row.owner_id,
    ownerRole: extra?.owner_role ?? null,
    claimedBy: row.claimed_by,
    claimerName: extra?.claimer ?? null,
    version: Number(row.version),
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    scheduledFor: row.scheduled_for ? new Date(row.scheduled_for) : null,
    title: extra?.title ?? row.slug,
  };
}

/**
 * Moves the item to `to`: the claim is kept only while in review, the submission time is
 * set on (re)submission, the first publication date is kept, and the version goes up (an
 * editor's form opened before the change can no longer overwrite it).
 */
export async function setState(
  tx: DbOrTx,
  itemId: string,
  to: ContentStatus,
  opts: { claimedBy?: string | null; scheduledFor?: Date | null; submitted?: boolean },
): Promise<void> {
  await tx
    .update(contentItem)
    .set({
      status: to,
      claimedBy: to === 'in_review' ? (opts.claimedBy ?? null) : null,
      claimedAt: to === 'in_review' ? sql`now()` : null,
      scheduledFor: to === 'scheduled' ? (opts.scheduledFor ?? null) : null,
      ...(opts.submitted ? { submittedAt: sql`now()` } : {}),
      ...(to === 'published' ? { publishedAt: sql`coalesce(${contentItem.publishedAt}, now())` } : {}),
      version: sql`${contentItem.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(contentItem.id, itemId));
}

export async function insertTransition(
  tx: DbOrTx,
  t: {
    itemId: string;
    action: string;
    from: ContentStatus;
    to: ContentStatus;
    actorId: string | null;
    message: string | null;
  },
): Promise<void> {
  await tx.insert(contentTransition).values({
    itemId: t.itemId,
    action: t.action,
    fromStatus: t.from,
    toStatus: t.to,
    actorId: t.actorId,
    message: t.message,
  });
}

export interface TransitionRow {
  id: number;
  action: string;
  fromStatus: string;
  toStatus: string;
  actorName: string | null;
  message: string | null;
  at: Date;
}

/** The item's history, oldest first. */
export async function transitionsOf(db: DbOrTx, itemId: string): Promise<TransitionRow[]> {
  return db
    .select({
      id: contentTransition.id,
      action: contentTransition.action,
      fromStatus: contentTransition.fromStatus,
      toStatus: contentTransition.toStatus,
      actorName: user.name,
      message: contentTransition.message,
      at: contentTransition.at,
    })
    .from(contentTransition)
    .leftJoin(user, eq(user.id, contentTransition.actorId))
    .where(eq(contentTransition.itemId, itemId))
    .orderBy(asc(contentTransition.id));
}

/** The member to tell about a decision: address, name and language. */
export async function ownerContact(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      email: user.email,
      name: user.name,
      locale: user.locale,
      timeZone: user.timeZone,
      deletedAt: user.deletedAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  return row && !row.deletedAt ? row : null;
}

/** Scheduled items whose time has come, oldest first. */
export async function dueScheduled(db: DbOrTx, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(and(eq(contentItem.status, 'scheduled'), sql`${contentItem.scheduledFor} <= ${now.toISOString()}`))
    .orderBy(asc(contentItem.scheduledFor))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** How many items the member has published directly (trusted), for the spot-check sample. */
export async function directPublications(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from content_transition where actor_id = ${userId} and action = 'publish_trusted'`,
  );
  return Number(row?.n ?? 0);
}

export async function addSpotCheck(tx: DbOrTx, itemId: string): Promise<void> {
  await tx.insert(spotCheck).values({ itemId }).onConflictDoNothing();
}

/** What the workflow panel shows of an item: its state and its history. */
export async function workflowState(
  db: DbOrTx,
  itemId: string,
): Promise<{ state: WorkflowState; history: TransitionRow[] } | null> {
  const [[row], history] = await Promise.all([
    db
      .select({
        id: contentItem.id,
        status: contentItem.status,
        ownerId: contentItem.authorId,
        ownerRole: sql<
          'member' | 'editor' | 'admin' | null
        >`(select role from "user" where id = ${contentItem.authorId})`,
        claimedBy: contentItem.claimedBy,
        claimerName: user.name,
        claimedAt: contentItem.claimedAt,
        scheduledFor: contentItem.scheduledFor,
        version: contentItem.version,
      })
      .from(contentItem)
      .leftJoin(user, eq(user.id, contentItem.claimedBy))
      .where(eq(contentItem.id, itemId)),
    transitionsOf(db, itemId),
  ]);
  return row ? { state: row, history } : null;
}
