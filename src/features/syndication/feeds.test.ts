import { parseFeed } from '@rowanmanning/feed-parser';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from 'xmlbuilder2';
import { type Locale, translate } from '../../core/i18n/index.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createPublication } from '../../test/publications.ts';
import { contentItem } from '../content/tables.ts';
import { CONTENT_TYPES, type ContentType } from '../content/types.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { webinar } from '../webinars/tables.ts';
import { createItem } from '../../test/content.ts';
import { createSecrets, leaks, type Secrets } from '../../test/secrets.ts';

let t: TestApp;
let secrets: Secrets;
const ids: Record<string, string> = {};

/** Decodes the HTML that RSS descriptions hold (the few entities escapeHtml writes). */
const htmlText = (s: string) =>
  s.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as string]!,
  );

async function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ url, headers });
}

/** The parsed XML as plain objects, to read what a feed parser leaves out (rights, languages). */
function xmlObject(body: string): Record<string, unknown> {
  return convert(body, { format: 'object' }) as Record<string, unknown>;
}
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(t.services.db);
  ids.pub = await createPublication(t.services.db, {
    slug: 'cash-and-care',
    // Control characters (pasted from a PDF) and markup characters in every text.
    texts: {
      en: {
        title: 'Cash & care <pilot>\u0001\u000B in Malawi',
        summary: 'Transfers \u0002for <b>carers</b> & kids',
      },
      fr: { title: 'Transferts & soins <pilote> au Malawi', summary: 'Pour les aidants & enfants' },
    },
    terms: ['topic/gender'],
    organisations: ['ilo'],
    authors: ['Ada Lovelace', 'Amartya Sen'],
  });
  await t.services.db.update(contentItem).set({ licence: 'cc-by-4.0' }).where(eq(contentItem.id, ids.pub));
  ids.spanish = await createItem(t, {
    type: 'publication',
    slug: 'pensiones-sociales',
    texts: { es: { title: 'Pensiones sociales en Bolivia', summary: 'Renta Dignidad' } },
    licence: 'all-rights-reserved',
  });
  for (const [type, def] of Object.entries(CONTENT_TYPES) as [
    ContentType,
    (typeof CONTENT_TYPES)[ContentType],
  ][])
    ids[type === 'publication' ? 'pub2' : type] = await createItem(t, {
      type,
      slug: `${def.path}-published`,
      texts: { en: { title: `Published ${type} on cash transfers` }, fr: { title: `${type} publié` } },
      licence: type === 'blog' ? null : 'cc-by-nc-4.0',
    });
  secrets = await createSecrets(t);
});
afterAll(async () => {
  await t?.close();
});

describe('feeds per type and language', () => {
  it('every type of the registry has an RSS and an Atom feed in every language that parse with a real parser', async () => {
    for (const [type, def] of Object.entries(CONTENT_TYPES))
      for (const locale of ['en', 'fr'])
        for (const format of ['rss', 'atom'] as const) {
          const res = await get(`/feeds/${locale}/${def.path}.${format}`);
          expect(res.statusCode, `${type} ${locale} ${format}`).toBe(200);
          expect(res.headers['content-type']).toBe(`application/${format}+xml; charset=utf-8`);
          const feed = parseFeed(res.body);
          expect(feed.meta.type).toBe(format);
          expect(feed.language ?? (xmlObject(res.body).feed as Record<string, string>)['@xml:lang']).toBe(
            locale,
          );
          const item = feed.items.find(
            (i) => i.url === `http://localhost:3000/${locale}/${def.path}/${def.path}-published`,
          );
          expect(item, `${type} ${locale} ${format}`).toBeDefined();
          expect(item!.title).toBe(
            locale === 'en' ? `Published ${type} on cash transfers` : `${type} publié`,
          );
          expect(item!.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
          expect(item!.published).toBeInstanceOf(Date);
          const label = translate(locale as Locale, def.label);
          expect(item!.categories.map((c) => c.label)).toContain(label);
          expect(feed.title).toBe(`${label} · SP Gateway`);
          expect(feed.self).toBe(`http://localhost:3000/feeds/${locale}/${def.path}.${format}`);
        }
  });

  it('texts are escaped for XML and stripped of the characters XML 1.0 forbids; titles, authors and terms are right', async () => {
    for (const format of ['rss', 'atom'] as const) {
      const res = await get(`/feeds/en/library.${format}`);
      for (const c of ['\u0001', '\u0002', '\u000B']) expect(res.body).not.toContain(c);
      expect(res.body).toContain('Cash &amp; care &lt;pilot&gt;');
      const item = parseFeed(res.body).items.find((i) => i.url?.endsWith('/en/library/cash-and-care'))!;
      expect(item.title).toBe('Cash & care <pilot> in Malawi');
      const summary = format === 'rss' ? htmlText(item.description!) : item.description;
      expect(summary).toBe('Transfers for <b>carers</b> & kids');
      expect(item.authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Amartya Sen']);
      expect(item.categories.map((c) => c.label)).toContain('Gender');
    }
    const fr = parseFeed((await get('/feeds/fr/library.atom')).body);
    const item = fr.items.find((i) => i.url?.endsWith('/fr/library/cash-and-care'))!;
    expect(item.title).toBe('Transferts & soins <pilote> au Malawi');
    expect(item.categories.map((c) => c.label)).toContain('Genre');
  });

  it('every item carries its licence: <rights> and a license link in Atom, dc:rights and the deed in RSS', async () => {
    const atom = xmlObject((await get('/feeds/en/library.atom')).body).feed as {
      entry: Record<string, unknown>[];
    };
    const entry = (slug: string) =>
      list(atom.entry).find((e) =>
        list(e.link as { '@href': string }[]).some((l) => l['@href'].endsWith(`/library/${slug}`)),
      )!;
    const cash = entry('cash-and-care');
    expect((cash.rights as { '#': string })['#']).toBe('CC BY 4.0 (attribution)');
    expect(
      list(cash.link as { '@rel': string; '@href': string }[]).find((l) => l['@rel'] === 'license')?.[
        '@href'
      ],
    ).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect((entry('pensiones-sociales').rights as { '#': string })['#']).toBe('All rights reserved');
    for (const e of list(atom.entry)) expect(e.rights, JSON.stringify(e.id)).toBeDefined();

    const rss = xmlObject((await get('/feeds/fr/blog.rss')).body).rss as {
      channel: { item: Record<string, unknown>[] };
    };
    const items = list(rss.channel.item);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i['dc:rights'], JSON.stringify(i.title)).toBeDefined();
    const blog = items.find((i) => String(i.link).endsWith('/fr/blog/blog-published'))!;
    expect(blog['dc:rights']).toBe('Licence non précisée : demandez à l’éditeur avant toute réutilisation');
    const news = list(
      (
        xmlObject((await get('/feeds/en/news.rss')).body).rss as {
          channel: { item: Record<string, unknown>[] };
        }
      ).channel.item,
    ).find((i) => String(i.link).endsWith('/en/news/news-published'))!;
    expect(news['dc:rights']).toBe('CC BY-NC 4.0 (attribution, non-commercial)');
    expect(news['creativeCommons:license']).toBe('https://creativecommons.org/licenses/by-nc/4.0/');
  });

  it('event and webinar entries say when they take place, in the event’s zone, or that they were cancelled', async () => {
    const event = parseFeed((await get('/feeds/en/events.atom')).body).items.find((i) =>
      i.url?.endsWith('/en/events/events-published'),
    )!;
    expect(event.description).toMatch(/^When: .+ \(East Africa Time\)\.$/);
    const fr = parseFeed((await get('/feeds/fr/webinars.rss')).body).items.find((i) =>
      i.url?.endsWith('/fr/webinars/webinars-published'),
    )!;
    expect(htmlText(fr.description!)).toMatch(/^Quand : .+ \(heure normale de Brasilia\)\.$/);
    await t.services.db
      .update(webinar)
      .set({ cancelledAt: new Date() })
      .where(eq(webinar.itemId, ids.webinar!));
    const cancelled = parseFeed((await get('/feeds/en/webinars.atom')).body).items.find((i) =>
      i.url?.endsWith('/en/webinars/webinars-published'),
    )!;
    expect(cancelled.description).toMatch(/^Cancelled \(was planned for .+, Brasilia Standard Time\)\.$/);
  });

  it('an item without the reader’s language comes in its original, marked with that language', async () => {
    const atomBody = (await get('/feeds/fr/library.atom')).body;
    const item = parseFeed(atomBody).items.find((i) => i.url?.endsWith('/fr/library/pensiones-sociales'))!;
    expect(item.title).toBe('Pensiones sociales en Bolivia');
    const entries = list((xmlObject(atomBody).feed as { entry: Record<string, unknown>[] }).entry);
    const es = entries.find(
      (e) => e.title && (e.title as { '#': string })['#'] === 'Pensiones sociales en Bolivia',
    )!;
    expect(es['@xml:lang']).toBe('es');
    const translated = entries.find((e) => (e.title as { '#': string })['#'].startsWith('Transferts'))!;
    expect(translated['@xml:lang']).toBeUndefined();
    const rss = list(
      (
        xmlObject((await get('/feeds/fr/library.rss')).body).rss as {
          channel: { item: Record<string, unknown>[] };
        }
      ).channel.item,
    );
    expect(rss.find((i) => i.title === 'Pensiones sociales en Bolivia')?.['dc:language']).toBe('es');
  });
});

describe('search feeds', () => {
  it('takes the search page’s parameters and says in its title what was searched', async () => {
    const res = await get('/feeds/en/search.atom?q=cash&topic=gender');
    expect(res.statusCode).toBe(200);
    const feed = parseFeed(res.body);
    expect(feed.title).toBe('Search: “cash”, Topic: Gender · SP Gateway');
    expect(feed.items.map((i) => i.url)).toEqual(['http://localhost:3000/en/library/cash-and-care']);
    expect(feed.self).toBe('http://localhost:3000/feeds/en/search.atom?q=cash&topic=gender');
    expect(feed.url).toBe('http://localhost:3000/en/search?q=cash&topic=gender');

    const all = parseFeed((await get('/feeds/fr/search.rss?q=cash')).body);
    const urls = all.items.map((i) => i.url);
    for (const type of ['library', 'news', 'blog', 'events', 'webinars'])
      expect(urls).toContain(`http://localhost:3000/fr/${type}/${type}-published`);
    expect(all.title).toBe('Recherche : « cash » · SP Gateway');

    const news = parseFeed((await get('/feeds/en/search.rss?q=cash&type=news&type=blog')).body);
    expect(news.items.map((i) => i.url).sort()).toEqual([
      'http://localhost:3000/en/blog/blog-published',
      'http://localhost:3000/en/news/news-published',
    ]);
    expect(news.title).toBe('Search: “cash”, Content type: News, Blog · SP Gateway');
  });

  it('a type’s feed takes the same filters (subscribe to a filtered listing)', async () => {
    const feed = parseFeed((await get('/feeds/en/library.rss?topic=gender&sort=relevance&page=3')).body);
    expect(feed.items.map((i) => i.url)).toEqual(['http://localhost:3000/en/library/cash-and-care']);
    expect(feed.title).toBe('Publications: Topic: Gender · SP Gateway');
  });

  it('listing and search pages offer their feed, with the current search', async () => {
    const library = await get('/en/library?q=cash&topic=gender&page=1');
    expect(library.body).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Library: “cash” (Atom feed)" href="/feeds/en/library.atom?q=cash&amp;topic=gender"/>',
    );
    expect(library.body).toContain('Subscribe to this search:');
    const news = await get('/fr/news');
    expect(news.body).toContain('href="/feeds/fr/news.rss"');
    expect(news.body).toContain('S’abonner :');
    const search = await get('/es/search?q=cash&type=news');
    expect(search.body).toContain('href="/feeds/es/search.atom?q=cash&amp;type=news"');
    for (const path of ['events', 'webinars']) {
      const page = await get(`/pt/${path}`);
      expect(page.body).toContain(`type="application/rss+xml"`);
      expect(page.body).toContain(`href="/feeds/pt/${path}.atom"`);
    }
  });
});

describe('bad input', () => {
  it('unknown parameters are refused with 400 naming them; unknown languages and types are 404', async () => {
    const res = await get('/feeds/en/library.rss?q=cash&color=red&limit=5');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('the parameters “color”, “limit”');
    const json = await get('/feeds/fr/search.atom?bogus=1', { accept: 'application/json' });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toEqual({
      errors: [
        {
          code: 'unknown_parameter',
          field: 'bogus',
          message: expect.stringContaining('pas le paramètre « bogus ». Elle accepte : q, type,'),
        },
      ],
    });
    // A type's feed is of one type already.
    expect((await get('/feeds/en/news.atom?type=blog')).statusCode).toBe(400);
    expect((await get('/feeds/de/library.rss')).statusCode).toBe(404);
    expect((await get('/feeds/en/podcasts.rss')).statusCode).toBe(404);
    expect((await get('/feeds/en/library.json')).statusCode).toBe(404);
  });

  it('oversized and repeated values are capped, not errors', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `topic=t${i}`).join('&');
    const res = await get(`/feeds/en/search.rss?q=${'cash%20'.repeat(300)}&${many}`);
    expect(res.statusCode).toBe(200);
    expect(() => parseFeed(res.body)).not.toThrow();
  });
});

describe('caching', () => {
  it('sends Cache-Control, a weak ETag and Last-Modified, and 304 to a client that has the feed', async () => {
    const first = await get('/feeds/en/news.atom');
    expect(first.headers['cache-control']).toBe('public, max-age=600');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    const lastModified = String(first.headers['last-modified']);
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    expect(first.headers['set-cookie']).toBeUndefined();

    const again = await get('/feeds/en/news.atom', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/feeds/en/news.atom', { 'if-modified-since': lastModified })).statusCode).toBe(304);

    // A change makes the old copy stale.
    await createItem(t, { type: 'news', texts: { en: { title: 'Fresh news' } } });
    const changed = await get('/feeds/en/news.atom', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(parseFeed(changed.body).items.map((i) => i.title)).toContain('Fresh news');
  });

  it('serves from the shared cache until any content change drops it', async () => {
    const cached = await startTestApp({ env: { CACHE_TTL_MS: '60000' } });
    try {
      await createItem(cached, { type: 'blog', texts: { en: { title: 'First post' } } });
      expect(parseFeed((await cached.app.inject({ url: '/feeds/en/blog.rss' })).body).items).toHaveLength(1);
      await createItem(cached, { type: 'blog', texts: { en: { title: 'Second post' } } });
      // Still the cached copy: nothing told the cache.
      expect(parseFeed((await cached.app.inject({ url: '/feeds/en/blog.rss' })).body).items).toHaveLength(1);
      // What every write does after a change (here: another feature's prefix).
      cached.services.cache.invalidate('content:list:');
      expect(parseFeed((await cached.app.inject({ url: '/feeds/en/blog.rss' })).body).items).toHaveLength(2);
    } finally {
      await cached.close();
    }
  });
});

describe('only public items', () => {
  it('no unpublished, deleted, private-community or hidden-member content in any feed', async () => {
    const urls = [
      ...Object.values(CONTENT_TYPES).flatMap((d) =>
        ['en', 'fr', 'es', 'pt'].flatMap((l) => [`/feeds/${l}/${d.path}.rss`, `/feeds/${l}/${d.path}.atom`]),
      ),
      ...['social protection', 'cash transfers'].flatMap((q) => [
        `/feeds/en/search.rss?q=${encodeURIComponent(q)}`,
        `/feeds/fr/search.atom?q=${encodeURIComponent(q)}`,
      ]),
      '/feeds/en/search.atom',
    ];
    let published = 0;
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(leaks(res.body, secrets), url).toEqual([]);
      published += parseFeed(res.body).items.length;
    }
    // Searching for a secret finds nothing (its words are in the feed's title, as asked).
    for (const q of ['zqprivateword', 'Zqhidden', ...secrets.words])
      for (const format of ['rss', 'atom']) {
        const res = await get(`/feeds/en/search.${format}?q=${encodeURIComponent(q)}`);
        expect(parseFeed(res.body).items, q).toEqual([]);
      }
    // The same feeds do hold the published items (the check above is not vacuous).
    expect(published).toBeGreaterThan(20);
    const news = parseFeed((await get('/feeds/en/news.atom')).body);
    expect(news.items.map((i) => i.title)).toContain('News written by a member who stays hidden');
    expect(news.items.flatMap((i) => i.authors.map((a) => a.name))).not.toContain(secrets.hiddenMember.name);
  });
});
