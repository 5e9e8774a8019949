import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown written by members and editors (news, blog posts, community posts) as safe HTML.
 * `markdown-it` (CommonMark with GFM tables and strikethrough) turns it into HTML, raw HTML in the
 * source included, then `sanitize-html` keeps
 * only an allow-list: text formatting, headings, lists, quotes, code, tables, links and
 * images. Scripts, styles, iframes, forms and every `on*` attribute are dropped; links and
 * images keep http(s) and mailto addresses only (no javascript:, data: or vbscript:), and
 * every link gets rel="nofollow noopener" (ugc). Headings start at h2: the page has its h1.
 */
const markdown = new MarkdownIt({ html: true, linkify: false, breaks: false });
// Every link becomes an element and sanitize-html alone decides which addresses stay: a link
// with a refused scheme keeps its text without an href, instead of showing the raw Markdown.
markdown.validateLink = () => true;

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  's',
  'sub',
  'sup',
  'blockquote',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    code: ['class'],
  },
  allowedClasses: { code: [/^language-[a-z0-9+#-]{1,30}$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Dropped with everything inside them, not just their tags.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page's own h1 is its title: a "# heading" in the body becomes an h2.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow noopener ugc' },
    }),
    img: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, loading: 'lazy', decoding: 'async' },
    }),
  },
};

/** Markdown as sanitised HTML, ready to be inserted into a page. */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  const html = markdown.render(source);
  return sanitizeHtml(html, OPTIONS);
}

/** Markdown as plain text (search documents, summaries, meta descriptions). */
export function markdownToText(source: string | null | undefined): string {
  if (!source) return '';
  const html = renderMarkdown(source);
  return sanitizeHtml(html.replace(/<\/(p|h[2-6]|li|blockquote|pre|tr)>/g, '$&\n'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}
