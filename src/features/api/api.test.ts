import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createItem } from '../../test/content.ts';
import { createSecrets, leaks, type Secrets, UNPUBLISHED } from '../../test/secrets.ts';
import { createMember, signIn } from '../../test/factories.ts';
import { openApiChecker } from '../../test/openapi.ts';
import { createPublication } from '../../test/publications.ts';
import { contentItem } from '../content/tables.ts';
import { loadGlossary } from '../glossary/index.tsx';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { webinar } from '../webinars/tables.ts';
import { apiKey } from './tables.ts';

let t: TestApp;
let checker: Awaited<ReturnType<typeof openApiChecker>>;
let secrets: Secrets;
const db = () => t.services.db;
let ip = 0;

/** A GET on the API from its own address (limits are per IP), checked against the OpenAPI document. */
async function get(url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers,
    remoteAddress: `10.9.${Math.floor(++ip / 250)}.${ip % 250}`,
  });
  // The document has just checked the shape; the assertions below read it freely.
  // biome-ignore lint/suspicious/noExplicitAny: JSON already validated against its schema
  const body = checker.check(url, res) as Record<string, any>;
  return { res, body };
}

const ids: Record<string, string> = {};
const slugs: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp({ env: { API_RATE_LIMIT: '1000' } });
  await loadReferenceData(db());
  await loadGlossary(db());
  // Published, in English with a French translation, classified and licensed.
  ids.cash = await createPublication(db(), {
    slug: 'cash-kenya',
    texts: {
      en: { title: 'Cash transfers in Kenya', summary: 'Evidence from the Inua Jamii programme.' },
      fr: { title: 'Transferts monétaires au Kenya', summary: 'Données du programme Inua Jamii.' },
    },
    terms: ['programme-area/cash-transfers'],
    countries: ['KE'],
    organisations: ['ilo'],
    year: 2023,
    authors: ['Achieng, Mary'],
  });
  await db().update(contentItem).set({ licence: 'cc-by-4.0' }).where(eq(contentItem.id, ids.cash!));
  for (let i = 0; i < 7; i++) {
    await createPublication(db(), {
      slug: `pension-${i}`,
      texts: { es: { title: `Pensiones sociales ${i}`, summary: 'Cobertura en América Latina.' } },
      countries: ['BR'],
      year: 2015 + i,
    });
  }
  for (const type of ['news', 'blog', 'event', 'webinar'] as const) {
    slugs[type] = `api-${type}`;
    ids[type] = await createItem(t, {
      type,
      slug: slugs[type],
      texts: {
        en: { title: `Public ${type} on cash transfers`, summary: 'Open to all.', body: 'Body **text**.' },
      },
      licence: 'cc-by-nc-4.0',
    });
    ids[`pending-${type}`] = await createItem(t, {
      type,
      status: 'in_review',
      texts: { en: { title: `Pending ${type} cash transfers` } },
    });
  }
  // Not public, each in its own way (every unpublished state, a deleted item, a private
  // community, a hidden member who wrote news): none may appear anywhere in the API.
  secrets = await createSecrets(t);
  await t.services.search.index.settled();
  const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(doc.statusCode).toBe(200);
  checker = await openApiChecker(doc.json());
});

afterAll(async () => {
  await t.close();
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 description of every collection in the registry, generated from the routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/publications',
      '/api/v1/publications/{slug}',
      '/api/v1/news',
      '/api/v1/blog-posts',
      '/api/v1/events/{slug}',
      '/api/v1/webinars',
      '/api/v1/organisations',
      '/api/v1/glossary/{slug}',
      '/api/v1/taxonomy',
      '/api/v1/countries/{code}',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const params = doc.paths['/api/v1/publications'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['q', 'topic', 'country', 'cursor', 'limit', 'fields', 'lang', 'sort']),
    );
    expect(doc.components.schemas.Licence).toBeDefined();
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });
});

describe('content collections', () => {
  it('lists published publications newest first, each with its licence, and checks against the document', async () => {
    const { res, body } = await get('/api/v1/publications');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(body.meta.total).toBe(8);
    const cash = body.data.find((i: { id: string }) => i.id === ids.cash);
    expect(cash).toMatchObject({
      type: 'publication',
      slug: 'cash-kenya',
      title: 'Cash transfers in Kenya',
      language: 'en',
      fallback: false,
      availableLanguages: ['en', 'fr'],
      licence: { code: 'cc-by-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      countries: [{ code: 'KE', name: 'Kenya' }],
      details: { authors: ['Achieng, Mary'], year: 2023 },
    });
    expect(cash.url).toBe('http://localhost:3000/en/library/cash-kenya');
    // Newest first, by the date the site sorts by (a publication's year of issue).
    const years = body.data.map((i: { details: { year: number } }) => i.details.year);
    expect(years).toEqual([2023, 2021, 2020, 2019, 2018, 2017, 2016, 2015]);
  });

  it('searches and filters as the site does, and counts facets when asked', async () => {
    const { body } = await get('/api/v1/publications?q=transferts+monétaires&lang=fr&facets=true');
    expect(body.data.map((i: { id: string }) => i.id)).toEqual([ids.cash]);
    expect(body.data[0]).toMatchObject({
      title: 'Transferts monétaires au Kenya',
      language: 'fr',
      fallback: false,
    });
    expect(body.data[0].url).toBe('http://localhost:3000/fr/library/cash-kenya');
    const country = body.facets.find((f: { id: string }) => f.id === 'country');
    expect(country.values).toContainEqual({ value: 'KE', label: 'Kenya', count: 1, selected: false });
    const filtered = await get('/api/v1/publications?country=BR&from=2019&to=2020');
    expect(filtered.body.meta.total).toBe(2);
    const none = await get('/api/v1/publications?topic=no-such-topic');
    expect(none.body.meta.ignored).toEqual([{ parameter: 'topic', value: 'no-such-topic' }]);
  });

  it('marks a translation fallback: without the language asked for, the original comes back', async () => {
    const { body } = await get('/api/v1/publications?country=BR&lang=pt&limit=1');
    expect(body.data[0]).toMatchObject({
      language: 'es',
      originalLanguage: 'es',
      fallback: true,
      translation: 'original',
    });
    expect(body.meta.language).toBe('pt');
  });

  it('pages by cursor in a stable order: every item once, even when one is published between pages', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/publications?limit=3';
    let pages = 0;
    while (url) {
      const { body } = await get(url);
      seen.push(...body.data.map((i: { id: string }) => i.id));
      if (pages === 0) {
        // A newer publication mid-walk ranks before the cursor: with offsets, every later
        // page would shift by one and repeat an item; with the cursor, nothing moves.
        const newer = await createPublication(db(), {
          year: 2030,
          texts: { en: { title: 'Published during the walk' } },
        });
        ids.newer = newer;
        // …and an older one ranks after it: it is met on a later page, once.
        ids.older = await createPublication(db(), { year: 2000, texts: { en: { title: 'An older find' } } });
        await t.services.search.index.settled();
      }
      pages++;
      url = body.links.next ? body.links.next.replace('http://localhost:3000', '') : null;
      if (url) expect(new URL(body.links.next).searchParams.get('cursor')).toBe(body.meta.nextCursor);
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(seen).not.toContain(ids.newer);
    expect(seen.at(-1)).toBe(ids.older);
    expect((await get('/api/v1/publications?limit=1')).body.data[0].id).toBe(ids.newer);
  });

  it('gives one item by slug with its body, type-specific details and nothing private', async () => {
    const event = await get(`/api/v1/events/${slugs.event}`);
    expect(event.res.statusCode).toBe(200);
    expect(event.body).toMatchObject({
      type: 'event',
      body: 'Body **text**.',
      licence: { code: 'cc-by-nc-4.0' },
      details: { attendanceMode: 'hybrid', city: 'Nairobi', timeZone: 'Africa/Nairobi' },
    });
    const webinar = await get(`/api/v1/webinars/${slugs.webinar}`);
    expect(webinar.body.details).toMatchObject({ durationMinutes: 90, cancelled: false });
    expect(webinar.res.body).not.toContain('secret-room');
    const news = await get(`/api/v1/news/${slugs.news}?fields=title,licence`);
    expect(news.body).toEqual({
      id: ids.news,
      type: 'news',
      title: 'Public news on cash transfers',
      licence: {
        code: 'cc-by-nc-4.0',
        name: 'CC BY-NC 4.0 (attribution, non-commercial)',
        url: 'https://creativecommons.org/licenses/by-nc/4.0/',
      },
    });
    expect((await get(`/api/v1/blog-posts/${slugs.blog}`)).body.type).toBe('blog');
    expect((await get(`/api/v1/news/${slugs.blog}`)).res.statusCode).toBe(404);
  });

  it('lists events to come soonest first, or past ones latest first, and keeps recordings for afterwards', async () => {
    const day = 86_400_000;
    const at = (days: number) => new Date(Date.now() + days * day);
    const soon = await createItem(t, {
      type: 'event',
      slug: 'soon',
      texts: { en: { title: 'Soon' } },
      startsAt: at(3),
    });
    const later = await createItem(t, {
      type: 'event',
      slug: 'later',
      texts: { en: { title: 'Later' } },
      startsAt: at(20),
    });
    const past = await createItem(t, {
      type: 'event',
      slug: 'past',
      texts: { en: { title: 'Past' } },
      startsAt: at(-40),
    });
    await t.services.search.index.settled();
    const upcoming = (await get('/api/v1/events?when=upcoming&fields=title')).body.data.map(
      (e: { id: string }) => e.id,
    );
    expect(upcoming.slice(0, 2)).toEqual([soon, later]);
    expect(upcoming).not.toContain(past);
    const walked: string[] = [];
    let url: string | null = '/api/v1/events?when=upcoming&limit=1';
    while (url) {
      const { body } = await get(url);
      walked.push(...body.data.map((e: { id: string }) => e.id));
      url = body.links.next ? body.links.next.replace('http://localhost:3000', '') : null;
    }
    expect(walked).toEqual(upcoming);
    expect((await get('/api/v1/events?when=past')).body.data.map((e: { id: string }) => e.id)).toEqual([
      past,
    ]);
    expect((await get('/api/v1/publications?when=upcoming')).res.statusCode).toBe(400);

    const recorded = await createItem(t, {
      type: 'webinar',
      slug: 'recorded',
      texts: { en: { title: 'Recorded' } },
      startsAt: at(-2),
    });
    await db().update(webinar).set({ recordingUrl: 'https://video.example.org/r' });
    const over = await get('/api/v1/webinars/recorded');
    expect(over.body.details.recordingUrl).toBe('https://video.example.org/r');
    expect(over.body.id).toBe(recorded);
    expect((await get(`/api/v1/webinars/${slugs.webinar}`)).body.details.recordingUrl).toBeNull();
  });

  it('keeps a page in the short read cache until anything changes anywhere', async () => {
    const cached = await startTestApp({ env: { CACHE_TTL_MS: '60000' } });
    try {
      const list = async () =>
        (await cached.app.inject({ method: 'GET', url: '/api/v1/publications?fields=title' })).json().meta
          .total;
      await createPublication(cached.services.db, { texts: { en: { title: 'First' } } });
      await cached.services.search.index.settled();
      expect(await list()).toBe(1);
      await createPublication(cached.services.db, { texts: { en: { title: 'Second' } } });
      await cached.services.search.index.settled();
      expect(await list()).toBe(1);
      // What a publication, an edit or a withdrawal does, whatever feature it is in.
      cached.services.cache.invalidate('events:');
      expect(await list()).toBe(2);
    } finally {
      await cached.close();
    }
  });

  it('answers 304 to a matching If-None-Match, with caching headers and CORS for any site', async () => {
    const first = await get('/api/v1/publications?limit=2', { origin: 'https://dashboard.example.org' });
    const etag = first.res.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    expect(first.res.headers['cache-control']).toBe('public, max-age=60');
    expect(first.res.headers['access-control-allow-origin']).toBe('*');
    expect(first.res.headers['set-cookie']).toBeUndefined();
    const again = await get('/api/v1/publications?limit=2', { 'if-none-match': etag });
    expect(again.res.statusCode).toBe(304);
    expect(again.res.body).toBe('');
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/publications',
      headers: {
        origin: 'https://dashboard.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-api-key',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('X-API-Key');
  });
});

describe('bad input', () => {
  it('refuses unknown parameters by name, in the language asked for, with one error shape', async () => {
    const { res, body } = await get('/api/v1/publications?colour=red&sortt=date&lang=fr');
    expect(res.statusCode).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'sortt']);
    expect(body.errors[0].code).toBe('unknown_field');
    expect(body.errors[0].message).toContain('n’est pas accepté');
  });

  it('refuses malformed values naming the parameter, and caps the page size', async () => {
    for (const [query, field] of [
      ['limit=ten', 'limit'],
      ['limit=1&limit=2', 'limit'],
      ['sort=random', 'sort'],
      ['from=20x', 'from'],
      ['fields=title,password', 'fields'],
      ['lang=de', 'lang'],
      ['from=0000', 'from'],
      ['from=2020&to=2010', 'from'],
    ]) {
      const { res, body } = await get(`/api/v1/publications?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const twice = await get('/api/v1/publications?cursor=a&cursor=b');
    expect(twice.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalid_type' });
    const capped = await get('/api/v1/publications?limit=100000');
    expect(capped.res.statusCode).toBe(200);
    expect(capped.body.meta.limit).toBe(100);
  });

  it('refuses malformed cursors and cursors from another query with 400', async () => {
    const first = await get('/api/v1/publications?limit=2');
    const cursor = first.body.meta.nextCursor as string;
    for (const url of [
      '/api/v1/publications?cursor=not-a-cursor',
      `/api/v1/publications?cursor=${Buffer.from('{"v":1}').toString('base64url')}`,
      `/api/v1/publications?limit=2&country=BR&cursor=${cursor}`,
      `/api/v1/organisations?cursor=${encodeURIComponent('%%%')}`,
    ]) {
      const { res, body } = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(body.errors[0]).toMatchObject({ code: 'invalid_cursor', field: 'cursor' });
    }
  });

  it('answers 404 in JSON for unknown items and addresses', async () => {
    expect((await get('/api/v1/publications/no-such-thing')).res.statusCode).toBe(404);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0].code).toBe('not_found');
  });
});

describe('reference data', () => {
  it('lists organisations, glossary concepts, vocabularies and countries in the language asked for', async () => {
    const orgs = await get('/api/v1/organisations?limit=50');
    expect(orgs.body.data.map((o: { slug: string }) => o.slug)).toContain('ilo');
    expect((await get('/api/v1/organisations/ilo')).body.slug).toBe('ilo');
    const glossary = await get('/api/v1/glossary?limit=5&lang=fr');
    expect(glossary.body.data).toHaveLength(5);
    expect(glossary.body.meta.nextCursor).not.toBeNull();
    const next = await get(`/api/v1/glossary?limit=5&lang=fr&cursor=${glossary.body.meta.nextCursor}`);
    expect(next.body.data[0].slug > glossary.body.data[4].slug).toBe(true);
    const concept = await get(`/api/v1/glossary/${glossary.body.data[0].slug}?lang=fr`);
    expect(concept.body.entries.length).toBeGreaterThan(1);
    const taxonomy = await get('/api/v1/taxonomy?lang=es');
    expect(taxonomy.body.data.map((v: { id: string }) => v.id)).toContain('topic');
    const topic = await get('/api/v1/taxonomy/programme-area?lang=es');
    expect(topic.body.terms.find((x: { slug: string }) => x.slug === 'cash-transfers').label).toMatch(
      /transferencias/i,
    );
    const countries = await get('/api/v1/countries?lang=fr');
    expect(countries.body.data.find((c: { code: string }) => c.code === 'DE').name).toBe('Allemagne');
    expect((await get('/api/v1/countries/ke')).body).toMatchObject({ code: 'KE', iso3: 'KEN' });
    expect((await get('/api/v1/countries/zz')).res.statusCode).toBe(404);
  });
});

describe('nothing that is not public', () => {
  it('never gives an unpublished or deleted item, private community content or a hidden member', async () => {
    const bodies: string[] = [];
    const walk = async (first: string) => {
      let url: string | null = first;
      while (url) {
        const { res, body } = await get(url);
        expect(res.statusCode).toBe(200);
        bodies.push(res.body);
        url = body.links?.next ? body.links.next.replace('http://localhost:3000', '') : null;
      }
    };
    for (const c of ['publications', 'news', 'blog-posts', 'events', 'webinars']) {
      await walk(`/api/v1/${c}?limit=100`);
      await walk(`/api/v1/${c}?q=cash+transfers&limit=100&facets=true`);
    }
    await walk('/api/v1/organisations?limit=100');
    await walk('/api/v1/glossary?limit=100');
    const all = bodies.join('\n');
    expect(all).toContain(ids.cash);
    expect(all).toContain(ids.webinar);
    expect(leaks(all, secrets)).toEqual([]);
    for (const type of ['news', 'blog', 'event', 'webinar'])
      expect(all).not.toContain(ids[`pending-${type}`]);
    expect(all).not.toContain('Pending');
    for (const status of UNPUBLISHED) {
      const slug = `publication-${status}-secret`.replace('_', '-');
      expect((await get(`/api/v1/publications/${slug}`)).res.statusCode, status).toBe(404);
    }
    expect((await get('/api/v1/news/deleted-news-secret')).res.statusCode).toBe(404);
  });
});

describe('rate limits and API keys', () => {
  it('limits anonymous callers per IP, and a member key gets its own, higher limit', async () => {
    const limited = await startTestApp({ env: { API_RATE_LIMIT: '3', API_KEY_RATE_LIMIT: '6' } });
    const limitedChecker = await openApiChecker(
      (
        await limited.app.inject({ method: 'GET', url: '/api/openapi.json', remoteAddress: '10.3.3.3' })
      ).json(),
    );
    try {
      const call = (headers: Record<string, string> = {}) =>
        limited.app.inject({ method: 'GET', url: '/api/v1/countries', remoteAddress: '10.1.1.1', headers });
      // One allowance per caller across the whole API, HEAD included.
      expect((await call()).statusCode).toBe(200);
      expect(
        (await limited.app.inject({ method: 'HEAD', url: '/api/v1/taxonomy', remoteAddress: '10.1.1.1' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await limited.app.inject({ method: 'GET', url: '/api/openapi.json', remoteAddress: '10.1.1.1' }))
          .statusCode,
      ).toBe(200);
      const refused = await call();
      expect(refused.statusCode).toBe(429);
      expect(limitedChecker.check('/api/v1/countries', refused)).toMatchObject({
        errors: [{ code: 'rate_limited' }],
      });
      expect(refused.headers['retry-after']).toBeDefined();

      const member = await createMember(limited);
      const client = await signIn(limited, member.user.email, member.password);
      expect((await client.get('/en/account/api-keys')).statusCode).toBe(200);
      const made = await client.post('/en/account/api-keys', { name: 'Country dashboard' });
      expect(made.statusCode).toBe(200);
      expect(made.headers['cache-control']).toContain('no-store');
      const key = /spg_[A-Za-z0-9_-]{32}/.exec(made.body)?.[0];
      expect(key).toBeDefined();
      const [row] = await limited.services.db.select().from(apiKey).where(eq(apiKey.userId, member.user.id));
      expect(row!.hash).not.toContain(key!.slice(4));
      expect(made.body).toContain(row!.prefix);

      for (let i = 0; i < 6; i++) expect((await call({ 'x-api-key': key! })).statusCode).toBe(200);
      expect((await call({ 'x-api-key': key! })).statusCode).toBe(429);
      // A made-up key is refused, and counted against its address like any anonymous call.
      const fresh = (headers: Record<string, string>) =>
        limited.app.inject({ method: 'GET', url: '/api/v1/countries', remoteAddress: '10.2.2.2', headers });
      for (let i = 0; i < 3; i++) {
        const wrong = await fresh({ 'x-api-key': `spg_made-up-${i}` });
        expect(wrong.statusCode).toBe(401);
        expect(limitedChecker.check('/api/v1/countries', wrong)).toMatchObject({
          errors: [{ code: 'invalid_api_key' }],
        });
      }
      expect((await fresh({})).statusCode).toBe(429);

      const confirm = await client.get(`/en/account/api-keys/${row!.id}/revoke`);
      expect(confirm.statusCode).toBe(200);
      expect(confirm.body).toContain('Country dashboard');
      const revoked = await client.post(`/en/account/api-keys/${row!.id}/revoke`, {});
      expect(revoked.statusCode).toBe(303);
      const afterRevoking = await limited.app.inject({
        method: 'GET',
        url: '/api/v1/countries',
        remoteAddress: '10.4.4.4',
        headers: { 'x-api-key': key! },
      });
      expect(afterRevoking.statusCode).toBe(401);
      expect((await client.get(`/en/account/api-keys/${row!.id}/revoke`)).statusCode).toBe(404);
    } finally {
      await limited.close();
    }
  });

  it('refuses a nameless key naming the field, and stores nothing', async () => {
    const member = await createMember(t);
    const client = await signIn(t, member.user.email, member.password);
    const res = await client.post('/fr/account/api-keys', { name: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="e-name"');
    expect(await db().select().from(apiKey).where(eq(apiKey.userId, member.user.id))).toHaveLength(0);
    expect((await t.app.inject({ method: 'GET', url: '/en/account/api-keys' })).statusCode).toBe(303);
  });
});

describe('the reference page', () => {
  it('explains every operation of the document, in the reader’s language', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/es/api' });
    expect(res.statusCode).toBe(200);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of Object.keys(doc.paths)) expect(res.body).toContain(`GET ${path}`);
    expect(res.body).toContain('lang="es"');
    // Every operation is named in Spanish, content and reference ones alike.
    expect(res.body).toContain('Países, con su región y grupo de ingreso');
    expect(res.body).toContain(': buscar, filtrar y listar');
    expect(res.body).not.toMatch(/<p>(list|get)[A-Z]\w*<\/p>/);
  });

  it('checked every API answer of this file against the document', () => {
    expect(checker.checked).toBeGreaterThan(50);
  });
});
