import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { type DbOrTx, queryRows } from '../core/db/client.ts';
import { LOCALES, type Locale } from '../core/i18n/index.ts';
import type { Services } from '../core/services.ts';
import { processImage } from '../features/articles/images/process-image.ts';
import { putImage } from '../features/articles/repository.ts';
import { BLOG_POSTS, type BlogPostSeed } from './data/blog.ts';
import type { ContentSeed } from './content.ts';
import { REFERENCE_DATE } from './publications.ts';
import { Random } from './random.ts';
import { slugify } from './random.ts';

const DAY = 86_400_000;
/** Its own sequence: adding blog posts leaves the rest of the demo data as it was. */
const BLOG_SEED = 20_220_915;

/** The demo blog posts, as content to insert (published, dated back from the reference date). */
export function buildBlogPosts(): ContentSeed[] {
  const rng = new Random(BLOG_SEED);
  const newest = Math.min(REFERENCE_DATE, Date.now());
  return BLOG_POSTS.map((post) => {
    const original = post.texts[post.originalLocale]!;
    const texts = Object.fromEntries(
      LOCALES.map((l) => [l, post.texts[l] ?? original]),
    ) as ContentSeed['texts'];
    return {
      id: rng.uuid(),
      type: 'blog',
      slug: slugify(original.title),
      originalLocale: post.originalLocale,
      licence: 'cc-by-4.0',
      publishedAt: new Date(newest - post.daysAgo * DAY - rng.int(0, 10) * 3_600_000),
      texts,
      translatedInto: LOCALES.filter((l) => l !== post.originalLocale && post.texts[l]),
      terms: [
        { vocabularyId: 'content-type', slug: 'blog-post' },
        ...post.areas.map((slug) => ({ vocabularyId: 'programme-area', slug })),
        ...post.topics.map((slug) => ({ vocabularyId: 'topic', slug })),
      ],
      countries: post.countries,
      organisations: post.organisations,
    };
  });
}

/** Blog posts are signed: each gets one of the demo members (the oldest accounts) as its author. */
export async function signBlogPosts(tx: DbOrTx, posts: ContentSeed[]): Promise<void> {
  const authors = await queryRows<{ id: string }>(
    tx,
    sql`select id from "user" where role = 'member' order by created_at, id limit ${posts.length}`,
  );
  for (const [i, post] of posts.entries()) {
    const author = authors[i % Math.max(1, authors.length)];
    if (author) await tx.execute(sql`update content_item set author_id = ${author.id} where id = ${post.id}`);
  }
}

/** A lead image drawn for the demo: a gradient with soft hills and a sun, as a photograph stands in. */
function pictureSvg(from: string, to: string, seed: number): string {
  const rng = new Random(seed);
  const hills = Array.from({ length: 3 }, (_, i) => {
    const y = 560 + i * 70 + rng.int(-20, 20);
    return `<path d="M0 ${y} Q ${rng.int(300, 700)} ${y - rng.int(80, 160)} ${rng.int(900, 1300)} ${y} T 1600 ${y - 30} V 900 H 0 Z" fill="#000" fill-opacity="${0.12 + i * 0.08}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${to}"/><stop offset="1" stop-color="${from}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="${rng.int(900, 1350)}" cy="${rng.int(160, 280)}" r="90" fill="#fff" fill-opacity="0.55"/>
    ${hills}
  </svg>`;
}

/**
 * Gives the demo blog posts their lead images, through the same processing as an upload (a JPEG
 * drawn from an SVG, re-encoded into WebP variants). Runs after the data's transaction, as the
 * files need storage; items that already have an image are skipped.
 */
export async function seedArticleImages(
  services: Pick<Services, 'db' | 'storage'>,
  opts: { progress: (message: string) => void },
): Promise<number> {
  const posts = BLOG_POSTS.filter((p): p is BlogPostSeed & { image: NonNullable<BlogPostSeed['image']> } =>
    Boolean(p.image),
  );
  const built = new Map(buildBlogPosts().map((b) => [b.slug, b]));
  let done = 0;
  for (const [i, post] of posts.entries()) {
    const original = post.texts[post.originalLocale]!;
    const item = built.get(slugify(original.title));
    if (!item) continue;
    const [row] = await queryRows<{ id: string; has: boolean }>(
      services.db,
      sql`select ci.id, exists (select 1 from content_image im where im.item_id = ci.id) as has
          from content_item ci where ci.type = 'blog' and ci.slug = ${item.slug}`,
    );
    if (!row || row.has) continue;
    const jpeg = await sharp(Buffer.from(pictureSvg(post.image.from, post.image.to, BLOG_SEED + i)))
      .jpeg({ quality: 85 })
      .toBuffer();
    const image = await processImage(services.storage, jpeg);
    const alt = post.image.alt[post.originalLocale as Locale] ?? Object.values(post.image.alt)[0] ?? '';
    await putImage(services.db, row.id, { alt, ...image });
    done++;
  }
  opts.progress(`blog images ${done}/${posts.length}`);
  return done;
}
