import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.ts';
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
