import type { DbOrTx } from '../../../core/db/client.ts';
import { LOCALES } from '../../../core/i18n/index.ts';
import { termsBySlug } from '../../taxonomy/index.tsx';
import { licenceCode } from '../../content/licences.ts';
import {
  insertPublicationItem,
  originalLocaleOf,
  type PublicationStatus,
  replaceClassification,
  replaceTranslations,
  takenSlugs,
  termsOfItem,
  updatePublicationItem,
  upsertPublicationFields,
} from './repository.ts';
import { type PublicationInput, TERM_FIELDS } from './schemas.ts';
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
      // A new item has nothing to keep.
      await writePublicationFields(tx, id, input, { managed: [], keptTerms: [] });
      return { id, slug };
    }
  }
  throw new Error('could not find a free slug');
}

/** The vocabularies whose active terms the editor's form offers (and so may take away). */
const FORM_VOCABULARIES = new Set<string>(['document-type', ...Object.values(TERM_FIELDS)]);

/**
 * Rewrites an existing publication's fields (its slug and status stay). What the form does not
 * show is kept: translations in languages it does not edit (other than the interface languages
 * and the original), and terms it does not offer — retired ones, and those of other
 * vocabularies. The document type is the exception: there is one, and the form's replaces it.
 */
export async function updatePublication(tx: DbOrTx, itemId: string, input: PublicationInput) {
  const previousOriginal = await originalLocaleOf(tx, itemId);
  const keptTerms = (await termsOfItem(tx, itemId))
    .filter(
      (t) =>
        t.vocabulary_id !== 'document-type' &&
        !(FORM_VOCABULARIES.has(t.vocabulary_id) && t.status === 'active'),
    )
    .map((t) => t.term_id);
  await updatePublicationItem(tx, itemId, {
    originalLocale: input.original.locale,
    licence: storedLicence(input.licence),
  });
  const managed = [...LOCALES, input.original.locale, ...(previousOriginal ? [previousOriginal] : [])];
  await writePublicationFields(tx, itemId, input, { managed, keptTerms });
}

/** Texts, classification and bibliographic fields: everything but the item row itself. */
async function writePublicationFields(
  tx: DbOrTx,
  itemId: string,
  input: PublicationInput,
  keep: { managed: readonly string[]; keptTerms: number[] },
) {
  await replaceTranslations(tx, itemId, [input.original, ...input.translations], keep.managed);
  // Every publication is also classified as content type "publication", as the seed does.
  const contentType = (await termsBySlug(tx, 'content-type', ['publication'])).get('publication');
  await replaceClassification(tx, itemId, {
    termIds: [
      ...(contentType ? [contentType.id] : []),
      input.documentType,
      ...input.programmeAreas,
      ...input.topics,
      ...input.populationGroups,
      ...keep.keptTerms,
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
