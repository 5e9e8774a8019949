import { LRUCache } from 'lru-cache';
import { renderMarkdown } from '../../core/render/markdown.ts';

// A post's text changes only when it is edited (which sets editedAt), so its rendered HTML is
// kept per post and version: a thread page read by members converts only what it has not
// converted before. Bounded by total size (characters of HTML).
const rendered = new LRUCache<string, string>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (html, key) => html.length + key.length + 64,
});

/** The sanitised HTML of a post's Markdown. */
export function postHtml(post: { id: string; body: string; editedAt: Date | null }): string {
  const key = `${post.id}:${post.editedAt?.getTime() ?? 0}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(post.body);
    rendered.set(key, html);
  }
  return html;
}
