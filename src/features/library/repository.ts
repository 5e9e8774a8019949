import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.ts';
import { publication } from './tables.ts';

export async function publicationFields(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.select().from(publication).where(inArray(publication.itemId, itemIds));
}

export async function publicationOf(db: DbOrTx, itemId: string) {
  const [row] = await db.select().from(publication).where(eq(publication.itemId, itemId));
  return row ?? null;
}
