import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember, signIn } from '../../../test/factories.ts';
import { contentItem, contentTranslation } from '../../content/tables.ts';
import { readingList, readingListItem } from '../tables.ts';

// Issue 7 §4: bookmarks into named reading lists, private or shared by a link.

let t: TestApp;
let ana: TestClient;
let ben: TestClient;
let anaId = '';
const items: Record<string, string> = {};

async function item(slug: string, type: string, status: 'published' | 'draft', title: string) {
  const [row] = await t.services.db
    .insert(contentItem)
    .values({ type, slug, status, originalLocale: 'en', publishedAt: new Date() })
    .returning();
  await t.services.db.insert(contentTranslation).values({ itemId: row!.id, locale: 'en', title });
  items[slug] = row!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await createMember(t);
  const b = await createMember(t);
  anaId = a.user.id;
  ana = await signIn(t, a.user.email, a.password);
  ben = await signIn(t, b.user.email, b.password);
  await item('targeting-guide', 'publication', 'published', 'A guide to targeting');
  await item('pension-news', 'news', 'published', 'Pension reform passes');
  await item('draft-paper', 'publication', 'draft', 'An unfinished paper');
});
afterAll(async () => {
  await t?.close();
});

const listsOf = (userId: string) =>
  t.services.db.select().from(readingList).where(eq(readingList.userId, userId));
const listIdFrom = (location: unknown) => /\/me\/lists\/([0-9a-f-]{36})/.exec(String(location))![1]!;

describe('reading lists', () => {
  it('saves published items into a new or an existing list; twice is once; drafts cannot be saved', async () => {
    const form = await ana.get(`/en/me/save?item=${items['targeting-guide']}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('A guide to targeting');
    const none = await ana.post('/en/me/save', { item: items['targeting-guide']!, list: '', newName: '' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('href="#f-newName"');
    expect(await listsOf(anaId)).toEqual([]);
    const created = await ana.post('/en/me/save', {
      item: items['targeting-guide']!,
      newName: 'For the budget note',
    });
    expect(created.statusCode).toBe(303);
    const listId = listIdFrom(created.headers.location);
    for (let i = 0; i < 2; i++)
      expect((await ana.post('/en/me/save', { item: items['pension-news']!, list: listId })).statusCode).toBe(
        303,
      );
    const rows = await t.services.db.select().from(readingListItem).where(eq(readingListItem.listId, listId));
    expect(rows).toHaveLength(2);
    expect((await ana.get(`/en/me/save?item=${items['draft-paper']}`)).statusCode).toBe(404);
    expect((await ana.post('/en/me/save', { item: items['draft-paper']!, list: listId })).statusCode).toBe(
      404,
    );
    const page = await ana.get(`/en/me/lists/${listId}`);
    expect(page.body).toContain('A guide to targeting');
    expect(page.body).toContain('Pension reform passes');
    expect((await ana.get('/en/me')).body).toContain('For the budget note');
  });

  it('is private: another member gets 404 for viewing, renaming, saving into or deleting it', async () => {
    const [list] = await listsOf(anaId);
    expect((await ben.get(`/en/me/lists/${list!.id}`)).statusCode).toBe(404);
    expect((await ben.post(`/en/me/lists/${list!.id}/rename`, { name: 'Mine now' })).statusCode).toBe(404);
    expect(
      (await ben.post('/en/me/save', { item: items['targeting-guide']!, list: list!.id })).statusCode,
    ).toBe(404);
    expect((await ben.post(`/en/me/lists/${list!.id}/delete`, {})).statusCode).toBe(404);
    expect((await listsOf(anaId))[0]!.name).toBe('For the budget note');
    // Visitors are sent to sign in; an id that is not one is simply not found.
    expect((await clientAt(t).get('/en/me/lists')).statusCode).toBe(303);
    for (const id of ['a'.repeat(36), '-'.repeat(36), 'not-a-list'])
      expect((await ana.get(`/en/me/lists/${id}`)).statusCode, id).toBe(404);
  });

  it('shares by a link shown once; a new link replaces the old; stopping sharing closes it', async () => {
    const [list] = await listsOf(anaId);
    const shared = await ana.post(`/en/me/lists/${list!.id}/share`, {});
    expect(shared.statusCode).toBe(200);
    const link = /https?:\/\/[^"<\s]+\/en\/lists\/([A-Za-z0-9_-]+)/.exec(shared.body)!;
    const secret = link[1]!;
    expect(
      (await t.services.db.select().from(readingList).where(eq(readingList.id, list!.id)))[0]!.shareTokenHash,
    ).not.toContain(secret);
    const visitor = await clientAt(t).get(`/en/lists/${secret}`);
    expect(visitor.statusCode).toBe(200);
    expect(visitor.body).toContain('A guide to targeting');
    expect(visitor.headers['x-robots-tag']).toBe('noindex');
    expect(visitor.body).not.toContain('Remove from the list');
    // The feedback link of the page does not carry the secret.
    expect(visitor.body).toContain('feedback?from=%2Fen%2F"');
    // The list page afterwards does not show the link again.
    expect((await ana.get(`/en/me/lists/${list!.id}`)).body).not.toContain(secret);
    const again = await ana.post(`/en/me/lists/${list!.id}/share`, {});
    const next = /\/en\/lists\/([A-Za-z0-9_-]+)/.exec(again.body)![1]!;
    expect((await clientAt(t).get(`/en/lists/${secret}`)).statusCode).toBe(404);
    expect((await clientAt(t).get(`/en/lists/${next}`)).statusCode).toBe(200);
    expect((await ana.post(`/en/me/lists/${list!.id}/unshare`, {})).statusCode).toBe(303);
    expect((await clientAt(t).get(`/en/lists/${next}`)).statusCode).toBe(404);
    expect((await clientAt(t).get('/en/lists/not-a-real-secret-at-all-xyz')).statusCode).toBe(404);
  });

  it('an item unpublished since it was saved drops out; renaming and deleting', async () => {
    const [list] = await listsOf(anaId);
    await t.services.db
      .update(contentItem)
      .set({ status: 'archived' })
      .where(eq(contentItem.id, items['pension-news']!));
    expect((await ana.get(`/en/me/lists/${list!.id}`)).body).not.toContain('Pension reform passes');
    const bad = await ana.post(`/fr/me/lists/${list!.id}/rename`, { name: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-name"');
    expect((await ana.post(`/en/me/lists/${list!.id}/rename`, { name: 'Budget note' })).statusCode).toBe(303);
    expect((await listsOf(anaId))[0]!.name).toBe('Budget note');
    expect((await ana.post(`/en/me/lists/${list!.id}/delete`, {})).statusCode).toBe(303);
    expect(await listsOf(anaId)).toEqual([]);
    expect(
      await t.services.db.select().from(readingListItem).where(eq(readingListItem.listId, list!.id)),
    ).toEqual([]);
  });
});
