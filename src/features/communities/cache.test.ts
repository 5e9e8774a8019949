import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { community, communityMember } from './tables.ts';

// Visitors' pages of communities come from the read cache; any change made through the
// feature's forms is seen at once, and members never get the visitors' copy.
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ env: { CACHE_TTL_MS: '60000' } });
});
afterAll(async () => {
  await t?.close();
});

it('a visitor sees a new thread at once, and a member’s view is their own', async () => {
  const m = await createMember(t, { name: 'Cara Cache' });
  const [c] = await t.services.db
    .insert(community)
    .values({
      slug: 'cached',
      name: 'Cached community',
      description: 'About caching.',
      locale: 'en',
      visibility: 'public',
    })
    .returning();
  await t.services.db
    .insert(communityMember)
    .values({ communityId: c!.id, userId: m.user.id, role: 'admin', status: 'active' });
  const visitor = clientAt(t);
  expect((await visitor.get('/en/communities/cached')).body).toContain('No discussions yet');
  expect((await visitor.get('/en/communities')).body).toContain('1 member');
  const member = await signIn(t, m.user.email, m.password);
  const posted = await member.post('/en/communities/cached/threads', {
    title: 'A fresh question for the cache',
    body: 'Does the visitor see it?',
    clientKey: 'cache-test-key-1',
  });
  expect(posted.statusCode).toBe(303);
  expect((await visitor.get('/en/communities/cached')).body).toContain('A fresh question for the cache');
  // A member's page is never the visitors' copy (it has the member's own controls).
  expect((await member.get('/en/communities/cached')).body).toContain('Leave this community');
  expect((await visitor.get('/en/communities/cached')).body).not.toContain('Leave this community');
});

it('visitors share one rendering: the nonce in the page is the one in their CSP header, a revisit is a 304', async () => {
  const [c] = await t.services.db
    .insert(community)
    .values({
      slug: 'shared-page',
      name: 'Shared page',
      description: 'One rendering.',
      locale: 'en',
      visibility: 'public',
    })
    .returning();
  expect(c).toBeDefined();
  // The first visitor's query string is theirs: the shared page's language links never carry it.
  const pages = [
    await clientAt(t).get('/en/communities/shared-page?utm_source=somewhere'),
    await clientAt(t).get('/en/communities/shared-page'),
  ];
  expect(pages[0]!.body).toMatch(/hreflang="fr" href="[^"]*\/fr\/communities\/shared-page"/);
  expect(pages[0]!.body).not.toContain('utm_source');
  for (const p of pages) {
    const header = /'nonce-([^']+)'/.exec(String(p.headers['content-security-policy']))?.[1];
    expect(header).toBeTruthy();
    expect(p.body).toContain(`nonce="${header}"`);
  }
  expect(pages[0]!.body).toBe(pages[1]!.body);
  const etag = String(pages[0]!.headers.etag);
  const again = await clientAt(t).get('/en/communities/shared-page', { 'if-none-match': etag });
  expect(again.statusCode).toBe(304);
  // A page past the last one does not exist (and is not kept).
  expect((await clientAt(t).get('/en/communities?page=999')).statusCode).toBe(404);
  expect((await clientAt(t).get('/en/communities/shared-page?page=2')).statusCode).toBe(404);
});
