import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { searchDocument } from '../../core/search/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { seedCommunities } from '../../seed/communities.ts';
import { Random } from '../../seed/random.ts';
import { searchParams } from '../search/params.ts';
import { searchContent } from '../search/search-content.ts';
import { COMMUNITY_KIND, THREAD_KIND } from './search.ts';
import { community, communityMember, communityPost, communityRequest, communityThread } from './tables.ts';

let t: TestApp;
const db = () => t.services.db;
type Person = { id: string; email: string; client: TestClient };
const people: Record<string, Person> = {};

async function person(key: string, role?: 'editor') {
  const m = await createMember(t, role ? { role } : {});
  people[key] = { id: m.user.id, email: m.user.email, client: await signIn(t, m.user.email, m.password) };
  return people[key]!;
}

/** The search documents of this kind with these ids (what the index holds, not what a page shows). */
const docs = (kind: string, ids: string[]) =>
  db()
    .select()
    .from(searchDocument)
    .where(and(eq(searchDocument.kind, kind), inArray(searchDocument.refId, ids)));

/** The global search page as this client sees it. */
const searchPage = async (client: TestClient, q: string) => {
  const res = await client.get(`/en/search?q=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return res.body;
};

/** A member's concept note, approved by the team: the community the use case created. */
async function approvedCommunity(name: string, visibility: 'public' | 'private' | 'hidden', words: string) {
  const asked = await people.founder!.client.post('/en/communities/request', {
    name,
    purpose: `A place to compare notes on ${words} across ministries and agencies.`,
    audience: 'Practitioners and policymakers.',
    proposedAdmins: 'The requester',
    activities: 'Monthly discussions and shared documents.',
    languages: ['en', 'fr'],
    duration: 'Two years',
    visibility,
  });
  expect(asked.statusCode).toBe(303);
  const [req] = await db().select().from(communityRequest).where(eq(communityRequest.name, name));
  const approved = await people.staff!.client.post(`/en/admin/community-requests/${req!.id}`, {
    decision: 'approve',
  });
  expect(approved.statusCode).toBe(303);
  const [c] = await db().select().from(community).where(eq(community.name, name));
  expect(c).toMatchObject({ visibility, status: 'active' });
  return c!;
}

/** A thread started through the form by the community's first admin; its id and opening post. */
async function startedThread(slug: string, title: string, body: string) {
  const res = await people.founder!.client.post(`/en/communities/${slug}/threads`, {
    title,
    body,
    clientKey: `key-${Math.random().toString(36).slice(2, 12)}`,
  });
  expect(res.statusCode).toBe(303);
  const id = /\/threads\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1];
  expect(id).toBeDefined();
  const [opening] = await db()
    .select()
    .from(communityPost)
    .where(and(eq(communityPost.threadId, id!), eq(communityPost.isOpening, true)));
  return { id: id!, postId: opening!.id };
}

let pub: { id: string; slug: string };
let thread: { id: string; postId: string };

beforeAll(async () => {
  t = await startTestApp();
  await person('founder');
  await person('member');
  await person('outsider');
  await person('staff', 'editor');
});
afterAll(async () => {
  await t?.close();
});

describe('a public community in global search', () => {
  beforeAll(async () => {
    pub = await approvedCommunity('Drought finance exchange', 'public', 'zorblat insurance');
    thread = await startedThread(
      pub.slug,
      'Quextal triggers for early payouts',
      'How do you set the **quextal** index? We pay when rainfall falls below the *vimbrel* line.',
    );
  });

  it('approval indexes the community and a new thread indexes the thread, with the fields search shows', async () => {
    const c = (await db().select().from(community).where(eq(community.id, pub.id)))[0]!;
    const [cd] = await docs(COMMUNITY_KIND, [pub.id]);
    expect(cd).toMatchObject({
      slug: pub.slug,
      originalLocale: 'en',
      titles: { en: 'Drought finance exchange' },
      languages: ['en', 'fr'],
    });
    expect(cd!.summaries.en).toContain('zorblat insurance');
    // The new thread is the community's last activity, and its document says so.
    expect(cd!.sortDate?.getTime()).toBe(c.lastActivityAt.getTime());
    const [td] = await docs(THREAD_KIND, [thread.id]);
    expect(td).toMatchObject({
      slug: `${pub.slug}/threads/${thread.id}`,
      titles: { en: 'Quextal triggers for early payouts' },
      languages: ['en', 'fr'],
    });
    // Plain text of the opening post: no Markdown marks.
    expect(td!.summaries.en).toBe(
      'How do you set the quextal index? We pay when rainfall falls below the vimbrel line.',
    );
  });

  it('anyone finds both on /en/search, labelled, and the links open their pages', async () => {
    const anonymous = clientAt(t);
    const byName = await searchPage(anonymous, 'zorblat');
    expect(byName).toContain(`href="/en/communities/${pub.slug}"`);
    expect(byName).toContain('<p class="meta">Communities</p>');
    // A word of the opening post's body finds the thread.
    const byBody = await searchPage(anonymous, 'vimbrel');
    const link = `/en/communities/${pub.slug}/threads/${thread.id}`;
    expect(byBody).toContain(`href="${link}"`);
    expect(byBody).toContain(`<p class="meta">Community discussions · ${new Date().getUTCFullYear()}</p>`);
    expect(byBody).not.toContain(`href="/en/communities/${pub.slug}"`);
    const page = await anonymous.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Quextal triggers for early payouts');
    expect((await anonymous.get(`/en/communities/${pub.slug}`)).statusCode).toBe(200);
    // Other languages label the kind in their own words.
    expect((await anonymous.get('/fr/search?q=vimbrel')).body).toContain('>Discussions des communautés');
    // The same through the use case behind the page.
    const view = await searchContent(t.services, {
      params: searchParams.parse({ q: 'quextal' }),
      locale: 'en',
      scope: { id: 'all', kinds: t.services.search.kinds().map((k) => k.kind) },
    });
    expect(view.result.hits.map((h) => [h.kind, h.refId])).toEqual([[THREAD_KIND, thread.id]]);
  });

  it('hiding the opening post takes the thread out of search; restoring brings it back', async () => {
    const url = `/en/communities/${pub.slug}/threads/${thread.id}/posts/${thread.postId}`;
    expect((await people.founder!.client.post(`${url}/hide`, {})).statusCode).toBe(303);
    expect(await docs(THREAD_KIND, [thread.id])).toHaveLength(0);
    const gone = await searchPage(clientAt(t), 'vimbrel');
    expect(gone).not.toContain(`/threads/${thread.id}`);
    expect(gone).toContain('No results');
    // The community itself is still found.
    expect(await searchPage(clientAt(t), 'zorblat')).toContain(`href="/en/communities/${pub.slug}"`);

    expect((await people.founder!.client.post(`${url}/restore`, {})).statusCode).toBe(303);
    expect(await docs(THREAD_KIND, [thread.id])).toHaveLength(1);
    expect(await searchPage(clientAt(t), 'vimbrel')).toContain(
      `href="/en/communities/${pub.slug}/threads/${thread.id}"`,
    );
  });

  it('an opening post hidden by reports leaves search; the team restores it from its queue', async () => {
    const url = `/en/communities/${pub.slug}/threads/${thread.id}/posts/${thread.postId}/report`;
    await person('reporter');
    for (const who of ['member', 'outsider', 'reporter'])
      expect((await people[who]!.client.post(url, { reason: 'spam' })).statusCode).toBe(303);
    const [post] = await db().select().from(communityPost).where(eq(communityPost.id, thread.postId));
    expect(post).toMatchObject({ hidden: true, hiddenReason: 'reports' });
    expect(await docs(THREAD_KIND, [thread.id])).toHaveLength(0);
    expect(await searchPage(clientAt(t), 'quextal')).not.toContain(`/threads/${thread.id}`);
    const restored = await people.staff!.client.post(
      `/en/admin/community-reports/${thread.postId}/restore`,
      {},
    );
    expect(restored.statusCode).toBe(303);
    expect(await searchPage(clientAt(t), 'quextal')).toContain(`/threads/${thread.id}"`);
  });

  it('editing the opening post rewrites the thread’s document; a reply’s edit leaves it alone', async () => {
    const url = `/en/communities/${pub.slug}/threads/${thread.id}/posts/${thread.postId}/edit`;
    const edited = await people.founder!.client.post(url, {
      body: 'We now pay on the plimsquat index instead.',
    });
    expect(edited.statusCode).toBe(303);
    const [td] = await docs(THREAD_KIND, [thread.id]);
    expect(td!.summaries.en).toBe('We now pay on the plimsquat index instead.');
    expect(await searchPage(clientAt(t), 'plimsquat')).toContain(`/threads/${thread.id}"`);
    expect(await searchPage(clientAt(t), 'vimbrel')).toContain('No results');
    // A reply is not part of the thread's document.
    expect(
      (
        await people.founder!.client.post(`/en/communities/${pub.slug}/threads/${thread.id}/replies`, {
          body: 'A reply about grumfeld.',
          clientKey: 'reply-key-1',
        })
      ).statusCode,
    ).toBe(303);
    expect(await searchPage(clientAt(t), 'grumfeld')).toContain('No results');
  });

  it('an archived public community and its threads are still found, and their pages open', async () => {
    const before = (await docs(COMMUNITY_KIND, [pub.id]))[0]!.updatedAt;
    const res = await people.staff!.client.post(`/en/admin/communities/${pub.id}/archive`, {});
    expect(res.statusCode).toBe(303);
    const [c] = await db().select().from(community).where(eq(community.id, pub.id));
    expect(c!.status).toBe('archived');
    // Rewritten in the archiving transaction, still there.
    const [cd] = await docs(COMMUNITY_KIND, [pub.id]);
    expect(cd!.updatedAt.getTime()).toBeGreaterThan(before.getTime());
    const anonymous = clientAt(t);
    expect(await searchPage(anonymous, 'zorblat')).toContain(`href="/en/communities/${pub.slug}"`);
    expect(await searchPage(anonymous, 'plimsquat')).toContain(`/threads/${thread.id}"`);
    const page = await anonymous.get(`/en/communities/${pub.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This community is archived');
  });
});

describe('private and hidden communities are never in search', () => {
  const secret: Record<'private' | 'hidden', { id: string; slug: string; threadId: string }> = {} as never;

  beforeAll(async () => {
    for (const [visibility, word] of [
      ['private', 'kwazzle'],
      ['hidden', 'frobnitz'],
    ] as const) {
      const c = await approvedCommunity(`Closed circle ${visibility}`, visibility, `${word} registries`);
      // A member of each, to search as one.
      await db()
        .insert(communityMember)
        .values({ communityId: c.id, userId: people.member!.id, role: 'member', status: 'active' });
      const th = await startedThread(
        c.slug,
        `The ${word}${visibility} plan`,
        `Only for members: ${word} details.`,
      );
      // Every write path runs for them: an edit, a hide and a restore of the opening post.
      const url = `/en/communities/${c.slug}/threads/${th.id}/posts/${th.postId}`;
      expect(
        (await people.founder!.client.post(`${url}/edit`, { body: `Only for members: ${word} figures.` }))
          .statusCode,
      ).toBe(303);
      expect((await people.founder!.client.post(`${url}/hide`, {})).statusCode).toBe(303);
      expect((await people.founder!.client.post(`${url}/restore`, {})).statusCode).toBe(303);
      secret[visibility] = { id: c.id, slug: c.slug, threadId: th.id };
    }
    // Archiving writes the community's document when public: not these.
    expect(
      (await people.staff!.client.post(`/en/admin/communities/${secret.private.id}/archive`, {})).statusCode,
    ).toBe(303);
  });

  it('writes no document for them or their threads', async () => {
    const ids = Object.values(secret);
    expect(
      await docs(
        COMMUNITY_KIND,
        ids.map((c) => c.id),
      ),
    ).toHaveLength(0);
    expect(
      await docs(
        THREAD_KIND,
        ids.map((c) => c.threadId),
      ),
    ).toHaveLength(0);
    const leaked = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from search_document
          where slug like 'closed-circle%' or titles::text ilike any (array['%kwazzle%', '%frobnitz%'])
            or document @@ to_tsquery('simple', 'kwazzle | frobnitz')`,
    );
    expect(leaked[0]!.n).toBe(0);
  });

  it('nobody finds them: not visitors, not non-members, not their own members, not the team', async () => {
    const searchers: [string, TestClient][] = [
      ['anonymous', clientAt(t)],
      ['outsider', people.outsider!.client],
      ['member', people.member!.client],
      ['founder (their admin)', people.founder!.client],
      ['staff', people.staff!.client],
    ];
    for (const [who, client] of searchers)
      for (const q of ['kwazzle', 'frobnitz', 'closed circle', 'registries']) {
        const body = await searchPage(client, q);
        expect(body, `${who} searching ${q}`).toContain('No results');
        for (const c of Object.values(secret)) {
          expect(body, `${who} searching ${q}`).not.toContain(`/en/communities/${c.slug}`);
          expect(body, `${who} searching ${q}`).not.toContain(c.threadId);
        }
      }
    // …while the same page does find a public one.
    expect(await searchPage(people.member!.client, 'zorblat')).toContain(
      `href="/en/communities/${pub.slug}"`,
    );
  });
});

describe('demo data', () => {
  it('indexes the seeded public communities and their threads, and nothing of the others', async () => {
    // The seed draws its members from existing accounts.
    for (let i = 0; i < 20; i++) await createMember(t);
    const seeded = await db().transaction((tx) => seedCommunities(tx, new Random(7)));
    expect(seeded).toBe(6);
    const rows = await queryRows<{ id: string; visibility: string; threads: string[] }>(
      db(),
      sql`select c.id, c.visibility, array_agg(t.id::text) as threads
          from community c join community_thread t on t.community_id = c.id
          where c.slug in ('adaptive-social-protection-sahel', 'protection-sociale-afrique-francophone',
            'cadastro-unico-peer-learning', 'social-insurance-informal-workers',
            'child-benefits-learning-group', 'sp-gateway-admins')
          group by c.id, c.visibility`,
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      const expected = r.visibility === 'public' ? 1 : 0;
      expect(await docs(COMMUNITY_KIND, [r.id])).toHaveLength(expected);
      expect(await docs(THREAD_KIND, r.threads)).toHaveLength(expected * r.threads.length);
    }
    expect(rows.filter((r) => r.visibility === 'public')).toHaveLength(4);
    const [sahel] = await db()
      .select()
      .from(communityThread)
      .where(eq(communityThread.title, 'Paying by mobile money in areas without network coverage'));
    expect(await searchPage(clientAt(t), 'Tillabéri')).toContain(
      `href="/en/communities/adaptive-social-protection-sahel/threads/${sahel!.id}"`,
    );
    const french = await searchPage(clientAt(t), 'registre social');
    expect(french).toContain('href="/en/communities/protection-sociale-afrique-francophone');
    expect(await searchPage(clientAt(t), 'Cadastro')).not.toContain(
      '/en/communities/cadastro-unico-peer-learning',
    );
  });
});

describe('with the read cache on', () => {
  let cached: TestApp;
  beforeAll(async () => {
    cached = await startTestApp({ env: { CACHE_TTL_MS: '60000' } });
  });
  afterAll(async () => {
    await cached?.close();
  });

  it('a hidden opening post leaves visitors’ cached search results at once', async () => {
    const m = await createMember(cached);
    const founder = await signIn(cached, m.user.email, m.password);
    const [c] = await cached.services.db
      .insert(community)
      .values({
        slug: 'cached-search',
        name: 'Cached search',
        description: 'About caches.',
        locale: 'en',
        visibility: 'public',
      })
      .returning();
    await cached.services.db
      .insert(communityMember)
      .values({ communityId: c!.id, userId: m.user.id, role: 'admin', status: 'active' });
    const started = await founder.post('/en/communities/cached-search/threads', {
      title: 'Snorkwidget payments',
      body: 'About snorkwidget payments.',
      clientKey: 'cached-key-1',
    });
    expect(started.statusCode).toBe(303);
    const link = String(started.headers.location);
    const visitor = clientAt(cached);
    expect((await visitor.get('/en/search?q=snorkwidget')).body).toContain(`href="${link}"`);
    const [opening] = await cached.services.db
      .select()
      .from(communityPost)
      .where(eq(communityPost.isOpening, true));
    expect((await founder.post(`${link}/posts/${opening!.id}/hide`, {})).statusCode).toBe(303);
    expect((await visitor.get('/en/search?q=snorkwidget')).body).not.toContain(`href="${link}"`);
  });
});
