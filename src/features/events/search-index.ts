import type { DbOrTx } from '../../core/db/client.ts';
import { indexDocument, removeDocument } from '../../core/search/index.ts';
import { contentForIndex, contentIdsOfType } from '../content/repository.ts';
import { termIdsWithAncestors } from '../taxonomy/read.ts';
import { EVENT_TYPE } from './repository.ts';
import { eventDetails } from './tables.ts';
import { eq } from 'drizzle-orm';

export const EVENT_KIND = 'event';

/** Writes or removes an event's search document; call it in the transaction that changes the event. */
export async function reindexEvent(db: DbOrTx, itemId: string): Promise<void> {
  const item = await contentForIndex(db, itemId);
  if (item?.status !== 'published' || item.type !== EVENT_TYPE) {
    await removeDocument(db, EVENT_KIND, itemId);
    return;
  }
  const [details] = await db.select().from(eventDetails).where(eq(eventDetails.itemId, itemId));
  if (!details) {
    await removeDocument(db, EVENT_KIND, itemId);
    return;
  }
  await indexDocument(db, {
    kind: EVENT_KIND,
    refId: item.id,
    slug: item.slug,
    originalLocale: item.originalLocale,
    texts: item.translations,
    extra: [
      { text: item.organisations.join(', '), weight: 'B' },
      { text: [details.venue, details.city].filter(Boolean).join(', '), weight: 'C' },
    ],
    // Events are found by when they happen, not when they were announced.
    sortDate: details.startsAt,
    year: details.startsAt.getUTCFullYear(),
    termIds: await termIdsWithAncestors(db, item.termIds, item.countries),
    countries: item.countries,
    organisationIds: item.organisationIds,
    languages: item.translations.map((t) => t.locale),
  });
}

export async function reindexAllEvents(db: DbOrTx): Promise<number> {
  const ids = await contentIdsOfType(db, EVENT_TYPE);
  for (const id of ids) await reindexEvent(db, id);
  return ids.length;
}
