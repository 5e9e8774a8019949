import { randomUUID } from 'node:crypto';
import { type ContentStatus, contentItem, contentTranslation } from '../features/content/tables.ts';
import type { ContentType } from '../features/content/types.ts';
import { eventDetails } from '../features/events/tables.ts';
import { webinar } from '../features/webinars/tables.ts';
import type { TestApp } from './app.ts';

export interface ItemInput {
  type: ContentType;
  status?: ContentStatus;
  slug?: string;
  /** locale → texts; the first is the original language. */
  texts: Record<string, { title: string; summary?: string; body?: string }>;
  /** Default CC BY 4.0; null for an item without a licence. */
  licence?: string | null;
  authorId?: string;
  publishedAt?: Date;
  /** Events and webinars: when they start (default: in 30 days). */
  startsAt?: Date;
}

/**
 * An item of any registered type, written as its feature stores it (an event: a hybrid
 * conference in Nairobi; a webinar: 90 minutes from São Paulo, with a registrants-only
 * meeting link), and indexed for search through the registry. Publications with their
 * bibliographic fields have their own factory (test/publications.ts).
 */
export async function createItem(t: TestApp, input: ItemInput): Promise<string> {
  const db = t.services.db;
  const id = randomUUID();
  const status = input.status ?? 'published';
  const original = Object.keys(input.texts)[0] ?? 'en';
  await db.insert(contentItem).values({
    id,
    type: input.type,
    slug: input.slug ?? `${input.type}-${id.slice(0, 8)}`,
    status,
    originalLocale: original,
    licence: input.licence === undefined ? 'cc-by-4.0' : input.licence,
    authorId: input.authorId ?? null,
    publishedAt: status === 'published' ? (input.publishedAt ?? new Date()) : null,
    scheduledFor: status === 'scheduled' ? new Date(Date.now() + 86_400_000) : null,
  });
  await db.insert(contentTranslation).values(
    Object.entries(input.texts).map(([locale, x]) => ({
      itemId: id,
      locale,
      title: x.title,
      summary: x.summary ?? null,
      body: x.body ?? null,
      provenance: locale === original ? ('original' as const) : ('human' as const),
    })),
  );
  const start = input.startsAt ?? new Date(Date.now() + 30 * 86_400_000);
  if (input.type === 'event')
    await db.insert(eventDetails).values({
      itemId: id,
      kind: 'conference',
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * 3_600_000),
      timeZone: 'Africa/Nairobi',
      mode: 'hybrid',
      venue: 'UN Gigiri',
      city: 'Nairobi',
      country: 'KE',
      onlineUrl: 'https://events.example.org/live',
    });
  if (input.type === 'webinar')
    await db.insert(webinar).values({
      itemId: id,
      startsAt: start,
      timeZone: 'America/Sao_Paulo',
      durationMinutes: 90,
      meetingUrl: 'https://meet.example.org/secret-room',
    });
  await t.services.search.get(input.type)?.reindex?.(db, id);
  return id;
}
