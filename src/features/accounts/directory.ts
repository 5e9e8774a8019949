import { asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.ts';
import { user } from './tables.ts';

export type Role = 'member' | 'editor' | 'admin';

/** The staff view of members: find by name, e-mail or handle; filter by role. */
export async function searchUsers(
  db: DbOrTx,
  opts: { q?: string; role?: Role; limit: number; offset: number },
) {
  const conditions = [];
  if (opts.q) {
    const pattern = `%${opts.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(user.name, pattern), ilike(user.email, pattern), ilike(user.handle, pattern)));
  }
  if (opts.role) conditions.push(eq(user.role, opts.role));
  const where = conditions.length
    ? sql.join(
        conditions.map((c) => sql`(${c})`),
        sql` and `,
      )
    : undefined;
  const rows = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      handle: user.handle,
      role: user.role,
      country: user.country,
      emailVerified: user.emailVerified,
      twoFactorEnabled: user.twoFactorEnabled,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(where)
    .orderBy(desc(user.createdAt), asc(user.id))
    .limit(opts.limit)
    .offset(opts.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(user).where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Counts administrators, locking their rows so two concurrent demotions cannot both pass. */
export async function countAdmins(db: DbOrTx): Promise<number> {
  const rows = await db.select({ id: user.id }).from(user).where(eq(user.role, 'admin')).for('update');
  return rows.length;
}
