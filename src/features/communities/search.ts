import type { DbOrTx } from '../../core/db/client.ts';
import { markdownToText } from '../../core/render/markdown.ts';
import { indexDocument, removeDocument, type SearchKind } from '../../core/search/index.ts';
import { type CommunityFacts, canInCommunity } from './access.ts';
import { findCommunity, findPost, threadForIndex, threadIdsOfCommunity } from './repository.ts';

export const COMMUNITY_KIND = 'community';
export const THREAD_KIND = 'community_thread';

/**
 * Search is the same for everyone, signed in or not: it holds only what an anonymous reader may
 * read (public communities, active or archived), asked of the one permission table.
 */
const searchable = (c: CommunityFacts) => canInCommunity('read', c, { user: null, membership: null });

/** The lead of a text, shown under the title on result cards. */
const lead = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 280 ? `${flat.slice(0, 277)}…` : flat;
};

/**
 * Writes or removes a community's own document (name and description). Call it in the
 * transaction that changed the community; its threads keep their documents (indexThread).
 */
export async function indexCommunity(tx: DbOrTx, communityId: string): Promise<void> {
  const c = await findCommunity(tx, communityId);
  if (!c || !searchable(c)) {
    await removeDocument(tx, COMMUNITY_KIND, communityId);
    return;
  }
  await indexDocument(tx, {
    kind: COMMUNITY_KIND,
    refId: c.id,
    slug: c.slug,
    originalLocale: c.locale,
    texts: [{ locale: c.locale, title: c.name, summary: markdownToText(c.description) }],
    sortDate: c.lastActivityAt,
    languages: c.languages.length ? c.languages : [c.locale],
  });
}

/**
 * Writes or removes a thread's document: indexed while its community is searchable and its
 * opening post is not hidden. The slug makes the result link /{locale}/communities/{slug}
 * the thread's page.
 */
export async function indexThread(tx: DbOrTx, threadId: string): Promise<void> {
  const t = await threadForIndex(tx, threadId);
  if (!t || !searchable(t.community) || t.body === null || t.hidden) {
    await removeDocument(tx, THREAD_KIND, threadId);
    return;
  }
  const text = markdownToText(t.body);
  const c = t.community;
  await indexDocument(tx, {
    kind: THREAD_KIND,
    refId: t.id,
    slug: `${c.slug}/threads/${t.id}`,
    originalLocale: c.locale,
    texts: [{ locale: c.locale, title: t.title, summary: lead(text), body: text }],
    sortDate: t.createdAt,
    year: t.createdAt.getUTCFullYear(),
    languages: c.languages.length ? c.languages : [c.locale],
  });
}

/** A new thread: its document, and its community's (whose last activity it is). */
export async function indexNewThread(tx: DbOrTx, communityId: string, threadId: string): Promise<void> {
  await indexThread(tx, threadId);
  await indexCommunity(tx, communityId);
}

/** A post was edited, hidden or restored: when it opens a thread, the thread's document follows. */
export async function indexChangedPost(tx: DbOrTx, postId: string): Promise<void> {
  const post = await findPost(tx, postId);
  if (post?.isOpening) await indexThread(tx, post.threadId);
}

/**
 * A community and every one of its threads: after its visibility changed (a community that is
 * no longer public leaves search with all its threads), and for demo data.
 */
export async function indexCommunityWithThreads(tx: DbOrTx, communityId: string): Promise<void> {
  await indexCommunity(tx, communityId);
  for (const id of await threadIdsOfCommunity(tx, communityId)) await indexThread(tx, id);
}

/** The two kinds, registered at start-up; both link under /{locale}/communities/. */
export const COMMUNITY_SEARCH_KINDS: SearchKind[] = [
  {
    kind: COMMUNITY_KIND,
    path: 'communities',
    label: 'communities.searchKind.community',
    reindex: indexCommunity,
  },
  {
    kind: THREAD_KIND,
    path: 'communities',
    label: 'communities.searchKind.thread',
    reindex: indexThread,
  },
];
