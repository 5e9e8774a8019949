import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../core/db/client.ts';
import { reindexArticle } from '../features/articles/search-index.ts';
import { contentItem, contentTranslation } from '../features/content/tables.ts';
import { reindexEvent } from '../features/events/search-index.ts';
import { eventDetails } from '../features/events/tables.ts';
import { reindexWebinar } from '../features/webinars/search.ts';
import { webinar } from '../features/webinars/tables.ts';

type Status = 'draft' | 'submitted' | 'in_review' | 'scheduled' | 'published' | 'rejected' | 'archived';

export interface ItemInput {
  type: 'news' | 'blog' | 'event' | 'webinar';
  status?: Status;
  /** locale → texts; the first is the original language. */
  texts: Record<string, { title: string; summary?: string; body?: string }>;
  licence?: string;
  /** Events and webinars: when they start (default: in a week). */
  startsAt?: Date;
}

let counter = 0;

/**
 * A news item, blog post, event or webinar written the way their use cases write them, and
 * indexed for search. Publications have their own factory (test/publications.ts).
 */
export async function createItem(db: DbOrTx, input: ItemInput): Promise<{ id: string; slug: string }> {
  const id = randomUUID();
  const slug = `test-${input.type}-${++counter}-${id.slice(0, 8)}`;
  const originalLocale = Object.keys(input.texts)[0] ?? 'en';
  const status = input.status ?? 'published';
  await db.insert(contentItem).values({
    id,
    type: input.type,
    slug,
    status,
    originalLocale,
    licence: input.licence ?? null,
    publishedAt: status === 'published' ? new Date() : null,
  });
  await db.insert(contentTranslation).values(
    Object.entries(input.texts).map(([locale, t]) => ({
      itemId: id,
      locale,
      title: t.title,
      summary: t.summary ?? null,
      body: t.body ?? null,
      provenance: locale === originalLocale ? ('original' as const) : ('human' as const),
    })),
  );
  const startsAt = input.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  if (input.type === 'event') {
    await db.insert(eventDetails).values({
      itemId: id,
      kind: 'conference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      timeZone: 'Africa/Nairobi',
      mode: 'hybrid',
      venue: 'UN Gigiri',
      city: 'Nairobi',
      country: 'KE',
      onlineUrl: 'https://events.example.org/live',
    });
    await reindexEvent(db, id);
  } else if (input.type === 'webinar') {
    await db.insert(webinar).values({
      itemId: id,
      startsAt,
      timeZone: 'America/Sao_Paulo',
      durationMinutes: 90,
      meetingUrl: 'https://meet.example.org/secret-room',
    });
    await reindexWebinar(db, id);
  } else {
    await reindexArticle(db, id);
  }
  return { id, slug };
}
