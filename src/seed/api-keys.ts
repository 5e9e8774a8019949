import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../core/db/client.ts';
import { hashLinkSecret } from '../core/http/link-secret.ts';

/**
 * The administrator's API keys page shows what members see: one key in use by a dashboard and
 * one revoked. Their secrets are random and thrown away — a demo key opens nothing.
 */
export async function seedApiKeys(tx: DbOrTx, email: string): Promise<number> {
  const keys = [
    { name: 'Country dashboard (Senegal)', usedDaysAgo: 2, revokedDaysAgo: null },
    { name: 'Old harvesting script', usedDaysAgo: 40, revokedDaysAgo: 30 },
  ];
  for (const k of keys) {
    const key = `spg_${randomBytes(24).toString('base64url')}`;
    await queryRows(
      tx,
      sql`insert into api_key (user_id, name, prefix, hash, created_at, last_used_at, revoked_at)
          select id, ${k.name}, ${key.slice(0, 10)}, ${hashLinkSecret(key)}, now() - interval '90 days',
            now() - make_interval(days => ${k.usedDaysAgo}),
            ${k.revokedDaysAgo === null ? null : sql`now() - make_interval(days => ${k.revokedDaysAgo})`}
          from "user" where email = ${email.toLowerCase()}`,
    );
  }
  return keys.length;
}
