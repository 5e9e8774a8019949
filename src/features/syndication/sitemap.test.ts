import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from 'xmlbuilder2';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createCommunityWithThread, createMember } from '../../test/factories.ts';
import { createPublication } from '../../test/publications.ts';
import { indexCommunityWithThreads } from '../communities/search.ts';
import { communityPost } from '../communities/tables.ts';
import { listParts, listRows, publishedList } from '../content/public-repository.ts';
import { contentItem } from '../content/tables.ts';
import { CONTENT_TYPES, type ContentType } from '../content/types.ts';
import { insertConcept } from '../glossary/repository.ts';
import { glossaryEntry } from '../glossary/tables.ts';
import { createItem } from '../../test/content.ts';
import { createSecrets, leaks, type Secrets } from '../../test/secrets.ts';

let t: TestApp;
let secrets: Secrets;
let publicThread: string;
const ORIGIN = 'http://localhost:3000';

async function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ url, headers });
}

/** xmllint's verdict on a document: well-formed or not. */
function wellFormed(xml: string): boolean {
  return spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml }).status === 0;
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface UrlEntry {
  loc: string;
  lastmod?: string;
  'xhtml:link': { '@rel': string; '@hreflang': string; '@href': string }[];
}

async function urlsOf(partUrl: string): Promise<UrlEntry[]> {
  const res = await get(partUrl.replace(ORIGIN, ''));
  expect(res.statusCode, partUrl).toBe(200);
  expect(wellFormed(res.body), partUrl).toBe(true);
  const doc = convert(res.body, { format: 'object' }) as unknown as {
    urlset: { url?: UrlEntry | UrlEntry[] };
  };
  return list(doc.urlset.url);
}

async function partUrls(): Promise<string[]> {
  const res = await get('/sitemap.xml');
  const doc = convert(res.body, { format: 'object' }) as unknown as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  return list(doc.sitemapindex.sitemap).map((s) => s.loc);
}

beforeAll(async () => {
  t = await startTestApp();
  await createPublication(t.services.db, {
    slug: 'cash-and-care',
    texts: { es: { title: 'Transferencias' } },
    organisations: ['ilo'],
  });
  for (const [type, def] of Object.entries(CONTENT_TYPES) as [ContentType, { path: string }][])
    await createItem(t, { type, slug: `${def.path}-published`, texts: { en: { title: `A ${type}` } } });
  const concept = await insertConcept(t.services.db, 'social-pension');
  await t.services.db.insert(glossaryEntry).values({
    conceptId: concept.id,
    locale: 'en',
    label: 'Social pension',
    definition: 'A pension paid from taxes.',
  });
  // A concept without words in any language has no page.
  await insertConcept(t.services.db, 'empty-concept');
  const owner = await createMember(t);
  publicThread = (
    await createCommunityWithThread(t, { word: 'zebraword', ownerId: owner.user.id, visibility: 'public' })
  ).threadId;
  // A public community's thread whose opening post a moderator hid: not listed.
  const hidden = await createCommunityWithThread(t, {
    word: 'yakword',
    ownerId: owner.user.id,
    visibility: 'public',
  });
  await t.services.db.update(communityPost).set({ hidden: true }).where(eq(communityPost.id, hidden.postId));
  await indexCommunityWithThreads(t.services.db, hidden.communityId);
  secrets = await createSecrets(t);
});
afterAll(async () => {
  await t?.close();
});

describe('sitemap index and parts', () => {
  it('/sitemap.xml is an index of parts: the site’s pages, every content type, organisations, glossary, communities, threads', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(wellFormed(res.body)).toBe(true);
    const parts = await partUrls();
    expect(parts).toEqual([
      `${ORIGIN}/sitemaps/pages-1.xml`,
      ...Object.values(CONTENT_TYPES).map((d) => `${ORIGIN}/sitemaps/${d.path}-1.xml`),
      `${ORIGIN}/sitemaps/organisations-1.xml`,
      `${ORIGIN}/sitemaps/glossary-1.xml`,
      `${ORIGIN}/sitemaps/communities-1.xml`,
      `${ORIGIN}/sitemaps/threads-1.xml`,
    ]);
    const index = convert(res.body, { format: 'object' }) as unknown as {
      sitemapindex: { sitemap: { loc: string; lastmod?: string }[] };
    };
    const library = index.sitemapindex.sitemap.find((s) => s.loc.endsWith('/library-1.xml'));
    expect(library?.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('each URL is given in English with its four languages and x-default as alternates, and its last change', async () => {
    const urls = await urlsOf(`${ORIGIN}/sitemaps/library-1.xml`);
    const [row] = await t.services.db
      .select({ updatedAt: contentItem.updatedAt })
      .from(contentItem)
      .where(eq(contentItem.slug, 'cash-and-care'));
    const cash = urls.find((u) => u.loc === `${ORIGIN}/en/library/cash-and-care`)!;
    expect(cash.lastmod).toBe(row!.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(cash['xhtml:link'].map((l) => [l['@rel'], l['@hreflang'], l['@href']])).toEqual([
      ['alternate', 'en', `${ORIGIN}/en/library/cash-and-care`],
      ['alternate', 'fr', `${ORIGIN}/fr/library/cash-and-care`],
      ['alternate', 'es', `${ORIGIN}/es/library/cash-and-care`],
      ['alternate', 'pt', `${ORIGIN}/pt/library/cash-and-care`],
      ['alternate', 'x-default', `${ORIGIN}/en/library/cash-and-care`],
    ]);
    const pages = (await urlsOf(`${ORIGIN}/sitemaps/pages-1.xml`)).map((u) => u.loc);
    for (const path of ['/', '/library', '/news', '/blog', '/events', '/webinars', '/glossary', '/about'])
      expect(pages).toContain(`${ORIGIN}/en${path}`);
    expect((await urlsOf(`${ORIGIN}/sitemaps/organisations-1.xml`)).map((u) => u.loc)).toEqual([
      `${ORIGIN}/en/organisations/ilo`,
    ]);
    expect((await urlsOf(`${ORIGIN}/sitemaps/glossary-1.xml`)).map((u) => u.loc)).toEqual([
      `${ORIGIN}/en/glossary/social-pension`,
    ]);
    // Public communities (both, though one thread is hidden), and the one thread a visitor reads.
    expect((await urlsOf(`${ORIGIN}/sitemaps/communities-1.xml`)).map((u) => u.loc)).toEqual([
      `${ORIGIN}/en/communities/yakword-circle`,
      `${ORIGIN}/en/communities/zebraword-circle`,
    ]);
    expect((await urlsOf(`${ORIGIN}/sitemaps/threads-1.xml`)).map((u) => u.loc)).toEqual([
      `${ORIGIN}/en/communities/zebraword-circle/threads/${publicThread}`,
    ]);
    // Every address in the sitemap answers.
    for (const part of await partUrls())
      for (const u of await urlsOf(part))
        expect((await get(u.loc.replace(ORIGIN, ''))).statusCode, u.loc).toBe(200);
  });

  it('parts are read by key ranges (keyset): consecutive, complete, without repeats', async () => {
    for (let i = 0; i < 5; i++) await createItem(t, { type: 'news', texts: { en: { title: `News ${i}` } } });
    const news = publishedList('news');
    const parts = await listParts(t.services.db, news, 2);
    const all = await listRows(t.services.db, news, { from: '', to: null, limit: 100 });
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(parts.map((p) => p.count)).toEqual(
      Array.from({ length: Math.ceil(all.length / 2) }, (_, i) => Math.min(2, all.length - 2 * i)),
    );
    const paged = [];
    for (const [i, p] of parts.entries())
      paged.push(
        ...(await listRows(t.services.db, news, { from: p.from, to: parts[i + 1]?.from ?? null, limit: 2 })),
      );
    expect(paged.map((r) => r.key)).toEqual(all.map((r) => r.key));
    expect(new Set(paged.map((r) => r.key)).size).toBe(paged.length);
  });
});

describe('only public pages', () => {
  it('no unpublished or deleted item, private community, hidden thread or member in the index or any part', async () => {
    const index = await get('/sitemap.xml');
    expect(leaks(index.body, secrets)).toEqual([]);
    let total = 0;
    for (const part of await partUrls()) {
      const res = await get(part.replace(ORIGIN, ''));
      expect(leaks(res.body, secrets), part).toEqual([]);
      expect(res.body, part).not.toContain('yakword-circle/threads');
      expect(res.body, part).not.toContain('/members/');
      total += (await urlsOf(part)).length;
    }
    // …while the published ones are there (the news a hidden member wrote among them).
    expect(total).toBeGreaterThan(15);
    const news = (await urlsOf(`${ORIGIN}/sitemaps/news-1.xml`)).map((u) => u.loc);
    expect(news).toContain(`${ORIGIN}/en/news/news-published`);
    expect(news.some((u) => u.includes('secret'))).toBe(false);
  });
});

describe('HTTP', () => {
  it('caching headers, 304, unknown parameters and parts', async () => {
    const first = await get('/sitemaps/library-1.xml');
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    expect(first.headers.etag).toMatch(/^W\//);
    expect(
      (await get('/sitemaps/library-1.xml', { 'if-none-match': String(first.headers.etag) })).statusCode,
    ).toBe(304);
    const index = await get('/sitemap.xml');
    expect((await get('/sitemap.xml', { 'if-none-match': String(index.headers.etag) })).statusCode).toBe(304);
    const bad = await get('/sitemap.xml?page=2');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('This address takes no parameters; remove “page”.');
    for (const missing of [
      'library-2.xml',
      'library-0.xml',
      'pages-2.xml',
      'members-1.xml',
      'library.xml',
      '..%2Fetc-1.xml',
    ])
      expect((await get(`/sitemaps/${missing}`)).statusCode, missing).toBe(404);
  });

  it('a large part is gzipped once and sent as such to clients that take gzip', async () => {
    await t.services.db.execute(sql`insert into content_item (type, slug, status, original_locale, published_at)
      select 'news', 'bulk-news-' || g, 'published', 'en', now() from generate_series(1, 150) g`);
    const plain = await get('/sitemaps/news-1.xml');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    expect(plain.body.length).toBeGreaterThan(65_536);
    const zipped = await get('/sitemaps/news-1.xml', { 'accept-encoding': 'br;q=0.5, gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    const refused = await get('/sitemaps/news-1.xml', { 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('robots.txt keeps crawlers out of private areas, lets them read the public site and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    const rules = res.body
      .split('\n')
      .map((l) => /^(Allow|Disallow): (.+)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({ allow: m[1] === 'Allow', pattern: m[2] as string }));
    for (const path of [
      '/en/account',
      '/fr/account/profile',
      '/es/me',
      '/pt/me/lists/5',
      '/en/admin/review',
      '/en/lists/secret-token',
      '/en/notifications',
      '/en/library/submit',
      '/fr/news/submissions/42',
      '/en/communities/invitations/abc',
      '/en/communities/a-circle/threads/new',
      '/en/webinars/a-webinar/registration',
      '/en/organisations/ilo/manage',
    ])
      expect(allowed(rules, path), path).toBe(false);
    for (const path of [
      '/',
      '/en/',
      '/en/library',
      '/en/library/submit-a-claim-guide',
      '/fr/library/submissions-and-appeals',
      '/en/members',
      '/en/members/ada',
      '/es/news/a-story',
      '/en/communities/a-circle/threads/42',
      '/en/glossary/social-pension',
      '/feeds/en/library.atom',
      '/sitemap.xml',
    ])
      expect(allowed(rules, path), path).toBe(true);
  });
});

/** RFC 9309 matching: the longest matching rule wins, Allow on a tie; `*` any run, `$` the end. */
function allowed(rules: { allow: boolean; pattern: string }[], path: string): boolean {
  let best: { allow: boolean; length: number } = { allow: true, length: -1 };
  for (const r of rules) {
    const anchored = r.pattern.endsWith('$');
    const body = anchored ? r.pattern.slice(0, -1) : r.pattern;
    const re = new RegExp(
      `^${body.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}${anchored ? '$' : ''}`,
    );
    if (re.test(path) && (r.pattern.length > best.length || (r.pattern.length === best.length && r.allow)))
      best = { allow: r.allow, length: r.pattern.length };
  }
  return best.allow;
}
