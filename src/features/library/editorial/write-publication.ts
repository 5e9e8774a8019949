import type { DbOrTx } from '../../../core/db/client.ts';
import { termsBySlug } from '../../taxonomy/index.tsx';
import { licenceCode } from '../../content/licences.ts';
import {
  insertPublicationItem,
  type PublicationStatus,
  replaceClassification,
  replaceTranslations,
  takenSlugs,
  updatePublicationItem,
  upsertPublicationFields,
} from './repository.ts';
import type { PublicationInput } from './schemas.ts';
import { nextSlug, slugify } from './slug.ts';

/** A licence as stored: its code when it is one of ours (or a known name of one), else as given. */
const storedLicence = (licence?: string) => (licence ? (licenceCode(licence) ?? licence) : null);

/**
 * Creates a publication item with a slug made from its title (unique among publications: a
 * numbered suffix when taken, retried if another save takes it at the same moment).
 */
export async function insertPublication(
  tx: DbOrTx,
  input: PublicationInput,
  opts: { status: PublicationStatus; authorId: string },
): Promise<{ id: string; slug: string }> {
  const base = slugify(input.original.title) || 'publication';
  for (let attempt = 0; attempt < 20; attempt++) {
    const slug = nextSlug(base, await takenSlugs(tx, base));
    const id = await insertPublicationItem(tx, {
      slug,
      status: opts.status,
      originalLocale: input.original.locale,
      licence: storedLicence(input.licence),
      authorId: opts.authorId,
    });
    if (id) {
      await writePublicationFields(tx, id, input);
      return { id, slug };
    }
  }
  throw new Error('could not find a free slug');
}

/** Rewrites an existing publication's fields (its slug and status stay). */
export async function updatePublication(tx: DbOrTx, itemId: string, input: PublicationInput) {
  await updatePublicationItem(tx, itemId, {
    originalLocale: input.original.locale,
    licence: storedLicence(input.licence),
  });
  await writePublicationFields(tx, itemId, input);
}

/** Texts, classification and bibliographic fields: everything but the item row itself. */
async function writePublicationFields(tx: DbOrTx, itemId: string, input: PublicationInput) {
  await replaceTranslations(tx, itemId, [input.original, ...input.translations]);
  // Every publication is also classified as content type "publication", as the seed does.
  const contentType = (await termsBySlug(tx, 'content-type', ['publication'])).get('publication');
  await replaceClassification(tx, itemId, {
    termIds: [
      ...(contentType ? [contentType.id] : []),
      input.documentType,
      ...input.programmeAreas,
      ...input.topics,
      ...input.populationGroups,
    ],
    countries: input.countries,
    organisationIds: input.organisationIds,
  });
  await upsertPublicationFields(tx, itemId, {
    year: input.year,
    issuedOn: input.issuedOn ?? null,
    authors: input.authors,
    languages: input.languages,
    doi: input.doi ?? null,
    isbn: input.isbn ?? null,
    url: input.url ?? null,
    pageCount: input.pageCount ?? null,
  });
}
