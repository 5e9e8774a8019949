import { eq, inArray, or, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../core/db/client.ts';
import { user } from '../features/accounts/tables.ts';
import { contentItem } from '../features/content/tables.ts';

// SQL of the demo seed: it writes across features (organisations, members, content) in one
// transaction, so it talks to their tables directly, in batches.

const BATCH = 500;

/** Inserts rows in batches (PostgreSQL allows 65,535 parameters per statement). */
export async function insertRows<T extends PgTable>(
  db: DbOrTx,
  table: T,
  rows: T['$inferInsert'][],
  opts: { ignoreConflicts?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const insert = db.insert(table).values(rows.slice(i, i + BATCH));
    await (opts.ignoreConflicts ? insert.onConflictDoNothing() : insert);
  }
}

export async function countContent(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(contentItem);
  return Number(row?.n ?? 0);
}

/** Serialises seeding between app instances that start together on one PostgreSQL database. */
export async function lockSeeding(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(727274)`);
}

/** Which of these e-mails and handles already belong to someone. */
export async function takenIdentities(db: DbOrTx, emails: string[], handles: string[]) {
  const rows = await db
    .select({ email: user.email, handle: user.handle })
    .from(user)
    .where(or(inArray(sql`lower(${user.email})`, emails), inArray(user.handle, handles)));
  return {
    emails: new Set(rows.map((r) => r.email.toLowerCase())),
    handles: new Set(rows.map((r) => r.handle)),
  };
}

export async function anyAdministrator(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'admin')).limit(1);
  return Boolean(row);
}
