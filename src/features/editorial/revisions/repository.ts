import { and, desc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { originalTitle } from '../../content/repository.ts';
import type { Snapshot } from '../../../core/workflow/registry.ts';
import { user } from '../../accounts/tables.ts';
import { contentRevision } from '../tables.ts';

export interface RevisionRow {
  number: number;
  snapshot: Snapshot;
  actorName: string | null;
  note: string | null;
  at: Date;
}

export async function latestRevision(
  tx: DbOrTx,
  itemId: string,
): Promise<{ number: number; snapshot: Snapshot } | null> {
  const [row] = await tx
    .select({ number: contentRevision.number, snapshot: contentRevision.snapshot })
    .from(contentRevision)
    .where(eq(contentRevision.itemId, itemId))
    .orderBy(desc(contentRevision.number))
    .limit(1);
  return row ? { number: row.number, snapshot: row.snapshot as Snapshot } : null;
}

export async function insertRevision(
  tx: DbOrTx,
  r: { itemId: string; number: number; snapshot: Snapshot; actorId: string | null; note: string | null },
): Promise<void> {
  await tx.insert(contentRevision).values(r);
}

/** Every revision of an item, newest first. */
export async function revisionsOf(db: DbOrTx, itemId: string): Promise<RevisionRow[]> {
  const rows = await db
    .select({
      number: contentRevision.number,
      snapshot: contentRevision.snapshot,
      actorName: user.name,
      note: contentRevision.note,
      at: contentRevision.at,
    })
    .from(contentRevision)
    .leftJoin(user, eq(user.id, contentRevision.actorId))
    .where(eq(contentRevision.itemId, itemId))
    .orderBy(desc(contentRevision.number));
  return rows.map((r) => ({ ...r, snapshot: r.snapshot as Snapshot }));
}

export async function revisionOf(db: DbOrTx, itemId: string, number: number): Promise<Snapshot | null> {
  const [row] = await db
    .select({ snapshot: contentRevision.snapshot })
    .from(contentRevision)
    .where(and(eq(contentRevision.itemId, itemId), eq(contentRevision.number, number)));
  return row ? (row.snapshot as Snapshot) : null;
}

/** The item's type and title, for the history page. */
export async function itemHeading(db: DbOrTx, itemId: string) {
  const [row] = await queryRows<{ type: string; title: string; version: number }>(
    db,
    sql`select i.type, i.version,
          ${originalTitle('i')} as title
        from content_item i where i.id = ${itemId}`,
  );
  return row ? { ...row, version: Number(row.version) } : null;
}
