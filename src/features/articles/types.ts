import type { MessageKey } from '../../core/i18n/index.ts';

/** News items and blog posts: the same fields, workflow and pages, at their own paths. */
export const ARTICLE_TYPES = ['news', 'blog'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

export const isArticleType = (s: string): s is ArticleType =>
  (ARTICLE_TYPES as readonly string[]).includes(s);

interface ArticleDef {
  /** /{locale}/{path}, and the search kind's name (the type itself). */
  path: string;
  /** Plural ("News", "Blog"): list pages, the search facet. */
  plural: MessageKey;
  /** Singular ("News item", "Blog post"): queues, e-mails, forms. */
  one: MessageKey;
  intro: MessageKey;
  /** schema.org type of the detail page's JSON-LD. */
  schemaType: 'NewsArticle' | 'BlogPosting';
}

export const ARTICLES: Record<ArticleType, ArticleDef> = {
  news: {
    path: 'news',
    plural: 'content.news.title',
    one: 'articles.news.one',
    intro: 'content.news.intro',
    schemaType: 'NewsArticle',
  },
  blog: {
    path: 'blog',
    plural: 'content.blog.title',
    one: 'articles.blog.one',
    intro: 'content.blog.intro',
    schemaType: 'BlogPosting',
  },
};
