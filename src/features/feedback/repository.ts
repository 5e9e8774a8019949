import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../core/db/client.ts';
import { user } from '../accounts/tables.ts';
import { type FeedbackCategory, type FeedbackStatus, feedback } from './tables.ts';

export type FeedbackRow = typeof feedback.$inferSelect;
export type NewFeedback = typeof feedback.$inferInsert;

export async function insertFeedback(tx: DbOrTx, values: NewFeedback): Promise<FeedbackRow> {
  const [row] = await tx.insert(feedback).values(values).returning();
  return row!;
}

export interface FeedbackFilter {
  status?: FeedbackStatus;
  category?: FeedbackCategory;
}

const where = (f: FeedbackFilter): SQL | undefined =>
  and(
    f.status ? eq(feedback.status, f.status) : undefined,
    f.category ? eq(feedback.category, f.category) : undefined,
  );

const sender = alias(user, 'sender');

/** One line of the team's list: the feedback and who sent it (a member's account, or what a visitor gave). */
export interface FeedbackListRow {
  id: string;
  category: FeedbackCategory;
  status: FeedbackStatus;
  message: string;
  locale: string;
  pagePath: string | null;
  createdAt: Date;
  name: string | null;
  email: string | null;
  memberName: string | null;
  memberHandle: string | null;
}

/** Newest first, with the total matching the filter (for the pagination). */
export async function listFeedback(
  db: DbOrTx,
  f: FeedbackFilter & { limit: number; offset: number },
): Promise<{ rows: FeedbackListRow[]; total: number }> {
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: feedback.id,
        category: feedback.category,
        status: feedback.status,
        message: feedback.message,
        locale: feedback.locale,
        pagePath: feedback.pagePath,
        createdAt: feedback.createdAt,
        name: feedback.name,
        email: feedback.email,
        memberName: sender.name,
        memberHandle: sender.handle,
      })
      .from(feedback)
      .leftJoin(sender, eq(sender.id, feedback.userId))
      .where(where(f))
      .orderBy(desc(feedback.createdAt), desc(feedback.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(feedback).where(where(f)),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

/** How many there are in each status (within a category when one is chosen). */
export async function countByStatus(
  db: DbOrTx,
  category?: FeedbackCategory,
): Promise<Record<FeedbackStatus, number>> {
  const rows = await db
    .select({ status: feedback.status, n: count() })
    .from(feedback)
    .where(category ? eq(feedback.category, category) : undefined)
    .groupBy(feedback.status);
  const out: Record<FeedbackStatus, number> = { new: 0, in_progress: 0, answered: 0, closed: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

const replier = alias(user, 'replier');

/** One feedback with its sender's account (if a member) and the name of whoever replied. */
export async function findFeedback(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      feedback,
      member: {
        id: sender.id,
        name: sender.name,
        handle: sender.handle,
        email: sender.email,
        locale: sender.locale,
        deletedAt: sender.deletedAt,
      },
      repliedByName: replier.name,
    })
    .from(feedback)
    .leftJoin(sender, eq(sender.id, feedback.userId))
    .leftJoin(replier, eq(replier.id, feedback.repliedBy))
    .where(eq(feedback.id, id));
  return row ?? null;
}
export type FeedbackDetail = NonNullable<Awaited<ReturnType<typeof findFeedback>>>;

/** Locks one feedback for a change (two team members acting at once are serialised). */
export async function lockFeedback(tx: DbOrTx, id: string): Promise<FeedbackRow | null> {
  const [row] = await tx.select().from(feedback).where(eq(feedback.id, id)).for('update');
  return row ?? null;
}

/** Where a reply goes: a member's current address and language (none for a deleted account). */
export async function memberAddress(tx: DbOrTx, userId: string) {
  const [row] = await tx
    .select({ email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .where(and(eq(user.id, userId), isNull(user.deletedAt)));
  return row ?? null;
}

export async function setFeedbackStatus(tx: DbOrTx, id: string, status: FeedbackStatus) {
  await tx.update(feedback).set({ status, updatedAt: sql`now()` }).where(eq(feedback.id, id));
}

export async function saveReply(tx: DbOrTx, id: string, v: { reply: string; repliedBy: string }) {
  await tx
    .update(feedback)
    .set({
      reply: v.reply,
      repliedBy: v.repliedBy,
      repliedAt: sql`now()`,
      status: 'answered',
      updatedAt: sql`now()`,
    })
    .where(eq(feedback.id, id));
}
