import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.ts';
import { mailMessage } from '../../core/mail/tables.ts';

export async function countQueuedMail(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailMessage)
    .where(eq(mailMessage.status, 'queued'));
  return Number(row?.n ?? 0);
}
