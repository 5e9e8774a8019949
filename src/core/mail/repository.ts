import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows } from '../db/client.ts';
import { mailMessage } from './tables.ts';

export type NewMail = typeof mailMessage.$inferInsert;
export type MailRow = typeof mailMessage.$inferSelect;

export async function insertMail(db: DbOrTx, mail: NewMail): Promise<string> {
  const [row] = await db.insert(mailMessage).values(mail).returning({ id: mailMessage.id });
  return row!.id;
}

/**
 * Claims queued messages so that no two workers send the same one (and a crash never
 * resends). A message refused earlier waits a minute after its last try.
 */
export async function claimQueued(db: Db, limit: number): Promise<MailRow[]> {
  const claimed = await queryRows<{ id: string }>(
    db,
    sql`
    update mail_message set status = 'sending', attempts = attempts + 1, claimed_at = now()
    where id in (
      select id from mail_message
      where status = 'queued' and (claimed_at is null or claimed_at < now() - interval '1 minute')
      order by priority, created_at limit ${limit} for update skip locked
    )
    returning id`,
  );
  const ids = claimed.map((r) => r.id);
  if (ids.length === 0) return [];
  return db
    .select()
    .from(mailMessage)
    .where(inArray(mailMessage.id, ids))
    .orderBy(mailMessage.priority, mailMessage.createdAt);
}

export async function markMail(db: Db, id: string, status: MailRow['status'], error?: string) {
  await db
    .update(mailMessage)
    .set({ status, error: error ?? null, sentAt: status === 'sent' || status === 'kept' ? new Date() : null })
    .where(eq(mailMessage.id, id));
}

/** Records a batch's delivered (or, without SMTP, kept) messages in one statement. */
export async function markDelivered(db: Db, ids: string[], status: 'sent' | 'kept') {
  if (ids.length === 0) return;
  await db
    .update(mailMessage)
    .set({ status, error: null, sentAt: new Date() })
    .where(and(inArray(mailMessage.id, ids), eq(mailMessage.status, 'sending')));
}

/** A message left in 'sending' by a crash may or may not have gone out: never retry it. */
export async function failStuckSending(db: Db, claimedBefore: Date) {
  await db
    .update(mailMessage)
    .set({ status: 'failed', error: 'interrupted while sending; not retried to avoid a duplicate' })
    .where(and(eq(mailMessage.status, 'sending'), lt(mailMessage.claimedAt, claimedBefore)));
}

/** Gives back claimed messages that were not tried (the server refused an earlier one). */
export async function releaseClaims(db: Db, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .update(mailMessage)
    .set({ status: 'queued', claimedAt: null, attempts: sql`${mailMessage.attempts} - 1` })
    .where(and(inArray(mailMessage.id, ids), eq(mailMessage.status, 'sending')));
}

export async function listMail(db: Db, opts: { limit: number; offset: number; to?: string }) {
  const where = opts.to ? sql`${mailMessage.toAddress} ilike ${`%${opts.to}%`}` : undefined;
  const rows = await db
    .select()
    .from(mailMessage)
    .where(where)
    .orderBy(desc(mailMessage.createdAt))
    .limit(opts.limit)
    .offset(opts.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(mailMessage).where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function getMail(db: Db, id: string) {
  const [row] = await db.select().from(mailMessage).where(eq(mailMessage.id, id));
  return row ?? null;
}

/** Erasure: every message written to an address (account deletion). */
export async function deleteMailTo(db: DbOrTx, address: string) {
  await db.delete(mailMessage).where(sql`lower(${mailMessage.toAddress}) = ${address.toLowerCase()}`);
}

/** Retention: messages older than the cut-off are deleted (their bodies hold personal data and links). */
export async function deleteMailBefore(db: DbOrTx, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(mailMessage)
    .where(lt(mailMessage.createdAt, cutoff))
    .returning({ id: mailMessage.id });
  return rows.length;
}
