import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { clientAt, createMember, signIn } from '../../../test/factories.ts';
import { canonicalOf, jsonLdOf, metas } from '../../../test/metadata.ts';
import { community, communityMember, communityPost, communityThread, type Visibility } from '../tables.ts';

// A public community's page carries an Open Graph card; a private one's carries none (it is
// not indexed either), and a hidden one has no page at all.

let t: TestApp;
const threads: Partial<Record<Visibility, string>> = {};

beforeAll(async () => {
  t = await startTestApp();
  const db = t.services.db;
  const author = await createMember(t, { name: 'Kofi Mensah' });
  for (const visibility of ['public', 'private', 'hidden'] as Visibility[]) {
    const [c] = await db
      .insert(community)
      .values({
        slug: `${visibility}-circle`,
        name: `The ${visibility} circle`,
        description: `Talk of **${visibility}** cash transfers, with [a link](https://example.org).`,
        locale: 'en',
        languages: ['fr', 'ar'],
        visibility,
      })
      .returning();
    await db.insert(communityMember).values({ communityId: c!.id, userId: author.user.id, role: 'admin' });
    const [th] = await db
      .insert(communityThread)
      .values({
        communityId: c!.id,
        authorId: author.user.id,
        title: `Targeting in the ${visibility} circle`,
        replyCount: 1,
        createdAt: new Date('2026-03-02T10:00:00Z'),
      })
      .returning();
    await db.insert(communityPost).values([
      {
        threadId: th!.id,
        authorId: author.user.id,
        isOpening: true,
        body: `How do you **target** ${visibility} transfers?`,
      },
      { threadId: th!.id, authorId: author.user.id, body: 'A reply.' },
    ]);
    threads[visibility] = th!.id;
  }
});
afterAll(async () => {
  await t?.close();
});

describe('a community page for machines', () => {
  it('a public community has a card: plain-text description, its languages as alternates', async () => {
    const url = 'http://localhost:3000/es/communities/public-circle';
    const res = await clientAt(t).get('/es/communities/public-circle');
    expect(res.statusCode).toBe(200);
    expect(metas(res.body, 'og:type')).toEqual(['website']);
    expect(metas(res.body, 'og:title')).toEqual(['The public circle']);
    expect(metas(res.body, 'og:description')).toEqual(['Talk of public cash transfers, with a link.']);
    expect(metas(res.body, 'og:url')).toEqual([url]);
    expect(metas(res.body, 'og:locale')).toEqual(['es_ES']);
    // Of its languages (en, fr, ar), those the site has.
    expect(metas(res.body, 'og:locale:alternate')).toEqual(['en_GB', 'fr_FR']);
    expect(metas(res.body, 'twitter:card')).toEqual(['summary']);
    expect(canonicalOf(res.body)).toBe(url);
  });

  it('a private community announces nothing; a hidden one does not exist', async () => {
    const res = await clientAt(t).get('/en/communities/private-circle');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).not.toMatch(/property="og:|rel="canonical"|application\/ld\+json/);
    expect((await clientAt(t).get('/en/communities/hidden-circle')).statusCode).toBe(404);
  });

  it('a public thread is a DiscussionForumPosting with its opening post; a private one says nothing', async () => {
    const home = 'http://localhost:3000/en/communities/public-circle';
    const url = `${home}/threads/${threads.public}`;
    const html = (await clientAt(t).get(`/en/communities/public-circle/threads/${threads.public}`)).body;
    expect(jsonLdOf(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'DiscussionForumPosting',
      '@id': url,
      url,
      headline: 'Targeting in the public circle',
      text: 'How do you target public transfers?',
      datePublished: '2026-03-02T10:00:00.000Z',
      dateModified: expect.any(String),
      inLanguage: 'en',
      commentCount: 1,
      isPartOf: { '@type': 'WebPage', '@id': home, url: home, name: 'The public circle' },
    });
    expect(metas(html, 'og:type')).toEqual(['article']);
    expect(metas(html, 'og:description')).toEqual(['How do you target public transfers?']);
    expect(canonicalOf(html)).toBe(url);

    // A member reads the private thread; its page still describes nothing to machines.
    const m = await createMember(t);
    const [c] = await t.services.db.select().from(community).where(eq(community.slug, 'private-circle'));
    await t.services.db.insert(communityMember).values({ communityId: c!.id, userId: m.user.id });
    const member = await signIn(t, m.user.email, m.password);
    const inside = await member.get(`/en/communities/private-circle/threads/${threads.private}`);
    expect(inside.statusCode).toBe(200);
    expect(inside.body).toContain('How do you <strong>target</strong> private transfers?');
    expect(inside.body).not.toMatch(/property="og:|rel="canonical"|application\/ld\+json/);
  });
});
