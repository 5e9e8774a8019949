import { markdownToText } from '../../../core/render/markdown.ts';
import { ld, ldDocument, type PageCard, PageMetadata, shorten } from '../../../core/render/metadata.tsx';
import type { CommunityContext } from '../read.ts';
import type { PostRow, ThreadRow } from '../repository.ts';

/**
 * A thread of a public community as a schema.org DiscussionForumPosting: its title, the
 * opening post's text (shortened: the page has it whole), its dates and replies. A hidden
 * opening post gives no text. No author: a post does not say whether its writer chose to be
 * hidden, and machine outputs never name a hidden member. Private and hidden communities
 * never get here.
 */
export function threadJsonLd(
  community: CommunityContext['community'],
  thread: ThreadRow,
  opening: PostRow | undefined,
  url: string,
  communityUrl: string,
) {
  const shown = opening && !opening.hidden ? opening : undefined;
  return ldDocument(
    ld('DiscussionForumPosting', url, {
      headline: thread.title,
      text: shown ? shorten(markdownToText(shown.body), 500) : undefined,
      datePublished: thread.createdAt,
      dateModified: thread.lastPostAt,
      inLanguage: community.locale,
      commentCount: thread.replyCount,
      isPartOf: ld('WebPage', communityUrl, { name: community.name }),
    }),
  );
}

/** A community page's metadata: only a public community's pages are described to machines. */
export function PublicCard({
  community,
  card,
}: {
  community: CommunityContext['community'];
  card: PageCard;
}) {
  return community.visibility === 'public' ? <PageMetadata card={card} /> : null;
}
