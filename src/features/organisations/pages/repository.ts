import { titleIn } from '../../content/repository.ts';
import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { organisationAffiliation } from '../../editorial/tables.ts';
import { DEFAULT_SHOWN_FIELDS, type DirectoryVisibility } from '../../members/tables.ts';
import { organisation, organisationDescription } from '../tables.ts';

export type OrganisationRow = typeof organisation.$inferSelect;
export type Affiliation = typeof organisationAffiliation.$inferSelect;

const DEFAULT_SHOWN = sql.raw(`'{${DEFAULT_SHOWN_FIELDS.join(',')}}'::text[]`);

export async function organisationBySlug(db: DbOrTx, slug: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisation).where(eq(organisation.slug, slug));
  return row ?? null;
}

/**
 * The description in the reader's language, else English, else any; with the language it is
 * in and every language it exists in (the page's og:locale:alternate).
 */
export async function descriptionOf(db: DbOrTx, organisationId: string, locale: string) {
  const [row] = await queryRows<{ locale: string; description: string; locales: string[] }>(
    db,
    sql`select locale, description, array(select d.locale from organisation_description d
          where d.organisation_id = ${organisationId} order by d.locale) as locales
        from organisation_description where organisation_id = ${organisationId}
        order by (locale = ${locale}) desc, (locale = 'en') desc, locale limit 1`,
  );
  return row ?? null;
}

export async function descriptionsOf(db: DbOrTx, organisationId: string) {
  return db
    .select({ locale: organisationDescription.locale, description: organisationDescription.description })
    .from(organisationDescription)
    .where(eq(organisationDescription.organisationId, organisationId));
}

export interface PublicOrganisationRow {
  slug: string;
  name: string;
  acronym: string | null;
  type: OrganisationRow['type'];
  country: string | null;
  verifiedPartner: boolean;
  items: number;
}

/** Organisations for the public list: by name, type and country, with their published items. */
export async function listPublicOrganisations(
  db: DbOrTx,
  f: { q?: string; type?: string; country?: string; limit: number; offset: number },
): Promise<{ rows: PublicOrganisationRow[]; total: number }> {
  const conditions = [sql`true`];
  if (f.q) {
    const pattern = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(o.name ilike ${pattern} or o.acronym ilike ${pattern})`);
  }
  if (f.type) conditions.push(sql`o.type = ${f.type}`);
  if (f.country) conditions.push(sql`o.country = ${f.country}`);
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<PublicOrganisationRow & { total: number }>(
    db,
    sql`select o.slug, o.name, o.acronym, o.type, o.country, o.verified_partner as "verifiedPartner",
          (select count(*)::int from content_organisation co join content_item ci on ci.id = co.item_id
            where co.organisation_id = o.id and ci.status = 'published') as items,
          count(*) over ()::int as total
        from organisation o where ${where}
        order by o.verified_partner desc, lower(o.name), o.id limit ${f.limit} offset ${f.offset}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map(({ total: _, ...r }) => ({ ...r, items: Number(r.items) })),
  };
}

/** The organisation's published items of one type, newest first (titles in the reader's language). */
export async function publishedItemsOf(
  db: DbOrTx,
  organisationId: string,
  type: string,
  locale: string,
  limit: number,
) {
  return queryRows<{ slug: string; title: string; published_at: string | Date | null }>(
    db,
    sql`select ci.slug, ci.published_at, ${titleIn(locale)} as title
        from content_organisation co join content_item ci on ci.id = co.item_id
        where co.organisation_id = ${organisationId} and ci.type = ${type} and ci.status = 'published'
        order by ci.published_at desc nulls last, ci.id limit ${limit}`,
  );
}

/**
 * Confirmed members shown on the organisation's page: those whose profile the viewer may see
 * (by its visibility) and who show their organisation.
 */
export async function membersShownOn(db: DbOrTx, organisationId: string, visible: DirectoryVisibility[]) {
  return queryRows<{ name: string; handle: string; position: string | null }>(
    db,
    sql`select u.name, u.handle,
          case when 'position' = any(coalesce(p.shown_fields, ${DEFAULT_SHOWN})) then u.position end as position
        from organisation_affiliation a join "user" u on u.id = a.user_id
        left join member_profile p on p.user_id = u.id
        where a.organisation_id = ${organisationId} and a.status = 'confirmed'
          and u.deleted_at is null and u.email_verified
          and coalesce(p.directory_visibility, 'members') = any(${sql.param(visible)}::text[])
          and 'organisation' = any(coalesce(p.shown_fields, ${DEFAULT_SHOWN}))
        order by lower(u.name) limit 200`,
  );
}

/** A member's tie to the organisation; `forUpdate` locks it for the caller's transaction. */
export async function affiliationOf(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<Affiliation | null> {
  const q = db
    .select()
    .from(organisationAffiliation)
    .where(
      and(
        eq(organisationAffiliation.organisationId, organisationId),
        eq(organisationAffiliation.userId, userId),
      ),
    );
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** A member's claim; a claim already there (or a confirmed tie) stays as it is. */
export async function insertClaim(tx: DbOrTx, organisationId: string, userId: string): Promise<boolean> {
  const rows = await tx
    .insert(organisationAffiliation)
    .values({ organisationId, userId, status: 'claimed' })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export async function setAffiliation(
  tx: DbOrTx,
  organisationId: string,
  userId: string,
  values: Partial<Pick<Affiliation, 'status' | 'role'>>,
) {
  await tx
    .update(organisationAffiliation)
    .set(values)
    .where(
      and(
        eq(organisationAffiliation.organisationId, organisationId),
        eq(organisationAffiliation.userId, userId),
      ),
    );
}

export async function deleteAffiliation(tx: DbOrTx, organisationId: string, userId: string) {
  await tx
    .delete(organisationAffiliation)
    .where(
      and(
        eq(organisationAffiliation.organisationId, organisationId),
        eq(organisationAffiliation.userId, userId),
      ),
    );
}

/** Every tie to the organisation, for its managers: claims first, then members by name. */
export async function affiliationsOf(db: DbOrTx, organisationId: string) {
  return queryRows<{
    user_id: string;
    name: string;
    handle: string;
    status: Affiliation['status'];
    role: Affiliation['role'];
    created_at: string | Date;
  }>(
    db,
    sql`select a.user_id, u.name, u.handle, a.status, a.role, a.created_at
        from organisation_affiliation a join "user" u on u.id = a.user_id
        where a.organisation_id = ${organisationId} and u.deleted_at is null
        order by (a.status = 'claimed') desc, lower(u.name) limit 1000`,
  );
}

export async function managerIds(db: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: organisationAffiliation.userId })
    .from(organisationAffiliation)
    .where(
      and(
        eq(organisationAffiliation.organisationId, organisationId),
        eq(organisationAffiliation.status, 'confirmed'),
        eq(organisationAffiliation.role, 'manager'),
      ),
    );
  return rows.map((r) => r.userId);
}

export async function saveDescriptions(
  tx: DbOrTx,
  organisationId: string,
  descriptions: { locale: string; description: string | undefined }[],
) {
  for (const d of descriptions) {
    if (d.description)
      await tx
        .insert(organisationDescription)
        .values({ organisationId, locale: d.locale, description: d.description })
        .onConflictDoUpdate({
          target: [organisationDescription.organisationId, organisationDescription.locale],
          set: { description: d.description },
        });
    else
      await tx
        .delete(organisationDescription)
        .where(
          and(
            eq(organisationDescription.organisationId, organisationId),
            eq(organisationDescription.locale, d.locale),
          ),
        );
  }
}

export async function setWebsite(tx: DbOrTx, organisationId: string, website: string | null) {
  await tx.update(organisation).set({ website }).where(eq(organisation.id, organisationId));
}

/** Sets the logo's key and returns the one it replaces (to remove from storage). */
export async function setLogoKey(
  tx: DbOrTx,
  organisationId: string,
  key: string | null,
): Promise<string | null> {
  const [before] = await tx
    .select({ key: organisation.logoKey })
    .from(organisation)
    .where(eq(organisation.id, organisationId))
    .for('update');
  await tx.update(organisation).set({ logoKey: key }).where(eq(organisation.id, organisationId));
  return before?.key ?? null;
}
