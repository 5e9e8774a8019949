import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.ts';
import { indexDocument } from '../../../core/search/index.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember, createTerm, signIn } from '../../../test/factories.ts';
import { community, communityMember } from '../../communities/tables.ts';
import { contentItem, contentTranslation } from '../../content/tables.ts';
import { notification } from '../../notifications/tables.ts';
import { organisation } from '../../organisations/tables.ts';
import { follow, memberProfile } from '../tables.ts';

// Issue 7 §4–5: follows, and the personal dashboard's "for you" and other sections.

let t: TestApp;
type Person = { id: string; handle: string; client: TestClient };
const people: Record<string, Person> = {};
const term: Record<string, number> = {};
let orgId = '';

async function person(key: string, locale = 'en') {
  const m = await createMember(t, { name: `${key} Person`, locale });
  people[key] = { id: m.user.id, handle: m.user.handle, client: await signIn(t, m.user.email, m.password) };
}

/** A published item, indexed for search as the features index theirs. */
async function published(
  title: string,
  o: {
    terms?: number[];
    countries?: string[];
    orgs?: string[];
    languages?: string[];
    daysAgo?: number;
    author?: string;
  },
) {
  const when = new Date(Date.now() - (o.daysAgo ?? 1) * 86_400_000);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [item] = await t.services.db
    .insert(contentItem)
    .values({
      type: 'publication',
      slug,
      status: 'published',
      originalLocale: o.languages?.[0] ?? 'en',
      publishedAt: when,
      authorId: o.author ?? null,
    })
    .returning();
  await t.services.db
    .insert(contentTranslation)
    .values({ itemId: item!.id, locale: o.languages?.[0] ?? 'en', title });
  await t.services.db.transaction((tx) =>
    indexDocument(tx, {
      kind: 'publication',
      refId: item!.id,
      slug,
      originalLocale: o.languages?.[0] ?? 'en',
      texts: [{ locale: o.languages?.[0] ?? 'en', title }],
      sortDate: when,
      termIds: o.terms ?? [],
      countries: o.countries ?? [],
      organisationIds: o.orgs ?? [],
      languages: o.languages ?? ['en'],
    }),
  );
  return slug;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const slug of ['cash-transfers', 'pensions', 'school-feeding'])
    term[slug] = await createTerm(t, 'topic', slug, { en: slug.replace('-', ' ') });
  const [o] = await t.services.db
    .insert(organisation)
    .values({ slug: 'ilo', name: 'International Labour Organization', type: 'international' })
    .returning();
  orgId = o!.id;
  for (const key of ['reader', 'author', 'hidden']) await person(key);
  await t.services.db
    .insert(memberProfile)
    .values({ userId: people.hidden!.id, directoryVisibility: 'hidden' });
  // The reader reads English and Portuguese and chose "pensions" as an interest at sign-up.
  await t.services.db.insert(memberProfile).values({ userId: people.reader!.id, languages: ['pt'] });
  await queryRows(
    t.services.db,
    sql`insert into user_interest (user_id, term_id) values (${people.reader!.id}, ${term.pensions!})`,
  );
});
afterAll(async () => {
  await t?.close();
});

const follows = async (key: string) =>
  t.services.db.select().from(follow).where(eq(follow.userId, people[key]!.id));

describe('following', () => {
  it('follows themes, countries, organisations and members that exist and are visible; bad targets change nothing', async () => {
    const r = people.reader!.client;
    const bad: [Record<string, string>, number][] = [
      [{ kind: 'term', target: '999999' }, 400],
      [{ kind: 'term', target: 'cash' }, 400],
      [{ kind: 'country', target: 'XX' }, 400],
      [{ kind: 'organisation', target: '00000000-0000-0000-0000-000000000000' }, 400],
      [{ kind: 'organisation', target: '-'.repeat(36) }, 400],
      [{ kind: 'member', target: people.hidden!.id }, 400],
      [{ kind: 'member', target: people.reader!.id }, 400],
      [{ kind: 'planet', target: 'mars' }, 400],
    ];
    for (const [form, status] of bad) {
      const res = await r.post('/en/me/follow', form);
      expect(res.statusCode, JSON.stringify(form)).toBe(status);
      expect(res.body).toContain('class="error-summary"');
    }
    expect(await follows('reader')).toEqual([]);
    const good: Record<string, string>[] = [
      { kind: 'term', target: String(term['cash-transfers']) },
      { kind: 'country', target: 'BR' },
      { kind: 'organisation', target: orgId, back: '/organisations/ilo' },
      { kind: 'member', target: people.author!.id },
    ];
    for (const form of good) {
      const res = await r.post('/en/me/follow', form);
      expect(res.statusCode).toBe(303);
      if (form.back) expect(res.headers.location).toBe('/en/organisations/ilo?done=followed');
    }
    // Twice is once.
    await r.post('/en/me/follow', { kind: 'country', target: 'BR' });
    expect((await follows('reader')).map((f) => f.kind).sort()).toEqual([
      'country',
      'member',
      'organisation',
      'term',
    ]);
    // A "back" outside the site is ignored.
    const away = await r.post('/en/me/follow', { kind: 'country', target: 'MZ', back: '//evil.example/x' });
    expect(away.headers.location).toBe('/en/me?done=followed');
    expect((await r.post('/en/me/unfollow', { kind: 'country', target: 'MZ' })).statusCode).toBe(303);
    // Visitors are sent to sign in.
    expect((await clientAt(t).get('/en/me')).statusCode).toBe(303);
  });
});

describe('for you', () => {
  it('brings what matches follows and interests, in the member’s languages, newest and best matching first', async () => {
    await published('Cash transfers in Brazil', { terms: [term['cash-transfers']!], countries: ['BR'] });
    await published('Cash transfers worldwide', { terms: [term['cash-transfers']!], daysAgo: 3 });
    await published('Pension reform note', { terms: [term.pensions!], daysAgo: 2 });
    await published('ILO social security report', { orgs: [orgId], daysAgo: 5 });
    await published('Notes by the followed author', { author: people.author!.id, daysAgo: 4 });
    await published('Transferências em português', {
      terms: [term['cash-transfers']!],
      languages: ['pt'],
      daysAgo: 6,
    });
    // Not for this reader: another language, too old, nothing followed.
    await published('تحويلات نقدية', { terms: [term['cash-transfers']!], languages: ['ar'] });
    await published('Cash transfers of long ago', { terms: [term['cash-transfers']!], daysAgo: 200 });
    await published('School feeding in Kenya', { terms: [term['school-feeding']!], countries: ['KE'] });
    const page = await people.reader!.client.get('/en/me');
    expect(page.statusCode).toBe(200);
    const titles = [...page.body.matchAll(/<h3><a href="\/en\/library\/[^"]+">([^<]+)<\/a><\/h3>/g)].map(
      (m) => m[1],
    );
    expect(titles[0]).toBe('Cash transfers in Brazil');
    expect(new Set(titles)).toEqual(
      new Set([
        'Cash transfers in Brazil',
        'Cash transfers worldwide',
        'Pension reform note',
        'ILO social security report',
        'Notes by the followed author',
        'Transferências em português',
      ]),
    );
    // A newcomer who follows nothing is told how to start.
    const author = await people.author!.client.get('/en/me');
    expect(author.body).toContain('Follow themes, countries, organisations or members');
  });

  it('shows the member’s submissions, and their communities with what is unread there', async () => {
    const [c] = await t.services.db
      .insert(community)
      .values({
        slug: 'pensions-circle',
        name: 'Pensions circle',
        description: 'x',
        locale: 'en',
        visibility: 'private',
      })
      .returning();
    await t.services.db
      .insert(communityMember)
      .values({ communityId: c!.id, userId: people.reader!.id, role: 'member', status: 'active' });
    await t.services.db.insert(notification).values(
      [1, 2].map(() => ({
        userId: people.reader!.id,
        kind: 'reply' as const,
        communityId: c!.id,
        payload: { title: 'x', path: '/x' },
      })),
    );
    await t.services.db.insert(contentItem).values({
      type: 'news',
      slug: 'my-draft-news',
      status: 'submitted',
      originalLocale: 'en',
      authorId: people.reader!.id,
    });
    const page = await people.reader!.client.get('/en/me');
    expect(page.body).toContain('Pensions circle</a><span class="meta"> · 2 unread</span>');
    expect(page.body).toContain('submitted, waiting for review');
  });
});
