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

/** The member's confirmed organisations with their setting and partner flag. */
export async function confirmedOrganisations(db: DbOrTx, userId: string): Promise<OrganisationStanding[]> {
  return queryRows<OrganisationStanding>(
    db,
    sql`select o.name, r.level, o.verified_partner as verified
        from ${organisationAffiliation} a
        join ${organisation} o on o.id = a.organisation_id
        left join posting_right r on r.subject_kind = 'organisation' and r.subject_id = o.id::text
        where a.user_id = ${userId} and a.status = 'confirmed'
        order by o.name`,
  );
}

export interface OrganisationStanding {
  name: string;
  level: PostingLevel | null;
  verified: boolean;
}

/** Removes a level set on a member or an organisation (back to the default). */
export async function clearRight(tx: DbOrTx, kind: SubjectKind, id: string): Promise<void> {
  await tx
    .delete(postingRight)
    .where(and(eq(postingRight.subjectKind, kind), eq(postingRight.subjectId, id)));
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

export interface MemberRightRow {
  id: string;
  name: string;
  email: string;
  handle: string;
  level: PostingLevel | null;
  affiliations: {
    organisationId: string;
    name: string;
    status: 'claimed' | 'confirmed';
    verified: boolean;
    level: PostingLevel | null;
  }[];
}

/**
 * Members to show on the rights screen: those matching `q` (name, e-mail, handle), or else
 * those with a right set, with their level and affiliations.
 */
export async function membersForRights(db: DbOrTx, q: string, limit: number): Promise<MemberRightRow[]> {
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const rows = await queryRows<{
    id: string;
    name: string;
    email: string;
    handle: string;
    level: PostingLevel | null;
    affiliations: MemberRightRow['affiliations'] | null;
  }>(
    db,
    sql`select u.id, u.name, u.email, u.handle, r.level,
          (select json_agg(json_build_object('organisationId', o.id, 'name', o.name, 'status', a.status,
                  'verified', o.verified_partner, 'level', orr.level) order by o.name)
             from organisation_affiliation a join organisation o on o.id = a.organisation_id
             left join posting_right orr on orr.subject_kind = 'organisation' and orr.subject_id = o.id::text
             where a.user_id = u.id) as affiliations
        from "user" u
        left join posting_right r on r.subject_kind = 'user' and r.subject_id = u.id
        where u.deleted_at is null and ${
          q
            ? sql`(u.name ilike ${pattern} or u.email ilike ${pattern} or u.handle ilike ${pattern})`
            : sql`(r.level is not null or exists (select 1 from organisation_affiliation a where a.user_id = u.id))`
        }
        order by u.name, u.id limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, affiliations: r.affiliations ?? [] }));
}

export interface OrganisationRightRow {
  id: string;
  name: string;
  acronym: string | null;
  verifiedPartner: boolean;
  level: PostingLevel | null;
  members: number;
}

/** Organisations matching `q`, or else those verified or with a right set. */
export async function organisationsForRights(
  db: DbOrTx,
  q: string,
  limit: number,
): Promise<OrganisationRightRow[]> {
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return queryRows<OrganisationRightRow>(
    db,
    sql`select o.id, o.name, o.acronym, o.verified_partner as "verifiedPartner", r.level,
          (select count(*)::int from organisation_affiliation a
            where a.organisation_id = o.id and a.status = 'confirmed') as members
        from organisation o
        left join posting_right r on r.subject_kind = 'organisation' and r.subject_id = o.id::text
        where ${
          q
            ? sql`(o.name ilike ${pattern} or o.acronym ilike ${pattern} or o.slug ilike ${pattern})`
            : sql`(o.verified_partner or r.level is not null)`
        }
        order by o.name, o.id limit ${limit}`,
  );
}

/** An organisation by its id, slug, short name or exact name (any case). */
export async function findOrganisation(
  db: DbOrTx,
  ref: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from organisation
        where id::text = ${ref} or lower(slug) = lower(${ref}) or lower(acronym) = lower(${ref})
          or lower(name) = lower(${ref})
        order by (lower(slug) = lower(${ref})) desc, name limit 1`,
  );
  return row ?? null;
}

export async function organisationName(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ name: organisation.name })
    .from(organisation)
    .where(eq(organisation.id, id));
  return row?.name ?? null;
}
