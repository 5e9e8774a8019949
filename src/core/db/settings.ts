import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { appSetting } from './tables.ts';

/**
 * The secret that signs sessions and CSRF tokens. AUTH_SECRET wins; otherwise one is
 * generated on first start and kept in the database, so restarts keep everyone signed in.
 */
export async function ensureSecret(db: Db, configured?: string): Promise<string> {
  if (configured) return configured;
  const generated = randomBytes(48).toString('base64url');
  await db
    .insert(appSetting)
    .values({ key: 'auth_secret', value: sql`${JSON.stringify(generated)}::jsonb` })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, 'auth_secret'));
  return String(row!.value);
}
