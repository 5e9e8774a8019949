import type { DbOrTx } from '../../core/db/client.ts';
import { licenceCode } from '../content/licences.ts';
import { replaceClassification, replaceTranslations } from '../content/repository.ts';
import { nextSlug, slugify } from '../library/editorial/slug.ts';
import { termsBySlug } from '../taxonomy/read.ts';
import { type ArticleForEdit, insertArticleItem, takenSlugs, updateArticleItem } from './repository.ts';
import { type ArticleInput, TERM_FIELDS } from './schemas.ts';
import type { ArticleType } from './types.ts';

/** The content-type term every item of the type carries (as the seed classifies them). */
const CONTENT_TYPE_TERM: Record<ArticleType, string> = { news: 'news', blog: 'blog-post' };

/** A licence as stored: its code when it is one of ours (or a known name of one), else as given. */
const storedLicence = (licence?: string) => (licence ? (licenceCode(licence) ?? licence) : null);

/**
 * Creates a news item or blog post with a slug made from its title (unique within its type: a
 * numbered suffix when taken, retried if another save takes it at the same moment).
 */
export async function insertArticle(
  tx: DbOrTx,
  type: ArticleType,
  input: ArticleInput,
  opts: { authorId: string },
): Promise<{ id: string; slug: string }> {
  const base = slugify(input.original.title) || type;
  for (let attempt = 0; attempt < 20; attempt++) {
    const slug = nextSlug(base, await takenSlugs(tx, type, base));
    const id = await insertArticleItem(tx, {
      type,
      slug,
      status: 'draft',
      originalLocale: input.original.locale,
      licence: storedLicence(input.licence),
      authorId: opts.authorId,
    });
    if (id) {
      await writeFields(tx, type, id, input, { managed: [input.original.locale], keptTerms: [] });
      return { id, slug };
    }
  }
  throw new Error('could not find a free slug');
}

const FORM_VOCABULARIES = new Set<string>(Object.values(TERM_FIELDS));

/**
 * Rewrites an existing item's original text and classification (slug and status stay).
 * Translations are kept (editors manage them on the translations screen), as are terms of
 * vocabularies the form does not offer.
 */
export async function updateArticle(tx: DbOrTx, current: ArticleForEdit, input: ArticleInput) {
  const keptTerms = current.terms.filter((t) => !FORM_VOCABULARIES.has(t.vocabularyId)).map((t) => t.id);
  await updateArticleItem(tx, current.item.id, {
    originalLocale: input.original.locale,
    licence: storedLicence(input.licence),
  });
  const managed = [...new Set([input.original.locale, current.item.originalLocale])];
  await writeFields(tx, current.item.type, current.item.id, input, { managed, keptTerms });
}

async function writeFields(
  tx: DbOrTx,
  type: ArticleType,
  itemId: string,
  input: ArticleInput,
  keep: { managed: string[]; keptTerms: number[] },
) {
  await replaceTranslations(tx, itemId, [{ ...input.original, provenance: 'original' }], keep.managed);
  const contentType = (await termsBySlug(tx, 'content-type', [CONTENT_TYPE_TERM[type]])).get(
    CONTENT_TYPE_TERM[type],
  );
  await replaceClassification(tx, itemId, {
    termIds: [
      ...(contentType ? [contentType.id] : []),
      ...input.topics,
      ...input.programmeAreas,
      ...keep.keptTerms,
    ],
    countries: input.countries,
    organisationIds: input.organisationIds,
  });
}
