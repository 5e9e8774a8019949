import type { DbOrTx } from '../../core/db/client.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { nextSlug, slugify } from '../library/editorial/slug.ts';
import { termsBySlug } from '../taxonomy/index.tsx';
import {
  detailsOf,
  insertEventItem,
  replaceClassification,
  replaceTranslations,
  takenSlugs,
  touchEventItem,
  upsertEventDetails,
} from './repository.ts';
import type { EventInput } from './schemas.ts';
import type { ContentStatus } from '../content/tables.ts';

/** Paths under /{locale}/events that are pages, not events. */
const RESERVED = new Set(['submit', 'submissions', 'calendar', 'past', 'new']);

/** Creates an event item with a slug from its title (numbered when taken) and all its fields. */
export async function insertEvent(
  tx: DbOrTx,
  input: EventInput,
  opts: { status: ContentStatus; authorId: string },
): Promise<{ id: string; slug: string }> {
  const base = slugify(input.original.title) || 'event';
  for (let attempt = 0; attempt < 20; attempt++) {
    const taken = await takenSlugs(tx, base);
    for (const r of RESERVED) taken.add(r);
    const slug = nextSlug(base, taken);
    const id = await insertEventItem(tx, {
      slug,
      status: opts.status,
      originalLocale: input.original.locale,
      authorId: opts.authorId,
    });
    if (id) {
      await writeEventFields(tx, id, input, [input.original.locale]);
      return { id, slug };
    }
  }
  throw new Error('could not find a free slug');
}

/**
 * Rewrites an event's fields (slug and status stay). The editors' form manages the interface
 * languages; a member's revision only its original text (translations are the editors').
 */
export async function updateEvent(
  tx: DbOrTx,
  itemId: string,
  input: EventInput,
  managed: readonly string[] = LOCALES,
) {
  await touchEventItem(tx, itemId, input.original.locale);
  await writeEventFields(tx, itemId, input, [...managed, input.original.locale]);
}

async function writeEventFields(tx: DbOrTx, itemId: string, input: EventInput, managed: readonly string[]) {
  await replaceTranslations(
    tx,
    itemId,
    [
      { ...input.original, provenance: 'original' as const },
      ...input.translations.map((t) => ({ ...t, provenance: 'human' as const })),
    ],
    managed,
  );
  // Every event is also classified as content type "event", as every type is.
  const contentType = (await termsBySlug(tx, 'content-type', ['event'])).get('event');
  await replaceClassification(tx, itemId, {
    termIds: [...(contentType ? [contentType.id] : []), ...input.termIds],
    countries: input.country ? [input.country] : [],
    organisationIds: input.organisationIds,
  });
  await upsertEventDetails(tx, itemId, detailsOf(input));
}
