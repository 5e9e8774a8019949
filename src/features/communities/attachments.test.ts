import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { executableBytes, makePdf, postMultipart, storedFiles } from '../library/files/test-helpers.ts';
import { community, communityFile, communityMember, communityPost, communityThread } from './tables.ts';

// Attachments on posts (issue 6 §4): one document per post, its type checked from its bytes and
// its size capped; visible with its post to those who may read the community.

const MAX = 200_000;
let t: TestApp;
const people: Record<string, { id: string; client: TestClient }> = {};
let pdf: Buffer;
const slug = 'budget-circle';
let threadId = '';
let communityId = '';

async function person(key: string) {
  const m = await createMember(t, { name: `${key} Person` });
  people[key] = { id: m.user.id, client: await signIn(t, m.user.email, m.password) };
}

beforeAll(async () => {
  t = await startTestApp({ env: { UPLOAD_MAX_BYTES: String(MAX) } });
  for (const key of ['admin', 'member', 'outsider']) await person(key);
  const [c] = await t.services.db
    .insert(community)
    .values({ slug, name: 'Budget circle', description: 'Budgets.', locale: 'en', visibility: 'private' })
    .returning();
  await t.services.db.insert(communityMember).values([
    { communityId: c!.id, userId: people.admin!.id, role: 'admin', status: 'active' },
    { communityId: c!.id, userId: people.member!.id, role: 'member', status: 'active' },
  ]);
  communityId = c!.id;
  pdf = await makePdf([['Costing a child grant in three districts']]);
});
afterAll(async () => {
  await t?.close();
});

const threads = `/en/communities/${slug}/threads`;
const filesOf = async (postId: string) =>
  t.services.db.select().from(communityFile).where(eq(communityFile.postId, postId));

describe('attachments on posts', () => {
  it('a thread starts with a document: stored with its post, listed with type and size, opened by members only', async () => {
    const res = await postMultipart(
      t,
      people.admin!.client,
      threads,
      [
        ['clientKey', 'attach-thread-1'],
        ['title', 'Costing notes for the child grant'],
        ['body', 'The **costing** is attached.'],
      ],
      { filename: 'costing notes.pdf', contentType: 'application/pdf', data: pdf },
    );
    expect(res.statusCode).toBe(303);
    threadId = String(res.headers.location).split('/threads/')[1]!;
    const [opening] = await t.services.db
      .select()
      .from(communityPost)
      .where(eq(communityPost.threadId, threadId));
    const [file] = await filesOf(opening!.id);
    expect(file).toMatchObject({
      mediaType: 'application/pdf',
      size: pdf.length,
      filename: 'costing notes.pdf',
    });
    const page = await people.member!.client.get(`${threads}/${threadId}`);
    expect(page.body).toContain(`href="/en/communities/${slug}/files/${file!.id}"`);
    expect(page.body).toContain(`costing notes.pdf</a> <span class="meta">(PDF, ${pdf.length} bytes)</span>`);
    const download = await people.member!.client.get(`/en/communities/${slug}/files/${file!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect((await people.outsider!.client.get(`/en/communities/${slug}/files/${file!.id}`)).statusCode).toBe(
      404,
    );
    expect((await clientAt(t).get(`/en/communities/${slug}/files/${file!.id}`)).statusCode).toBe(404);
    // Attachments belong to their post, not to the shared library.
    expect((await people.member!.client.get(`/en/communities/${slug}/library`)).body).not.toContain(
      'costing notes',
    );
  });

  it('a reply without a file is a reply; an executable or an oversized file is refused, naming the field, and nothing is kept', async () => {
    const before = storedFiles(t).length;
    const posts = async () =>
      (await t.services.db.select().from(communityPost).where(eq(communityPost.threadId, threadId))).length;
    const count = await posts();
    const none = await postMultipart(
      t,
      people.member!.client,
      `${threads}/${threadId}/replies`,
      [
        ['clientKey', 'attach-reply-0'],
        ['body', 'Thanks, reading it now.'],
      ],
      { filename: '', data: Buffer.alloc(0) },
    );
    expect(none.statusCode).toBe(303);
    expect(await posts()).toBe(count + 1);
    const exe = await postMultipart(
      t,
      people.member!.client,
      `${threads}/${threadId}/replies`,
      [
        ['clientKey', 'attach-reply-1'],
        ['body', 'Here is a tool.'],
      ],
      { filename: 'tool.pdf', data: executableBytes() },
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.body).toContain('href="#f-file"');
    // The text written is shown again, to send with another file.
    expect(exe.body).toContain('Here is a tool.');
    const big = await postMultipart(
      t,
      people.member!.client,
      `${threads}/${threadId}/replies`,
      [
        ['clientKey', 'attach-reply-2'],
        ['body', 'A large scan.'],
      ],
      { filename: 'scan.pdf', data: Buffer.concat([pdf, Buffer.alloc(MAX)]) },
    );
    expect(big.statusCode).toBe(413);
    expect(await posts()).toBe(count + 1);
    expect(storedFiles(t).length).toBe(before);
  });

  it('the same new-thread form posted twice starts one thread with one file', async () => {
    const before = storedFiles(t).length;
    const form: [string, string][] = [
      ['clientKey', 'attach-thread-twice'],
      ['title', 'Targeting rules for the 2027 budget'],
      ['body', 'Draft rules attached.'],
    ];
    const first = await postMultipart(t, people.member!.client, threads, form, {
      filename: 'rules.pdf',
      data: pdf,
    });
    const second = await postMultipart(t, people.member!.client, threads, form, {
      filename: 'rules.pdf',
      data: pdf,
    });
    expect(first.statusCode).toBe(303);
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    const started = await t.services.db
      .select()
      .from(communityThread)
      .where(eq(communityThread.title, 'Targeting rules for the 2027 budget'));
    expect(started).toHaveLength(1);
    expect(storedFiles(t).length).toBe(before + 1);
  });

  it('a reply in a locked thread is refused before its file is read', async () => {
    const before = storedFiles(t).length;
    const [locked] = await t.services.db
      .insert(communityThread)
      .values({ communityId: communityId, authorId: people.admin!.id, title: 'Closed', locked: true })
      .returning();
    const res = await postMultipart(
      t,
      people.member!.client,
      `${threads}/${locked!.id}/replies`,
      [
        ['clientKey', 'attach-locked-1'],
        ['body', 'Too late?'],
      ],
      { filename: 'late.pdf', data: pdf },
    );
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('locked');
    expect(storedFiles(t).length).toBe(before);
  });

  it('the same reply posted twice stores one post and one file; hiding the post hides its file from members', async () => {
    const before = storedFiles(t).length;
    const form: [string, string][] = [
      ['clientKey', 'attach-reply-twice'],
      ['body', 'Revised costing attached.'],
    ];
    const file = { filename: 'revised.pdf', data: pdf };
    const url = `${threads}/${threadId}/replies`;
    expect((await postMultipart(t, people.member!.client, url, form, file)).statusCode).toBe(303);
    expect((await postMultipart(t, people.member!.client, url, form, file)).statusCode).toBe(303);
    const [post, ...more] = await t.services.db
      .select()
      .from(communityPost)
      .where(eq(communityPost.clientKey, 'attach-reply-twice'));
    expect(more).toEqual([]);
    const files = await filesOf(post!.id);
    expect(files).toHaveLength(1);
    expect(storedFiles(t).length).toBe(before + 1);
    const fileUrl = `/en/communities/${slug}/files/${files[0]!.id}`;
    const hide = await people.admin!.client.post(`${url.replace('/replies', '')}/posts/${post!.id}/hide`, {});
    expect(hide.statusCode).toBe(303);
    expect((await people.outsider!.client.get(fileUrl)).statusCode).toBe(404);
    expect((await people.member!.client.get(fileUrl)).statusCode).toBe(404);
    expect((await people.member!.client.get(`${threads}/${threadId}`)).body).not.toContain('revised.pdf');
    expect((await people.admin!.client.get(fileUrl)).statusCode).toBe(200);
  });
});
