import { asc, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import type { PublicList } from '../content/public-repository.ts';
import { organisation } from './tables.ts';

const columns = {
  id: organisation.id,
  slug: organisation.slug,
  name: organisation.name,
  acronym: organisation.acronym,
};

export async function organisationsBySlugs(db: DbOrTx, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.select(columns).from(organisation).where(inArray(organisation.slug, slugs));
}

export async function organisationsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select(columns).from(organisation).where(inArray(organisation.id, ids));
}

export async function allOrganisations(db: DbOrTx) {
  return db.select(columns).from(organisation).orderBy(asc(organisation.name));
}

/** Organisations for the public API, by slug after `afterSlug`, description in `locale` else any. */
export async function organisationsForApi(
  db: DbOrTx,
  opts: { locale: string; afterSlug?: string; slug?: string; limit: number },
) {
  return queryRows<{
    slug: string;
    name: string;
    acronym: string | null;
    type: string;
    country: string | null;
    website: string | null;
    logoKey: string | null;
    verifiedPartner: boolean;
    description: string | null;
    descriptionLocale: string | null;
    locales: string[];
  }>(
    db,
    sql`select o.slug, o.name, o.acronym, o.type, o.country, o.website, o.logo_key as "logoKey",
        o.verified_partner as "verifiedPartner", d.description, d.locale as "descriptionLocale",
        array(select x.locale from organisation_description x where x.organisation_id = o.id order by x.locale)
          as locales
      from organisation o
      left join lateral (select od.locale, od.description from organisation_description od
        where od.organisation_id = o.id order by (od.locale = ${opts.locale}) desc, (od.locale = 'en') desc, od.locale
        limit 1) d on true
      where ${opts.slug !== undefined ? sql`o.slug = ${opts.slug}` : sql`o.slug > ${opts.afterSlug ?? ''}`}
      order by o.slug limit ${opts.limit}`,
  );
}

/** Every organisation page, for the sitemap, by slug (organisations record no time of change). */
export const organisationList: PublicList = {
  from: sql`organisation`,
  key: sql`slug`,
  lastmod: sql`null::timestamptz`,
};
