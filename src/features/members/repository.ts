import { titleIn } from '../content/repository.ts';
import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import {
  DEFAULT_SHOWN_FIELDS,
  type DirectoryVisibility,
  memberExpertise,
  memberProfile,
  type ProfileField,
} from './tables.ts';

/** A member as others may see them: the account's public fields with the profile's choices. */
export interface MemberRow {
  id: string;
  name: string;
  handle: string;
  country: string | null;
  organisationName: string | null;
  position: string | null;
  sector: string | null;
  bio: string | null;
  photoKey: string | null;
  languages: string[];
  visibility: DirectoryVisibility;
  shown: ProfileField[];
  updatedAt: Date | null;
}

type DbMember = {
  id: string;
  name: string;
  handle: string;
  country: string | null;
  organisation_name: string | null;
  position: string | null;
  sector: string | null;
  bio: string | null;
  photo_key: string | null;
  languages: string[] | null;
  visibility: DirectoryVisibility;
  shown: ProfileField[] | string;
  updated_at: string | Date | null;
};

const DEFAULT_SHOWN = sql.raw(`'{${DEFAULT_SHOWN_FIELDS.join(',')}}'::text[]`);

// Members without a profile row have the defaults: listed for members, a few fields shown.
const MEMBER_COLUMNS = sql`u.id, u.name, u.handle, u.country, u.organisation_name, u.position, u.sector,
  p.bio, p.photo_key, p.languages, coalesce(p.directory_visibility, 'members') as visibility,
  coalesce(p.shown_fields, ${DEFAULT_SHOWN}) as shown, p.updated_at`;
const MEMBER_FROM = sql`"user" u left join member_profile p on p.user_id = u.id`;
/** Accounts that exist for others: verified, not deleted. */
const LIVE = sql`u.deleted_at is null and u.email_verified`;

const pgArray = (v: string[] | string | null): string[] =>
  Array.isArray(v)
    ? v
    : v
      ? v
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean)
      : [];

const toMember = (r: DbMember): MemberRow => ({
  id: r.id,
  name: r.name,
  handle: r.handle,
  country: r.country,
  organisationName: r.organisation_name,
  position: r.position,
  sector: r.sector,
  bio: r.bio,
  photoKey: r.photo_key,
  languages: pgArray(r.languages),
  visibility: r.visibility,
  shown: pgArray(r.shown) as ProfileField[],
  updatedAt: r.updated_at ? new Date(r.updated_at) : null,
});

export async function memberByHandle(db: DbOrTx, handle: string): Promise<MemberRow | null> {
  const [row] = await queryRows<DbMember>(
    db,
    sql`select ${MEMBER_COLUMNS} from ${MEMBER_FROM} where ${LIVE} and u.handle = ${handle.toLowerCase()}`,
  );
  return row ? toMember(row) : null;
}

export async function memberById(db: DbOrTx, id: string): Promise<MemberRow | null> {
  const [row] = await queryRows<DbMember>(
    db,
    sql`select ${MEMBER_COLUMNS} from ${MEMBER_FROM} where u.id = ${id} and u.deleted_at is null`,
  );
  return row ? toMember(row) : null;
}

export interface DirectoryFilters {
  q?: string;
  country?: string;
  regionTermId?: number;
  sector?: string;
  /** A term of expertise: members with it or with any term under it. */
  expertiseTermId?: number;
  language?: string;
  organisationId?: string;
}

/**
 * The directory: members whose visibility the viewer may see, filtered. A filter only ever
 * matches on a field the member shows — filtering by country never finds someone whose
 * country is private — so the results reveal nothing a profile page would not.
 */
export async function searchDirectory(
  db: DbOrTx,
  visible: DirectoryVisibility[],
  f: DirectoryFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: MemberRow[]; total: number }> {
  const shows = (field: ProfileField) => sql`${field} = any(coalesce(p.shown_fields, ${DEFAULT_SHOWN}))`;
  const conditions = [
    LIVE,
    sql`coalesce(p.directory_visibility, 'members') = any(${sql.param(visible)}::text[])`,
  ];
  if (f.q) {
    const pattern = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(u.name ilike ${pattern} or u.handle ilike ${pattern})`);
  }
  if (f.country) conditions.push(sql`u.country = ${f.country} and ${shows('country')}`);
  if (f.regionTermId)
    conditions.push(
      sql`exists (select 1 from country k where k.iso2 = u.country and k.region_term_id = ${f.regionTermId}) and ${shows('country')}`,
    );
  if (f.sector) conditions.push(sql`u.sector = ${f.sector} and ${shows('sector')}`);
  if (f.expertiseTermId)
    conditions.push(
      sql`exists (select 1 from member_expertise e where e.user_id = u.id and e.term_id in (
            with recursive under(id) as (select ${f.expertiseTermId}::int
              union all select t.id from term t join under on t.parent_id = under.id)
            select id from under)) and ${shows('expertise')}`,
    );
  if (f.language) conditions.push(sql`${f.language} = any(p.languages) and ${shows('languages')}`);
  if (f.organisationId)
    conditions.push(
      sql`exists (select 1 from organisation_affiliation a where a.user_id = u.id
            and a.organisation_id = ${f.organisationId} and a.status = 'confirmed') and ${shows('organisation')}`,
    );
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<DbMember>(
    db,
    sql`select ${MEMBER_COLUMNS} from ${MEMBER_FROM} where ${where}
        order by lower(u.name), u.id limit ${page.limit} offset ${page.offset}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${MEMBER_FROM} where ${where}`,
  );
  return { rows: rows.map(toMember), total: Number(count?.n ?? 0) };
}

export async function expertiseOf(db: DbOrTx, userId: string): Promise<number[]> {
  const rows = await db
    .select({ termId: memberExpertise.termId })
    .from(memberExpertise)
    .where(eq(memberExpertise.userId, userId));
  return rows.map((r) => r.termId);
}

/** Labels of a member's fields of expertise in the reader's language (English as fallback). */
export async function expertiseLabels(db: DbOrTx, userId: string, locale: string) {
  return queryRows<{ id: number; label: string }>(
    db,
    sql`select t.id, coalesce(
          (select l.label from term_label l where l.term_id = t.id and l.locale = ${locale}),
          (select l.label from term_label l where l.term_id = t.id and l.locale = 'en'), t.slug) as label
        from member_expertise e join term t on t.id = e.term_id
        where e.user_id = ${userId} order by label`,
  );
}

export async function saveProfile(
  tx: DbOrTx,
  userId: string,
  values: {
    bio: string | null;
    languages: string[];
    directoryVisibility: DirectoryVisibility;
    shownFields: ProfileField[];
  },
) {
  await tx
    .insert(memberProfile)
    .values({ userId, ...values, updatedAt: new Date() })
    .onConflictDoUpdate({ target: memberProfile.userId, set: { ...values, updatedAt: new Date() } });
}

export async function replaceExpertise(tx: DbOrTx, userId: string, termIds: number[]) {
  await tx.delete(memberExpertise).where(eq(memberExpertise.userId, userId));
  if (termIds.length) await tx.insert(memberExpertise).values(termIds.map((termId) => ({ userId, termId })));
}

/** Sets the photo's storage key and returns the one it replaces (to remove from storage). */
export async function setPhotoKey(tx: DbOrTx, userId: string, key: string | null): Promise<string | null> {
  const [before] = await queryRows<{ photo_key: string | null }>(
    tx,
    sql`select photo_key from member_profile where user_id = ${userId} for update`,
  );
  await tx
    .insert(memberProfile)
    .values({ userId, photoKey: key, updatedAt: new Date() })
    .onConflictDoUpdate({ target: memberProfile.userId, set: { photoKey: key, updatedAt: new Date() } });
  return before?.photo_key ?? null;
}

/** What a member published (through the editorial workflow), newest first. */
export async function contributionsOf(db: DbOrTx, userId: string, locale: string, limit: number) {
  return queryRows<{ type: string; slug: string; title: string; published_at: string | Date | null }>(
    db,
    sql`select ci.type, ci.slug, ci.published_at, ${titleIn(locale)} as title
        from content_item ci where ci.author_id = ${userId} and ci.status = 'published'
        order by ci.published_at desc nulls last, ci.id limit ${limit}`,
  );
}

/** Public communities the member belongs to (private and hidden ones are never shown). */
export async function publicCommunitiesOf(db: DbOrTx, userId: string) {
  return queryRows<{ slug: string; name: string }>(
    db,
    sql`select c.slug, c.name from community_member m join community c on c.id = m.community_id
        where m.user_id = ${userId} and m.status = 'active' and c.visibility = 'public'
        order by c.name`,
  );
}

/** Organisations the member is confirmed at (for the organisation filter and the profile). */
export async function confirmedOrganisationsOf(db: DbOrTx, userId: string) {
  return queryRows<{ id: string; slug: string; name: string }>(
    db,
    sql`select o.id, o.slug, o.name from organisation_affiliation a join organisation o on o.id = a.organisation_id
        where a.user_id = ${userId} and a.status = 'confirmed' order by o.name`,
  );
}

/**
 * The directory's organisation filter: organisations with a confirmed member this viewer may
 * see and who shows their organisation (so the list reveals no hidden tie).
 */
export async function organisationsWithMembers(db: DbOrTx, visible: DirectoryVisibility[]) {
  return queryRows<{ id: string; slug: string; name: string }>(
    db,
    sql`select distinct o.id, o.slug, o.name
        from organisation_affiliation a join organisation o on o.id = a.organisation_id
        join "user" u on u.id = a.user_id left join member_profile p on p.user_id = u.id
        where a.status = 'confirmed' and ${LIVE}
          and coalesce(p.directory_visibility, 'members') = any(${sql.param(visible)}::text[])
          and 'organisation' = any(coalesce(p.shown_fields, ${DEFAULT_SHOWN}))
        order by o.name limit 500`,
  );
}

/** Whether a stored key is a member's current photo (only those are served). */
export async function photoOwner(db: DbOrTx, key: string) {
  const [row] = await db
    .select({ userId: memberProfile.userId })
    .from(memberProfile)
    .where(eq(memberProfile.photoKey, key));
  return row?.userId ?? null;
}

/** Sets the languages on a member's profile (creating it with the given visibility if needed). */
export async function saveLanguages(
  tx: DbOrTx,
  userId: string,
  languages: string[],
  visibility: DirectoryVisibility,
) {
  await tx
    .insert(memberProfile)
    .values({ userId, languages, directoryVisibility: visibility, updatedAt: new Date() })
    .onConflictDoUpdate({ target: memberProfile.userId, set: { languages, updatedAt: new Date() } });
}
