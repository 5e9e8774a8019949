import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../test/app.ts';
import { createCommunityWithThread, createMember } from '../../test/factories.ts';
import { indexCommunityWithThreads } from '../communities/search.ts';
import { type ContentStatus, contentItem, contentTranslation } from '../content/tables.ts';
import type { ContentType } from '../content/types.ts';
import { eventDetails } from '../events/tables.ts';
import { memberProfile } from '../members/tables.ts';
import { webinar } from '../webinars/tables.ts';

// Test data for the feeds and sitemap tests: items of every type in every state, and what must
// never leave the site (unpublished items, a private community's thread, a hidden member).

/** An item of any registered type, written as its feature stores it, and indexed for search. */
export async function createItem(
  t: TestApp,
  input: {
    type: ContentType;
    status?: ContentStatus;
    slug?: string;
    texts: Record<string, { title: string; summary?: string }>;
    licence?: string | null;
    authorId?: string;
    publishedAt?: Date;
  },
): Promise<string> {
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
      provenance: locale === original ? ('original' as const) : ('human' as const),
    })),
  );
  const start = new Date(Date.now() + 30 * 86_400_000);
  if (input.type === 'event')
    await db.insert(eventDetails).values({
      itemId: id,
      kind: 'conference',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      timeZone: 'Africa/Nairobi',
      mode: 'online',
    });
  if (input.type === 'webinar')
    await db
      .insert(webinar)
      .values({ itemId: id, startsAt: start, timeZone: 'America/Sao_Paulo', durationMinutes: 60 });
  await t.services.search.get(input.type)?.reindex?.(db, id);
  return id;
}

/** Every state that is not public. */
export const UNPUBLISHED: ContentStatus[] = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'scheduled',
  'rejected',
  'archived',
];

/** Unique words: any of them in an output is a leak. */
export interface Secrets {
  words: string[];
  /** The private community's slug and thread id, to check no address of it is given either. */
  privateCommunity: { slug: string; threadId: string };
  hiddenMember: { name: string; handle: string };
}

/**
 * Publications and news in every unpublished state, a private community with a thread, a
 * hidden member who wrote a published news item, and one item that was published then deleted.
 */
export async function createSecrets(t: TestApp): Promise<Secrets> {
  const db = t.services.db;
  const words: string[] = [];
  for (const type of ['publication', 'news'] as const)
    for (const status of UNPUBLISHED) {
      const word = `zq${type}${status.replace('_', '')}word`;
      words.push(word);
      await createItem(t, {
        type,
        status,
        slug: `${type}-${status}-secret`.replace('_', '-'),
        texts: { en: { title: `Social protection ${word}`, summary: `Unpublished ${word}` } },
      });
    }
  const gone = await createItem(t, {
    type: 'news',
    slug: 'deleted-news-secret',
    texts: { en: { title: 'Cash transfers zqdeletedword' } },
  });
  await db.delete(contentItem).where(eq(contentItem.id, gone));
  words.push('zqdeletedword', 'deleted-news-secret');

  const hidden = await createMember(t, { name: 'Zqhidden Persona' });
  await db.insert(memberProfile).values({ userId: hidden.user.id, directoryVisibility: 'hidden' });
  await createItem(t, {
    type: 'news',
    texts: { en: { title: 'News written by a member who stays hidden' } },
    authorId: hidden.user.id,
  });
  words.push('Zqhidden', hidden.user.handle);

  const circle = await createCommunityWithThread(t, {
    word: 'zqprivateword',
    ownerId: hidden.user.id,
    visibility: 'private',
  });
  await indexCommunityWithThreads(db, circle.communityId);
  words.push('zqprivate');
  return {
    words,
    privateCommunity: { slug: 'zqprivateword-circle', threadId: circle.threadId },
    hiddenMember: { name: hidden.user.name, handle: hidden.user.handle },
  };
}

/** The secrets found in a text (an empty list: no leak). */
export function leaks(text: string, s: Secrets): string[] {
  const lower = text.toLowerCase();
  return [...s.words, s.privateCommunity.threadId, s.privateCommunity.slug, s.hiddenMember.name].filter((w) =>
    lower.includes(w.toLowerCase()),
  );
}
