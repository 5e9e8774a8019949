import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.ts';
import { apiKey } from '../tables.ts';

export type ApiKeyRow = typeof apiKey.$inferSelect;

/** What the member sees of a key (never its hash). */
const shown = {
  id: apiKey.id,
  name: apiKey.name,
  prefix: apiKey.prefix,
  createdAt: apiKey.createdAt,
  lastUsedAt: apiKey.lastUsedAt,
  revokedAt: apiKey.revokedAt,
};

export async function keysOf(db: DbOrTx, userId: string) {
  return db.select(shown).from(apiKey).where(eq(apiKey.userId, userId)).orderBy(desc(apiKey.createdAt));
}

/** One of the member's live keys, or null (someone else's, revoked or unknown). */
export async function activeKeyOf(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select(shown)
    .from(apiKey)
    .where(and(eq(apiKey.id, id), eq(apiKey.userId, userId), isNull(apiKey.revokedAt)));
  return row ?? null;
}

export async function countActiveKeys(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(apiKey)
    .where(and(eq(apiKey.userId, userId), isNull(apiKey.revokedAt)));
  return Number(row?.n ?? 0);
}

export async function insertKey(
  db: DbOrTx,
  values: { userId: string; name: string; prefix: string; hash: string },
) {
  await db.insert(apiKey).values(values);
}

/** Revokes one of the member's keys; false when it is not theirs or already revoked. */
export async function revokeKey(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKey)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKey.id, id), eq(apiKey.userId, userId), isNull(apiKey.revokedAt)))
    .returning({ id: apiKey.id });
  return rows.length > 0;
}

/** The live key with this hash (its owner's account still exists: keys cascade with it). */
export async function activeKeyByHash(db: DbOrTx, hash: string) {
  const [row] = await db
    .select({ id: apiKey.id })
    .from(apiKey)
    .where(and(eq(apiKey.hash, hash), isNull(apiKey.revokedAt)));
  return row ?? null;
}

export async function touchKey(db: DbOrTx, id: string): Promise<void> {
  await db.update(apiKey).set({ lastUsedAt: sql`now()` }).where(eq(apiKey.id, id));
}
