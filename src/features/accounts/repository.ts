import { eq, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.ts';
import { user } from './tables.ts';

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

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user);
  return Number(row?.n ?? 0);
}
