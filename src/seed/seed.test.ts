import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../core/db/client.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { clientAt } from '../test/factories.ts';
import { account, user } from '../features/accounts/tables.ts';
import { verifyPassword } from '../features/accounts/password.ts';
import { seedIfEmpty } from './index.ts';
import { buildNews } from './news.ts';
import { buildPublications } from './publications.ts';
import { Random } from './random.ts';

let t: TestApp;
const messages: string[] = [];
let seeded: Awaited<ReturnType<typeof seedIfEmpty>> = null;

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedIfEmpty(t.services, { progress: (m) => messages.push(m) });
});
afterAll(async () => {
  await t?.close();
});

const count = async (query: string) =>
  Number((await queryRows<{ n: number }>(t.services.db, sql.raw(query)))[0]?.n ?? 0);

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('first-start demo data', () => {
  it('creates the expected numbers of organisations, members and items', async () => {
    expect(await count('select count(*)::int as n from organisation')).toBeGreaterThanOrEqual(28);
    expect(await count('select count(*)::int as n from organisation_description')).toBe(
      4 * (await count('select count(*)::int as n from organisation')),
    );
    expect(await count(`select count(*)::int as n from "user" where role = 'member'`)).toBe(50);
    expect(await count(`select count(*)::int as n from content_item where type = 'publication'`)).toBe(200);
    expect(await count(`select count(*)::int as n from content_item where type = 'news'`)).toBe(30);
    // Webinars: upcoming and past (the archive), one full with a waitlist, all searchable.
    expect(await count(`select count(*)::int as n from webinar where starts_at > now()`)).toBe(3);
    expect(await count(`select count(*)::int as n from webinar where recording_url is not null`)).toBe(2);
    expect(
      await count(`select count(*)::int as n from webinar_registration where status = 'waitlisted'`),
    ).toBe(3);
    expect(await count(`select count(*)::int as n from search_document where kind = 'webinar'`)).toBe(5);
    // Communities: public, private and hidden; one gone quiet; a request waiting for the team.
    // Member profiles: every demo member has one; some listed publicly, some hidden.
    expect(await count(`select count(*)::int as n from member_profile`)).toBe(seeded!.members);
    expect(
      await count(`select count(*)::int as n from member_profile where directory_visibility = 'public'`),
    ).toBeGreaterThan(0);
    expect(
      await count(`select count(*)::int as n from member_profile where directory_visibility = 'hidden'`),
    ).toBeGreaterThan(0);
    expect(await count(`select count(*)::int as n from member_expertise`)).toBeGreaterThan(0);
    // The administrator's own space: follows and a reading list, so their dashboard is not empty.
    expect(
      await count(
        `select count(*)::int as n from follow f join "user" u on u.id = f.user_id where u.role = 'admin'`,
      ),
    ).toBe(3);
    expect(await count(`select count(*)::int as n from reading_list_item`)).toBe(3);
    // Organisations with confirmed members, a manager each, and claims waiting.
    expect(
      await count(
        `select count(*)::int as n from organisation_affiliation where role = 'manager' and status = 'confirmed'`,
      ),
    ).toBeGreaterThan(5);
    expect(
      await count(`select count(*)::int as n from organisation_affiliation where status = 'claimed'`),
    ).toBeGreaterThan(0);
    expect(await count(`select count(*)::int as n from community`)).toBe(6);
    expect(await count(`select count(*)::int as n from community where visibility = 'hidden'`)).toBe(1);
    expect(await count(`select count(*)::int as n from community_request where status = 'pending'`)).toBe(1);
    expect(await count(`select count(*)::int as n from community_post`)).toBeGreaterThan(15);
    // One discussion shows a document attached to its opening post.
    expect(
      await count(
        `select count(*)::int as n from community_file f join community_post p on p.id = f.post_id where p.is_opening and f.media_type = 'application/pdf'`,
      ),
    ).toBe(1);
    // The editorial demo: five member submissions in the workflow (queue, changes asked, rejected).
    expect(
      await count(
        `select count(*)::int as n from content_item where status <> 'published' and author_id is not null`,
      ),
    ).toBe(5);
    expect(
      await count(
        `select count(*)::int as n from content_item where status in ('submitted', 'changes_requested', 'rejected')`,
      ),
    ).toBe(5);
  });

  it('indexes everything public for search: publications, news and the glossary', async () => {
    // Every published one: the five in the editorial workflow and the withdrawn one are not public.
    expect(await count(`select count(*)::int as n from search_document where kind = 'publication'`)).toBe(
      194,
    );
    expect(await count(`select count(*)::int as n from search_document where kind = 'news'`)).toBe(30);
    expect(await count(`select count(*)::int as n from search_document where kind = 'glossary'`)).toBe(
      await count('select count(*)::int as n from glossary_concept'),
    );
    expect(messages).toContain('search index: publications 200/200');
  });

  it('reports progress', () => {
    expect(messages).toContain('organisations 33/33');
    expect(messages).toContain('members 50/50');
    expect(messages).toContain('publications 200/200');
    expect(messages).toContain('news 30/30');
    // The one-time password is never a progress (log) message; the caller prints it once.
    expect(messages.filter((m) => /password/i.test(m))).toEqual([]);
    expect(seeded?.admin?.email).toBe('admin@spgateway.local');
  });

  it('writes every language, as originals and as human translations', async () => {
    const rows = await queryRows<{ locale: string; provenance: string; n: number }>(
      t.services.db,
      sql`select locale, provenance, count(*)::int as n from content_translation group by 1, 2`,
    );
    for (const locale of ['en', 'fr', 'es', 'pt']) {
      expect(rows.find((r) => r.locale === locale && r.provenance === 'original')?.n).toBeGreaterThan(0);
      expect(rows.find((r) => r.locale === locale && r.provenance === 'human')?.n).toBeGreaterThan(0);
    }
    // Every item has its original-language text.
    expect(
      await count(`select count(*)::int as n from content_item i where not exists (
        select 1 from content_translation t where t.item_id = i.id and t.locale = i.original_locale)`),
    ).toBe(0);
  });

  it('classifies every publication on every axis', async () => {
    for (const vocabulary of [
      'content-type',
      'document-type',
      'programme-area',
      'topic',
      'population-group',
    ]) {
      const missing = await count(`select count(*)::int as n from content_item i
        where i.type = 'publication' and not exists (
          select 1 from content_term ct join term t on t.id = ct.term_id
          where ct.item_id = i.id and t.vocabulary_id = '${vocabulary}')`);
      expect(missing, vocabulary).toBe(0);
    }
    const perItem = (
      vocabulary: string,
    ) => `select count(*) as c from content_term ct join term t on t.id = ct.term_id
      where t.vocabulary_id = '${vocabulary}' group by ct.item_id`;
    expect(await count(`select max(c)::int as n from (${perItem('topic')}) x`)).toBeLessThanOrEqual(3);
    expect(await count(`select max(c)::int as n from (${perItem('programme-area')}) x`)).toBeLessThanOrEqual(
      3,
    );
    for (const link of ['content_country', 'content_organisation']) {
      expect(
        await count(`select count(*)::int as n from content_item i where i.type = 'publication'
          and not exists (select 1 from ${link} l where l.item_id = i.id)`),
      ).toBe(0);
    }
    expect(
      await count(
        `select count(*)::int as n from publication where year between 2012 and 2026 and page_count > 0`,
      ),
    ).toBe(200);
    expect(await count('select count(distinct country)::int as n from content_country')).toBeGreaterThan(30);
  });

  it('creates password-less members and one administrator with a one-time password', async () => {
    const db = t.services.db;
    const [admin] = await db.select().from(user).where(eq(user.email, 'admin@spgateway.local'));
    expect(admin).toMatchObject({ role: 'admin', emailVerified: true, twoFactorEnabled: false });
    const [credential] = await db
      .select()
      .from(account)
      .where(and(eq(account.userId, admin!.id), eq(account.providerId, 'credential')));
    expect(credential?.accountId).toBe(admin!.id);
    const password = seeded?.admin?.password ?? '';
    expect(await verifyPassword({ hash: credential!.password!, password })).toBe(true);

    // The administrator signs in with it (and is then asked for two-step verification on staff screens).
    const client = clientAt(t);
    const signIn = await client.post('/en/sign-in', { email: 'admin@spgateway.local', password });
    expect(signIn.statusCode).toBe(303);
    const staff = await client.get('/en/admin/taxonomy');
    expect(staff.statusCode).toBe(303);
    expect(staff.headers.location).toBe('/en/account/two-factor?required=1');

    const members = await db.select().from(user).where(eq(user.role, 'member'));
    expect(new Set(members.map((m) => m.country)).size).toBeGreaterThanOrEqual(20);
    expect(members.filter((m) => m.sector === 'government').length).toBeGreaterThanOrEqual(15);
    expect(new Set(members.map((m) => m.locale))).toEqual(new Set(['en', 'fr', 'es', 'pt']));
    const [memberAccount] = await db.select().from(account).where(eq(account.userId, members[0]!.id));
    expect(await verifyPassword({ hash: memberAccount!.password!, password: '' })).toBe(false);
    expect(await count('select count(*)::int as n from user_interest')).toBeGreaterThanOrEqual(100);
  });

  it('gives the administrator two API keys, one revoked, and the demo content through the API', async () => {
    const keys = await queryRows<{ name: string; revoked: boolean }>(
      t.services.db,
      sql`select k.name, k.revoked_at is not null as revoked from api_key k join "user" u on u.id = k.user_id
          where u.email = 'admin@spgateway.local' order by k.name`,
    );
    expect(keys.map((k) => k.revoked)).toEqual([false, true]);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/publications?limit=3&lang=fr' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { data: { licence: unknown }[]; meta: { total: number } };
    expect(body.meta.total).toBeGreaterThan(100);
    expect(body.data.every((i) => i.licence !== null)).toBe(true);
  });

  it('has one publication withdrawn after publication: a deleted record for OAI-PMH harvesters', async () => {
    const [withdrawn] = await queryRows<{ id: string; slug: string }>(
      t.services.db,
      sql`select id, slug from content_item where type = 'publication' and status = 'archived'
            and published_at is not null`,
    );
    expect(messages).toContain(
      `withdrawn: ${withdrawn!.slug} (archived; a deleted record for OAI-PMH harvesters)`,
    );
    expect((await t.app.inject({ url: `/en/library/${withdrawn!.slug}` })).statusCode).toBe(404);
    const res = await t.app.inject({
      url: `/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:${withdrawn!.id}`,
    });
    expect(res.body).toContain('<header status="deleted">');
    expect(res.body).not.toContain('<metadata>');
  });

  it('lists seeded titles on the home page in each language', async () => {
    for (const locale of ['en', 'fr']) {
      const [newest] = await queryRows<{ title: string }>(
        t.services.db,
        sql`select coalesce(tl.title, tor.title) as title from content_item i
            join content_translation tor on tor.item_id = i.id and tor.locale = i.original_locale
            left join content_translation tl on tl.item_id = i.id and tl.locale = ${locale}
            where i.type = 'publication' and i.status = 'published' order by i.published_at desc, i.id limit 1`,
      );
      const res = await t.app.inject({ url: `/${locale}/` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(escapeHtml(newest!.title));
    }
  });

  it('does nothing on a database that already has content', async () => {
    const before = await count('select count(*)::int as n from content_item');
    const users = await count('select count(*)::int as n from "user"');
    const again: string[] = [];
    await seedIfEmpty(t.services, { progress: (m) => again.push(m) });
    expect(await count('select count(*)::int as n from content_item')).toBe(before);
    expect(await count('select count(*)::int as n from "user"')).toBe(users);
    expect(again).toEqual([]);
  });

  it('is deterministic', () => {
    const titles = (seed: number) =>
      [...buildPublications(new Random(seed), 50), ...buildNews(new Random(seed), 10)].map(
        (i) => `${i.slug}|${i.publishedAt.toISOString()}`,
      );
    expect(titles(7)).toEqual(titles(7));
    expect(titles(7)).not.toEqual(titles(8));
  });
});
