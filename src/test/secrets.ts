import { eq } from 'drizzle-orm';
import { indexCommunityWithThreads } from '../features/communities/search.ts';
import { type ContentStatus, contentItem } from '../features/content/tables.ts';
import { memberProfile } from '../features/members/tables.ts';
import type { TestApp } from './app.ts';
import { createItem } from './content.ts';
import { createCommunityWithThread, createMember } from './factories.ts';

// What must never leave the site through any machine-readable output (API, feeds, sitemap …):
// items in every unpublished state, a deleted one, a private community's thread, a hidden member.

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
