import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { organisation, organisationDescription } from '../tables.ts';

export type OrganisationRow = typeof organisation.$inferSelect;
export type OrganisationType = OrganisationRow['type'];

export interface OrganisationListRow {
  id: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  country: string | null;
  verifiedPartner: boolean;
  items: number;
  members: number;
}

/** Organisations by name (or short name), with how much content and how many members they have. */
export async function listForAdmin(
  db: DbOrTx,
  f: { q: string; limit: number; offset: number },
): Promise<{ rows: OrganisationListRow[]; total: number }> {
  const pattern = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const rows = await queryRows<OrganisationListRow & { total: number }>(
    db,
    sql`select o.id, o.name, o.acronym, o.type, o.country, o.verified_partner as "verifiedPartner",
          (select count(*)::int from content_organisation co where co.organisation_id = o.id) as items,
          (select count(*)::int from organisation_affiliation a
            where a.organisation_id = o.id and a.status = 'confirmed') as members,
          count(*) over ()::int as total
        from organisation o
        ${f.q ? sql`where o.name ilike ${pattern} or o.acronym ilike ${pattern}` : sql``}
        order by o.name, o.id limit ${f.limit} offset ${f.offset}`,
  );
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _, ...r }) => r) };
}

export async function organisationForEdit(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, id));
  if (!row) return null;
  const descriptions = await db
    .select({ locale: organisationDescription.locale, description: organisationDescription.description })
    .from(organisationDescription)
    .where(eq(organisationDescription.organisationId, id))
    .orderBy(asc(organisationDescription.locale));
  return { organisation: row, descriptions };
}

export async function takenOrganisationSlugs(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from organisation where slug = ${base} or slug like ${`${base.replace(/[\\%_]/g, '\\$&')}-%`}`,
  );
  return new Set(rows.map((r) => r.slug));
}

export interface OrganisationFields {
  name: string;
  acronym: string | null;
  type: OrganisationType;
  country: string | null;
  website: string | null;
}

/** Inserts an organisation; null when the slug was taken meanwhile. */
export async function insertOrganisation(
  tx: DbOrTx,
  slug: string,
  f: OrganisationFields,
): Promise<string | null> {
  const [row] = await tx
    .insert(organisation)
    .values({ slug, ...f })
    .onConflictDoNothing({ target: organisation.slug })
    .returning({ id: organisation.id });
  return row?.id ?? null;
}

export async function updateOrganisationRow(tx: DbOrTx, id: string, f: OrganisationFields): Promise<void> {
  await tx.update(organisation).set(f).where(eq(organisation.id, id));
}

/** Makes the descriptions in `managed` languages exactly these (others are left alone). */
export async function replaceDescriptions(
  tx: DbOrTx,
  id: string,
  descriptions: { locale: string; description: string }[],
  managed: readonly string[],
): Promise<void> {
  await tx
    .delete(organisationDescription)
    .where(
      and(
        eq(organisationDescription.organisationId, id),
        inArray(organisationDescription.locale, [...managed]),
      ),
    );
  if (descriptions.length)
    await tx.insert(organisationDescription).values(descriptions.map((d) => ({ organisationId: id, ...d })));
}
