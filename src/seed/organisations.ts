import { LOCALES } from '../core/i18n/index.ts';
import { organisation, organisationDescription } from '../features/organisations/tables.ts';
import type { DbOrTx } from '../core/db/client.ts';
import { ORGANISATIONS } from './data/organisations.ts';
import type { Random } from './random.ts';
import { insertRows } from './repository.ts';

/** Writes the partner organisations with their descriptions; returns their ids by key. */
export async function insertOrganisations(
  tx: DbOrTx,
  rng: Random,
  createdAt: Date,
): Promise<Map<string, string>> {
  const ids = new Map(ORGANISATIONS.map((o) => [o.key, rng.uuid()]));
  await insertRows(
    tx,
    organisation,
    ORGANISATIONS.map((o) => ({
      id: ids.get(o.key)!,
      slug: o.key,
      name: o.name,
      acronym: o.acronym ?? null,
      type: o.type,
      country: o.country,
      website: o.website,
      createdAt,
    })),
  );
  await insertRows(
    tx,
    organisationDescription,
    ORGANISATIONS.flatMap((o) =>
      LOCALES.map((locale) => ({
        organisationId: ids.get(o.key)!,
        locale,
        description: o.description[locale],
      })),
    ),
  );
  return ids;
}
