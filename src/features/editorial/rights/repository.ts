import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { organisation } from '../../organisations/tables.ts';
import { organisationAffiliation, postingRight } from '../tables.ts';

export type PostingLevel = (typeof postingRight.$inferSelect)['level'];
export type SubjectKind = (typeof postingRight.$inferSelect)['subjectKind'];

/** The level set explicitly for a member or an organisation (null: none set). */
export async function explicitRight(db: DbOrTx, kind: SubjectKind, id: string): Promise<PostingLevel | null> {
  const [row] = await db
    .select({ level: postingRight.level })
    .from(postingRight)
    .where(and(eq(postingRight.subjectKind, kind), eq(postingRight.subjectId, id)));
  return row?.level ?? null;
}

export async function setRight(
  tx: DbOrTx,
  kind: SubjectKind,
  id: string,
  level: PostingLevel,
  setBy: string,
): Promise<void> {
  await tx
    .insert(postingRight)
    .values({ subjectKind: kind, subjectId: id, level, setBy })
    .onConflictDoUpdate({
      target: [postingRight.subjectKind, postingRight.subjectId],
      set: { level, setBy, setAt: sql`now()` },
    });
}

/**
 * What the member's confirmed organisations pass on: blocked if any of them is blocked,
 * else trusted if any is trusted or a verified partner, else nothing.
 */
export async function inheritedRight(
  db: DbOrTx,
  userId: string,
): Promise<{ level: PostingLevel; organisation: string } | null> {
  const rows = await queryRows<{ name: string; level: PostingLevel | null; verified: boolean }>(
    db,
    sql`select o.name, r.level, o.verified_partner as verified
        from ${organisationAffiliation} a
        join ${organisation} o on o.id = a.organisation_id
        left join posting_right r on r.subject_kind = 'organisation' and r.subject_id = o.id::text
        where a.user_id = ${userId} and a.status = 'confirmed'
        order by o.name`,
  );
  const blocked = rows.find((r) => r.level === 'blocked');
  if (blocked) return { level: 'blocked', organisation: blocked.name };
  const trusted = rows.find((r) => r.level === 'trusted' || (r.level === null && r.verified));
  return trusted ? { level: 'trusted', organisation: trusted.name } : null;
}

export async function setAffiliation(
  tx: DbOrTx,
  userId: string,
  organisationId: string,
  status: 'claimed' | 'confirmed' | null,
): Promise<void> {
  if (status === null) {
    await tx
      .delete(organisationAffiliation)
      .where(
        and(
          eq(organisationAffiliation.userId, userId),
          eq(organisationAffiliation.organisationId, organisationId),
        ),
      );
    return;
  }
  await tx
    .insert(organisationAffiliation)
    .values({ userId, organisationId, status })
    .onConflictDoUpdate({
      target: [organisationAffiliation.userId, organisationAffiliation.organisationId],
      set: { status },
    });
}

export async function affiliationsOf(db: DbOrTx, userId: string) {
  return db
    .select({
      organisationId: organisation.id,
      name: organisation.name,
      verifiedPartner: organisation.verifiedPartner,
      status: organisationAffiliation.status,
    })
    .from(organisationAffiliation)
    .innerJoin(organisation, eq(organisation.id, organisationAffiliation.organisationId))
    .where(eq(organisationAffiliation.userId, userId))
    .orderBy(organisation.name);
}

export async function setVerifiedPartner(
  tx: DbOrTx,
  organisationId: string,
  verified: boolean,
): Promise<void> {
  await tx.update(organisation).set({ verifiedPartner: verified }).where(eq(organisation.id, organisationId));
}
