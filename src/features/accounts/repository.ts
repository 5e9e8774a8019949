import { and, asc, eq, gt, inArray, isNull, like, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { term, termLabel, vocabularyLabel } from '../taxonomy/tables.ts';
import { session, user, userInterest, verification } from './tables.ts';

export type UserRow = typeof user.$inferSelect;

export async function handlesStartingWith(db: DbOrTx, base: string): Promise<string[]> {
  const rows = await db
    .select({ handle: user.handle })
    .from(user)
    .where(or(eq(user.handle, base), like(user.handle, `${base}-%`)));
  return rows.map((r) => r.handle);
}

export async function setRole(db: DbOrTx, userId: string, role: 'member' | 'editor' | 'admin') {
  await db.update(user).set({ role, updatedAt: sql`now()` }).where(eq(user.id, userId));
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select()
    .from(user)
    .where(eq(sql`lower(${user.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function getUser(db: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(user).where(eq(user.id, id));
  return row ?? null;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user);
  return Number(row?.n ?? 0);
}

export interface ProfileFields {
  name: string;
  country: string;
  organisationName: string | null;
  position: string | null;
  sector: string;
  locale: Locale;
  timeZone: string;
}

export async function updateProfile(db: DbOrTx, userId: string, fields: ProfileFields) {
  await db
    .update(user)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(user.id, userId));
}

/** The vocabularies members pick interests from, in the order they are shown. */
export const INTEREST_VOCABULARIES = ['programme-area', 'topic'] as const;

export interface InterestGroup {
  vocabularyId: string;
  label: string;
  terms: { id: number; label: string }[];
}

/**
 * Active, unmerged terms of the interest vocabularies, labelled in the reader's language
 * with English as the fallback. Terms with no label in either are left out.
 */
export async function listInterestTerms(db: DbOrTx, locale: Locale): Promise<InterestGroup[]> {
  const local = sql`(select label from ${termLabel} where term_id = ${term.id} and locale = ${locale})`;
  const english = sql`(select label from ${termLabel} where term_id = ${term.id} and locale = 'en')`;
  const rows = await db
    .select({
      id: term.id,
      vocabularyId: term.vocabularyId,
      position: term.position,
      label: sql<string | null>`coalesce(${local}, ${english})`,
    })
    .from(term)
    .where(
      and(
        inArray(term.vocabularyId, [...INTEREST_VOCABULARIES]),
        eq(term.status, 'active'),
        isNull(term.mergedIntoId),
      ),
    )
    .orderBy(asc(term.vocabularyId), asc(term.position), asc(term.id));
  const vocabLabels = await db
    .select()
    .from(vocabularyLabel)
    .where(inArray(vocabularyLabel.vocabularyId, [...INTEREST_VOCABULARIES]));
  const vocabLabel = (id: string) =>
    vocabLabels.find((l) => l.vocabularyId === id && l.locale === locale)?.label ??
    vocabLabels.find((l) => l.vocabularyId === id && l.locale === 'en')?.label ??
    id;
  const collator = new Intl.Collator(locale);
  return INTEREST_VOCABULARIES.map((vocabularyId) => ({
    vocabularyId,
    label: vocabLabel(vocabularyId),
    terms: rows
      .filter((r) => r.vocabularyId === vocabularyId && r.label)
      // Editors order terms by position; equal positions fall back to the reader's alphabet.
      .sort((a, b) => a.position - b.position || collator.compare(a.label!, b.label!))
      .map((r) => ({ id: r.id, label: r.label! })),
  })).filter((g) => g.terms.length > 0);
}

export async function interestIds(db: DbOrTx, userId: string): Promise<number[]> {
  const rows = await db
    .select({ termId: userInterest.termId })
    .from(userInterest)
    .where(eq(userInterest.userId, userId));
  return rows.map((r) => r.termId);
}

export async function replaceInterests(db: DbOrTx, userId: string, termIds: number[]) {
  await db.delete(userInterest).where(eq(userInterest.userId, userId));
  if (termIds.length > 0)
    await db
      .insert(userInterest)
      .values(termIds.map((termId) => ({ userId, termId })))
      .onConflictDoNothing();
}

/** Who a still-valid password-reset token belongs to (better-auth stores it as a verification). */
export async function resetTokenOwner(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ id: user.id, email: user.email, name: user.name })
    .from(verification)
    .innerJoin(user, eq(user.id, verification.value))
    .where(
      and(eq(verification.identifier, `reset-password:${token}`), gt(verification.expiresAt, sql`now()`)),
    );
  return row ?? null;
}

/** Which of these ids are active terms members may pick as interests. */
export async function validInterestIds(db: DbOrTx, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: term.id })
    .from(term)
    .where(
      and(
        inArray(term.id, ids),
        inArray(term.vocabularyId, [...INTEREST_VOCABULARIES]),
        eq(term.status, 'active'),
        isNull(term.mergedIntoId),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Deletes accounts whose address was never confirmed, older than the cut-off (privacy policy: 30 days). */
export async function deleteUnverifiedBefore(db: DbOrTx, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(user)
    .where(and(eq(user.emailVerified, false), lt(user.createdAt, cutoff)))
    .returning({ id: user.id });
  return rows.length;
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.delete(session).where(eq(session.id, id));
}

export async function deleteSessionsCreatedBefore(db: DbOrTx, userId: string, before: Date) {
  await db.delete(session).where(and(eq(session.userId, userId), lt(session.createdAt, before)));
}

/** What a departing member wrote that nothing depends on: their unpublished submissions, their
 * replies no one quotes, and threads they started that have no reply. */
export async function removableContributionsOf(db: DbOrTx, userId: string) {
  const items = await queryRows<{ id: string }>(
    db,
    // Never one that was once published: harvesters keep it as a deleted record (OAI-PMH).
    sql`select id from content_item where author_id = ${userId}
          and status in ('draft', 'submitted', 'changes_requested', 'rejected') and published_at is null`,
  );
  const posts = await queryRows<{ id: string; thread_id: string }>(
    db,
    sql`select p.id, p.thread_id from community_post p where p.author_id = ${userId} and not p.is_opening
          and not exists (select 1 from community_post q where q.quoted_post_id = p.id)`,
  );
  const threads = await queryRows<{ id: string }>(
    db,
    sql`select t.id from community_thread t where t.author_id = ${userId}
          and not exists (select 1 from community_post p where p.thread_id = t.id and not p.is_opening)`,
  );
  return { items: items.map((r) => r.id), posts, threads: threads.map((r) => r.id) };
}

/** Removes what removableContributionsOf chose (reply counts follow). */
export async function removeContributions(
  db: DbOrTx,
  c: Awaited<ReturnType<typeof removableContributionsOf>>,
) {
  if (c.items.length)
    await queryRows(db, sql`delete from content_item where id = any(${sql.param(c.items)}::uuid[])`);
  if (c.posts.length) {
    await queryRows(
      db,
      sql`delete from community_post where id = any(${sql.param(c.posts.map((p) => p.id))}::uuid[])`,
    );
    await queryRows(
      db,
      sql`update community_thread t set reply_count = (select count(*)::int from community_post p
            where p.thread_id = t.id and not p.is_opening)
          where t.id = any(${sql.param([...new Set(c.posts.map((p) => p.thread_id))])}::uuid[])`,
    );
  }
  if (c.threads.length)
    await queryRows(db, sql`delete from community_thread where id = any(${sql.param(c.threads)}::uuid[])`);
}
