import type { DbOrTx } from '../../core/db/client.ts';
import { indexDocument, removeDocument } from '../../core/search/index.ts';
import { contentForIndex } from '../content/repository.ts';
import { termIdsWithAncestors } from '../taxonomy/read.ts';
import { findWebinar, peopleOf, WEBINAR_TYPE } from './repository.ts';

export const WEBINAR_KIND = 'webinar';

/**
 * A published webinar's search document (titles, descriptions, summaries, speakers,
 * organisations), dated by its start; removed while it is a draft. Call it in the transaction
 * that changes the webinar.
 */
export async function reindexWebinar(db: DbOrTx, itemId: string): Promise<void> {
  const item = await contentForIndex(db, itemId);
  if (item?.status !== 'published' || item.type !== WEBINAR_TYPE) {
    await removeDocument(db, WEBINAR_KIND, itemId);
    return;
  }
  const people = await peopleOf(db, [itemId]);
  const startsAt = (await findWebinar(db, itemId))?.webinar.startsAt ?? item.publishedAt ?? new Date();
  await indexDocument(db, {
    kind: WEBINAR_KIND,
    refId: item.id,
    slug: item.slug,
    originalLocale: item.originalLocale,
    texts: item.translations,
    extra: [
      { text: people.map((p) => [p.name, p.organisation].filter(Boolean).join(' ')).join(', '), weight: 'B' },
      { text: item.organisations.join(', '), weight: 'B' },
    ],
    sortDate: startsAt,
    year: startsAt.getUTCFullYear(),
    termIds: await termIdsWithAncestors(db, item.termIds, item.countries),
    countries: item.countries,
    organisationIds: item.organisationIds,
    languages: item.translations.map((t) => t.locale),
  });
}
