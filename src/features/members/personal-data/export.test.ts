import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember, signIn } from '../../../test/factories.ts';
import { startSmtp } from '../../../test/smtp.ts';
import { auditLog } from '../../../core/audit/tables.ts';
import { user } from '../../accounts/tables.ts';
import {
  community,
  communityFile,
  communityMember,
  communityPost,
  communityThread,
} from '../../communities/tables.ts';
import { contentItem } from '../../content/tables.ts';
import { feedback } from '../../feedback/tables.ts';
import { postMultipart } from '../../library/files/test-helpers.ts';
import { dataExport, follow, memberProfile, readingList } from '../tables.ts';
import { buildExport, expireExports } from './export.ts';

// Issue 7 §7: the archive of a member's data holds theirs and nobody else's, and lasts 7 days.

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
type Person = { id: string; email: string; name: string; client: TestClient };
const people: Record<string, Person> = {};

/** Every entry of a ZIP archive, by name. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

async function person(key: string) {
  const name = `${key} Exporter`;
  const m = await createMember(t, { name });
  people[key] = {
    id: m.user.id,
    email: m.user.email,
    name,
    client: await signIn(t, m.user.email, m.password),
  };
}

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  await person('ana');
  await person('ben');
  const [c] = await t.services.db
    .insert(community)
    .values({ slug: 'exports', name: 'Exports circle', description: 'x', locale: 'en', visibility: 'public' })
    .returning();
  for (const key of ['ana', 'ben']) {
    const p = people[key]!;
    await t.services.db.insert(memberProfile).values({ userId: p.id, bio: `Bio of ${key} about pensions.` });
    await t.services.db
      .insert(communityMember)
      .values({ communityId: c!.id, userId: p.id, status: 'active' });
    const [th] = await t.services.db
      .insert(communityThread)
      .values({ communityId: c!.id, authorId: p.id, title: `Thread by ${key}` })
      .returning();
    await t.services.db
      .insert(communityPost)
      .values({ threadId: th!.id, authorId: p.id, isOpening: true, body: `Words written by ${key}.` });
    await t.services.db.insert(feedback).values({
      userId: p.id,
      category: 'idea',
      message: `Feedback from ${key}: more webinars.`,
      locale: 'en',
    });
    const stored = await t.services.storage.put(Buffer.from(`%PDF-1.4 notes of ${key}`));
    await t.services.db.insert(communityFile).values({
      communityId: c!.id,
      uploadedBy: p.id,
      storageKey: stored.key,
      filename: `${key}-notes.pdf`,
      mediaType: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
    });
  }
  const photo = await sharp({
    create: { width: 64, height: 64, channels: 3, background: { r: 1, g: 2, b: 3 } },
  })
    .png()
    .toBuffer();
  expect(
    (
      await postMultipart(t, people.ana!.client, '/en/account/public-profile/photo', [], {
        filename: 'me.png',
        data: photo,
      })
    ).statusCode,
  ).toBe(303);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const exportsOf = (userId: string) =>
  t.services.db.select().from(dataExport).where(eq(dataExport.userId, userId));

describe('exporting personal data', () => {
  it('builds an archive of the requester’s data only, e-mails them, and serves it to them alone', async () => {
    const ana = people.ana!;
    expect((await ana.client.get('/en/account/data')).statusCode).toBe(200);
    const asked = await ana.client.post('/en/account/data/export', {});
    expect(asked.statusCode).toBe(303);
    // Without a job worker in tests the job runs at once; asking again while one is pending adds none.
    const [row] = await exportsOf(ana.id);
    expect(row).toMatchObject({ status: 'ready' });
    const mail = await smtp.waitFor((m) => m.to.includes(ana.email));
    expect(mail.subject).toBe('Your SP Gateway archive is ready');
    expect(mail.text).toContain('/en/account/data');
    const page = await ana.client.get('/en/account/data');
    expect(page.body).toContain(`/en/account/data/export/${row!.id}`);
    const download = await ana.client.get(`/en/account/data/export/${row!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['cache-control']).toBe('private, no-store');
    const entries = await unzip(download.rawPayload);
    const names = [...entries.keys()].sort();
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('data.json');
    expect(names[1]).toMatch(/^files\/communities\/[0-9a-f-]+-ana-notes\.pdf$/);
    expect(names[2]).toBe('files/photo.webp');
    const json = entries.get('data.json')!.toString();
    const data = JSON.parse(json);
    expect(data.account.email).toBe(ana.email);
    expect(json).toContain('Bio of ana about pensions.');
    expect(json).toContain('Words written by ana.');
    expect(json).toContain('Feedback from ana: more webinars.');
    expect(json).not.toContain('password');
    // Nothing of the other member.
    for (const other of [
      people.ben!.email,
      'Bio of ben',
      'Words written by ben',
      'Feedback from ben',
      'ben-notes',
    ])
      expect(json).not.toContain(other);
    // Nobody else downloads it; an id that is not one is not found.
    expect((await people.ben!.client.get(`/en/account/data/export/${row!.id}`)).statusCode).toBe(404);
    expect((await clientAt(t).get(`/en/account/data/export/${row!.id}`)).statusCode).toBe(303);
    expect((await ana.client.get('/en/account/data/export/not-an-id')).statusCode).toBe(404);
  });

  it('removes archives after 7 days', async () => {
    const [row] = await exportsOf(people.ana!.id);
    expect(await expireExports(t.services, new Date(Date.now() + 6 * 86_400_000))).toBe(0);
    expect(await expireExports(t.services, new Date(Date.now() + 8 * 86_400_000))).toBe(1);
    expect(await exportsOf(people.ana!.id)).toEqual([]);
    expect(await t.services.storage.size(row!.storageKey!)).toBeNull();
    expect((await people.ana!.client.get(`/en/account/data/export/${row!.id}`)).statusCode).toBe(404);
  });

  it('an export asked for just before the account is deleted does nothing', async () => {
    const m = await createMember(t);
    const [row] = await t.services.db.insert(dataExport).values({ userId: m.user.id }).returning();
    await t.services.db.delete(user).where(eq(user.id, m.user.id));
    expect(await buildExport(t.services, row!.id)).toBe(false);
    expect(await t.services.db.select().from(dataExport).where(eq(dataExport.id, row!.id))).toEqual([]);
  });
});

describe('deleting an account', () => {
  async function departing(withRemoval: boolean) {
    const m = await createMember(t);
    const client = await signIn(t, m.user.email, m.password);
    const [c] = await t.services.db
      .insert(community)
      .values({
        slug: `leaving-${withRemoval}`,
        name: 'Leaving',
        description: 'x',
        locale: 'en',
        visibility: 'public',
      })
      .returning();
    const other = people.ben!;
    const [busy] = await t.services.db
      .insert(communityThread)
      .values({ communityId: c!.id, authorId: other.id, title: 'Busy thread', replyCount: 2 })
      .returning();
    await t.services.db
      .insert(communityPost)
      .values({ threadId: busy!.id, authorId: other.id, isOpening: true, body: 'Opening by ben.' });
    const [quoted] = await t.services.db
      .insert(communityPost)
      .values({ threadId: busy!.id, authorId: m.user.id, body: `Quoted reply ${withRemoval}` })
      .returning();
    await t.services.db
      .insert(communityPost)
      .values({ threadId: busy!.id, authorId: m.user.id, body: `Lonely reply ${withRemoval}` });
    await t.services.db
      .insert(communityPost)
      .values({ threadId: busy!.id, authorId: other.id, body: 'Ben quotes it.', quotedPostId: quoted!.id });
    const [own] = await t.services.db
      .insert(communityThread)
      .values({ communityId: c!.id, authorId: m.user.id, title: `Unanswered ${withRemoval}` })
      .returning();
    await t.services.db
      .insert(communityPost)
      .values({ threadId: own!.id, authorId: m.user.id, isOpening: true, body: 'Anyone?' });
    await t.services.db.insert(contentItem).values([
      {
        type: 'news',
        slug: `draft-${withRemoval}`,
        status: 'draft',
        originalLocale: 'en',
        authorId: m.user.id,
      },
      {
        type: 'news',
        slug: `published-${withRemoval}`,
        status: 'published',
        originalLocale: 'en',
        authorId: m.user.id,
      },
      // Published once, then taken back to draft: harvesters keep it as a deleted record.
      {
        type: 'publication',
        slug: `withdrawn-${withRemoval}`,
        status: 'draft',
        originalLocale: 'en',
        authorId: m.user.id,
        publishedAt: new Date('2025-01-01T00:00:00Z'),
      },
    ]);
    await t.services.db.insert(follow).values({ userId: m.user.id, kind: 'country', targetId: 'KE' });
    await t.services.db.insert(readingList).values({ userId: m.user.id, name: 'Mine' });
    await t.services.db.insert(memberProfile).values({ userId: m.user.id, bio: 'Leaving soon.' });
    const form = {
      password: m.password,
      confirmation: m.user.email,
      ...(withRemoval ? { removeContributions: 'on' } : {}),
    };
    const res = await client.post('/en/account/delete', form);
    expect(res.statusCode).toBe(303);
    return { id: m.user.id, client, form, busy: busy!.id };
  }
  const bodies = async (threadId: string) =>
    (await t.services.db.select().from(communityPost).where(eq(communityPost.threadId, threadId))).map(
      (p) => p.body,
    );
  const slugs = async () =>
    (await t.services.db.select({ slug: contentItem.slug }).from(contentItem)).map((r) => r.slug);

  it('keeps contributions without an author by default; erases the account, signs out everywhere, audits once', async () => {
    const d = await departing(false);
    expect(await t.services.db.select().from(user).where(eq(user.id, d.id))).toEqual([]);
    // Profile, follows and reading lists go with the account.
    expect(await t.services.db.select().from(follow).where(eq(follow.userId, d.id))).toEqual([]);
    expect(await t.services.db.select().from(readingList).where(eq(readingList.userId, d.id))).toEqual([]);
    expect(await t.services.db.select().from(memberProfile).where(eq(memberProfile.userId, d.id))).toEqual(
      [],
    );
    expect(await bodies(d.busy)).toEqual(
      expect.arrayContaining(['Quoted reply false', 'Lonely reply false']),
    );
    expect(await slugs()).toEqual(expect.arrayContaining(['draft-false', 'published-false']));
    const [published] = await t.services.db
      .select()
      .from(contentItem)
      .where(eq(contentItem.slug, 'published-false'));
    expect(published!.authorId).toBeNull();
    // The old session is gone: deleting again sends to sign-in and changes nothing.
    const again = await d.client.post('/en/account/delete', d.form);
    expect(again.statusCode).toBe(303);
    expect(String(again.headers.location)).toContain('/sign-in');
    const audits = await t.services.db.select().from(auditLog).where(eq(auditLog.subjectId, d.id));
    expect(audits.map((a) => a.action)).toEqual(['account.delete']);
  });

  it('removes on request what nothing depends on: unpublished items, unquoted replies, unanswered threads', async () => {
    const d = await departing(true);
    const left = await bodies(d.busy);
    expect(left).toContain('Quoted reply true');
    expect(left).not.toContain('Lonely reply true');
    const [busy] = await t.services.db.select().from(communityThread).where(eq(communityThread.id, d.busy));
    expect(busy!.replyCount).toBe(2);
    expect(
      await t.services.db.select().from(communityThread).where(eq(communityThread.title, 'Unanswered true')),
    ).toEqual([]);
    const all = await slugs();
    expect(all).toContain('published-true');
    expect(all).toContain('withdrawn-true');
    expect(all).not.toContain('draft-true');
  });
});
