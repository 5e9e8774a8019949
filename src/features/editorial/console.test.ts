import { createServer, type Server } from 'node:http';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { contentItem, contentTranslation, contentViewDay } from '../content/tables.ts';
import { createPublication } from '../library/detail/test-fixtures.ts';
import { publication } from '../library/tables.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { checkLinks } from './quality/check-links.ts';
import { checkUrl } from './quality/check-url.ts';
import { featuredItem, linkCheck } from './tables.ts';

let t: TestApp;
let editor: TestClient;
let member: TestClient;
let site: Server;
let siteUrl: string;
const db = () => t.services.db;

beforeAll(async () => {
  // A real web server on loopback for the link checker.
  site = createServer((req, res) => {
    if (req.url === '/ok') return res.writeHead(200).end('fine');
    if (req.url === '/moved') return res.writeHead(301, { location: '/ok' }).end();
    if (req.url === '/no-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    return res.writeHead(404).end('gone');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  t = await startTestApp({ env: { LINK_CHECK_ALLOW_PRIVATE: 'true' } });
  await loadReferenceData(db());
  const e = await createMember(t, { role: 'editor', name: 'Eva Editor' });
  editor = await signIn(t, e.user.email, e.password);
  const m = await createMember(t);
  member = await signIn(t, m.user.email, m.password);
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => site?.close(resolve));
});

const titled = (slug: string, title: string, extra: Record<string, unknown> = {}) =>
  createPublication(db(), { slug, texts: { en: { title, summary: 'A summary.' } }, ...extra });

describe('translations: the report and an item’s language versions', () => {
  it('lists published items missing a language, most viewed first, and counts views', async () => {
    const quiet = await titled('quiet-report', 'Quiet report');
    const popular = await titled('popular-report', 'Popular report');
    await titled('translated-report', 'Translated report', {
      texts: {
        en: { title: 'Translated report', summary: 'S.' },
        fr: { title: 'Rapport traduit', summary: 'R.' },
      },
    });
    // Real page views, counted by the public page.
    for (let i = 0; i < 3; i++)
      expect((await clientAt(t).get('/en/library/popular-report')).statusCode).toBe(200);
    await clientAt(t).get('/en/library/quiet-report');
    await expect
      .poll(
        async () =>
          (await db().select().from(contentViewDay).where(eq(contentViewDay.itemId, popular.id)))[0]?.count,
      )
      .toBe(3);
    const report = await editor.get('/en/admin/translations?locale=fr');
    expect(report.statusCode).toBe(200);
    const order = [...report.body.matchAll(/admin\/translations\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(order.indexOf(popular.id)).toBeLessThan(order.indexOf(quiet.id));
    expect(report.body).not.toContain('Translated report');
    expect(report.body).toMatch(/French: 2 missing/);
    expect((await member.get('/en/admin/translations')).statusCode).toBe(403);
  });

  it('adds a French version marked for review; it reaches search; bad input changes nothing', async () => {
    const { id } = await titled('school-meals', 'School meals in Brazil');
    const version = async () =>
      (await queryRows<{ version: number }>(db(), sql`select version from content_item where id = ${id}`))[0]!
        .version;
    const empty = await editor.post(`/en/admin/translations/${id}/fr`, {
      title: '  ',
      version: String(await version()),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#f-title-fr"');
    expect(
      await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, id)),
    ).toHaveLength(1);
    const ok = await editor.post(`/en/admin/translations/${id}/fr`, {
      title: 'Cantines scolaires au Brésil',
      summary: 'Une évaluation du programme national.',
      body: '',
      provenance: 'machine',
      needsReview: '1',
      version: String(await version()),
    });
    expect(ok.statusCode).toBe(303);
    const [fr] = await db()
      .select()
      .from(contentTranslation)
      .where(sql`${contentTranslation.itemId} = ${id} and ${contentTranslation.locale} = 'fr'`);
    expect(fr).toMatchObject({
      provenance: 'machine',
      needsReview: true,
      title: 'Cantines scolaires au Brésil',
    });
    const page = await editor.get(`/en/admin/translations/${id}`);
    expect(page.body).toContain('Needs review');
    expect(page.body).toContain('Machine translation');
    const search = await clientAt(t).get('/fr/library?q=cantines');
    expect(search.body).toContain('/fr/library/school-meals');
    const stale = await editor.post(`/en/admin/translations/${id}/fr`, {
      title: 'Autre titre',
      version: '1',
    });
    expect(stale.statusCode).toBe(409);
    const removed = await editor.post(`/en/admin/translations/${id}/fr/remove`, {});
    expect(removed.statusCode).toBe(303);
    expect(
      await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, id)),
    ).toHaveLength(1);
    const original = await editor.post(`/en/admin/translations/${id}/en/remove`, {});
    expect(original.statusCode).toBe(409);
  });
});

describe('quality checks', () => {
  it('checks links against a real server and lists the broken ones with missing metadata', async () => {
    const ids: Record<string, string> = {};
    for (const path of ['ok', 'moved', 'no-head', 'gone']) {
      const { id } = await titled(`link-${path}`, `Link ${path}`);
      await db()
        .update(publication)
        .set({ url: `${siteUrl}/${path}` })
        .where(eq(publication.itemId, id));
      ids[path] = id;
    }
    const result = await checkLinks(t.services, { timeoutMs: 5000 });
    expect(result.checked).toBeGreaterThanOrEqual(4);
    const checks = await db().select().from(linkCheck);
    const byItem = (id: string) => checks.find((c) => c.itemId === id)!;
    expect(byItem(ids.ok!)).toMatchObject({ ok: true, statusCode: 200 });
    expect(byItem(ids.moved!)).toMatchObject({ ok: true, statusCode: 200 });
    expect(byItem(ids['no-head']!)).toMatchObject({ ok: true, statusCode: 200 });
    expect(byItem(ids.gone!)).toMatchObject({ ok: false, statusCode: 404, failures: 1 });
    // Checked again only after a week; a forced recheck counts a second failure.
    expect((await checkLinks(t.services, { timeoutMs: 5000 })).checked).toBe(0);
    await checkLinks(t.services, { timeoutMs: 5000, recheckDays: 0 });
    expect((await db().select().from(linkCheck).where(eq(linkCheck.itemId, ids.gone!)))[0]!.failures).toBe(2);

    const page = await editor.get('/en/admin/quality');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`${siteUrl}/gone`);
    expect(page.body).toContain('the server answered 404');
    expect(page.body).not.toContain(`${siteUrl}/ok</code>`);
    // The fixtures have no licence: listed under missing metadata.
    expect(page.body).toContain('no licence');
    expect((await member.get('/en/admin/quality')).statusCode).toBe(403);
  });

  it('never fetches private addresses unless allowed', async () => {
    expect(await checkUrl(`${siteUrl}/ok`, { timeoutMs: 2000, allowPrivate: false })).toMatchObject({
      ok: false,
      error: 'private_address',
    });
    expect(await checkUrl('ftp://example.org/file', { timeoutMs: 2000, allowPrivate: true })).toMatchObject({
      error: 'unsupported_scheme',
    });
  });
});

describe('featured on the home page', () => {
  it('features published items per language, in order, until they expire', async () => {
    const a = await titled('featured-a', 'Featured A');
    await titled('featured-b', 'Featured B');
    await createPublication(db(), { slug: 'draft-c', status: 'draft', texts: { en: { title: 'Draft C' } } });
    expect(
      (await editor.post('/en/admin/featured?locale=en', { type: 'publication', slug: 'featured-a' }))
        .statusCode,
    ).toBe(303);
    expect(
      (await editor.post('/en/admin/featured?locale=en', { type: 'publication', slug: 'featured-b' }))
        .statusCode,
    ).toBe(303);
    const draft = await editor.post('/en/admin/featured?locale=en', { type: 'publication', slug: 'draft-c' });
    expect(draft.statusCode).toBe(400);
    expect(draft.body).toContain('No published item of this type has this address.');
    const twice = await editor.post('/en/admin/featured?locale=en', {
      type: 'publication',
      slug: 'featured-a',
    });
    expect(twice.statusCode).toBe(409);
    const past = await editor.post('/en/admin/featured?locale=en', {
      type: 'publication',
      slug: 'featured-b',
      expiresOn: '2020-01-01',
    });
    expect(past.statusCode).toBe(400);

    // The featured section only (the same items may also be among the latest).
    const home = async () => {
      const body = (await clientAt(t).get('/en/')).body;
      const start = body.indexOf('id="featured"');
      return start < 0 ? '' : body.slice(start, body.indexOf('class="two-col"'));
    };
    let body = await home();
    expect(body.indexOf('Featured A')).toBeLessThan(body.indexOf('Featured B'));
    expect((await clientAt(t).get('/fr/')).body).not.toContain('id="featured"');
    expect(body).toContain('Featured A');
    const [rowB] = await db()
      .select()
      .from(featuredItem)
      .where(sql`${featuredItem.locale} = 'en'`)
      .orderBy(sql`position desc`);
    expect((await editor.post(`/en/admin/featured/${rowB!.id}/up?locale=en`, {})).statusCode).toBe(303);
    body = await home();
    expect(body.indexOf('Featured B')).toBeLessThan(body.indexOf('Featured A'));
    // Expired picks disappear from the home page.
    await db()
      .update(featuredItem)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(featuredItem.itemId, a.id));
    t.services.cache.invalidate('featured:');
    expect(await home()).not.toContain('Featured A');
    expect((await member.get('/en/admin/featured')).statusCode).toBe(403);
  });
});

describe('the console’s home', () => {
  it('tells the team what waits', async () => {
    await createPublication(db(), {
      slug: 'waiting-one',
      status: 'submitted',
      texts: { en: { title: 'Waiting one' } },
    });
    await db()
      .update(contentItem)
      .set({ submittedAt: new Date(Date.now() - 3 * 86_400_000) })
      .where(eq(contentItem.slug, 'waiting-one'));
    const page = await editor.get('/en/admin');
    expect(page.body).toContain('1 submission waiting for review');
    expect(page.body).toContain('(the oldest for 3 days)');
    expect(page.body).toMatch(/1 broken link/);
    expect(page.body).toContain('href="/en/admin/review"');
  });
});
