import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { mailMessage } from '../../core/mail/tables.ts';
import { searchDocument } from '../../core/search/tables.ts';
import { sendDailyDigests } from '../notifications/digest.ts';
import { notification } from '../notifications/tables.ts';
import { indexCommunityWithThreads } from './search.ts';
import {
  community,
  communityFile,
  communityMember,
  communityPost,
  communityThread,
  type Visibility,
} from './tables.ts';

// Issue 6 §8: private and hidden communities' content never reaches non-members. One test per
// surface that exists today: the listing and its count, the community, thread and file pages,
// global search, notifications (centre, unread count, e-mails, the daily summary). Feeds, the
// API and the sitemap join this list with issue 8.

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const db = () => t.services.db;
type Person = { id: string; email: string; handle: string; client: TestClient };
const people: Record<string, Person> = {};
const place: Record<Visibility, { id: string; slug: string; threadId: string; fileId: string }> = {} as never;

async function person(key: string, role: 'member' | 'editor' = 'member') {
  const m = await createMember(t, { name: `${key[0]!.toUpperCase()}${key.slice(1)} Person`, role });
  people[key] = {
    id: m.user.id,
    email: m.user.email,
    handle: m.user.handle,
    client: await signIn(t, m.user.email, m.password),
  };
}

/** Each community's words are unique (zebra / yak / quokka), so a leak is easy to spot. */
const WORD: Record<Visibility, string> = { public: 'zebra', private: 'yakherding', hidden: 'quokkasecret' };

async function makeCommunity(visibility: Visibility) {
  const w = WORD[visibility];
  const [c] = await db()
    .insert(community)
    .values({
      slug: `${visibility}-place`,
      name: `The ${w} circle`,
      description: `Talk of ${w} policies.`,
      locale: 'en',
      visibility,
    })
    .returning();
  for (const [key, role] of [
    ['admin', 'admin'],
    ['member', 'member'],
  ] as const)
    await db()
      .insert(communityMember)
      .values({ communityId: c!.id, userId: people[key]!.id, role, status: 'active' });
  const [th] = await db()
    .insert(communityThread)
    .values({ communityId: c!.id, authorId: people.admin!.id, title: `Plans for ${w} transfers` })
    .returning();
  await db()
    .insert(communityPost)
    .values({
      threadId: th!.id,
      authorId: people.admin!.id,
      isOpening: true,
      body: `Opening words on ${w}.`,
    });
  const stored = await t.services.storage.put(Buffer.from(`%PDF-1.4 ${w}`));
  const [f] = await db()
    .insert(communityFile)
    .values({
      communityId: c!.id,
      uploadedBy: people.admin!.id,
      title: `${w} notes`,
      storageKey: stored.key,
      filename: `${w}.pdf`,
      mediaType: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
    })
    .returning();
  // As every write through the feature does: the index follows the community.
  await indexCommunityWithThreads(db(), c!.id);
  place[visibility] = { id: c!.id, slug: c!.slug, threadId: th!.id, fileId: f!.id };
}

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  for (const key of ['admin', 'member', 'outsider', 'leaver']) await person(key);
  for (const v of ['public', 'private', 'hidden'] as const) await makeCommunity(v);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const viewers = () => ({ visitor: clientAt(t), outsider: people.outsider!.client });

describe('what non-members can reach', () => {
  it('the listing and its count: hidden communities are neither listed nor counted', async () => {
    for (const [who, client] of Object.entries(viewers())) {
      const page = await client.get('/en/communities');
      expect(page.statusCode, who).toBe(200);
      expect(page.body).toContain(WORD.public);
      // Private communities are listed with their description (to ask to join), never their threads.
      expect(page.body).toContain(WORD.private);
      expect(page.body).not.toContain('Plans for');
      expect(page.body, who).not.toContain(WORD.hidden);
      expect(page.body).toMatch(/\b2 communities\b/);
    }
    const member = await people.member!.client.get('/en/communities');
    expect(member.body).toContain(WORD.hidden);
    expect(member.body).toMatch(/\b3 communities\b/);
  });

  it('community, thread and file pages: a private one shows only its description, a hidden one does not exist', async () => {
    for (const [who, client] of Object.entries(viewers())) {
      const priv = place.private;
      const page = await client.get(`/en/communities/${priv.slug}`);
      expect(page.statusCode, who).toBe(200);
      expect(page.body).not.toContain('Plans for');
      const thread = await client.get(`/en/communities/${priv.slug}/threads/${priv.threadId}`);
      expect(thread.statusCode, who).toBe(404);
      expect(thread.body).not.toContain(`Opening words on ${WORD.private}`);
      expect((await client.get(`/en/communities/${priv.slug}/library`)).statusCode, who).toBe(404);
      const file = await client.get(`/en/communities/${priv.slug}/files/${priv.fileId}`);
      expect(file.statusCode, who).toBe(404);
      expect(file.body).not.toContain(WORD.private);
      const hid = place.hidden;
      for (const path of [
        `/en/communities/${hid.slug}`,
        `/en/communities/${hid.slug}/threads/${hid.threadId}`,
        `/en/communities/${hid.slug}/files/${hid.fileId}`,
        `/en/communities/${hid.slug}/members`,
      ]) {
        const res = await client.get(path);
        expect(res.statusCode, `${who} ${path}`).toBe(404);
        expect(res.body).not.toContain(WORD.hidden);
      }
    }
    // Members read both.
    const ok = await people.member!.client.get(
      `/en/communities/${place.hidden.slug}/threads/${place.hidden.threadId}`,
    );
    expect(ok.body).toContain(`Opening words on ${WORD.hidden}`);
  });

  it('global search: only the public community is found, by anyone', async () => {
    for (const client of [...Object.values(viewers()), people.member!.client]) {
      const found = await client.get(`/en/search?q=${WORD.public}`);
      expect(found.statusCode).toBe(200);
      expect(found.body).toContain(`The <mark>${WORD.public}</mark> circle`);
      expect(found.body).toContain(`Plans for <mark>${WORD.public}</mark> transfers`);
      for (const v of ['private', 'hidden'] as const) {
        const w = WORD[v];
        const res = await client.get(`/en/search?q=${w}`);
        expect(res.statusCode).toBe(200);
        // (The page repeats the words searched for; no result may carry them.)
        expect(res.body).not.toContain(`/communities/${place[v].slug}`);
        expect(res.body).not.toContain(`<mark>${w}</mark>`);
        expect(
          await db().select().from(searchDocument).where(eq(searchDocument.slug, place[v].slug)),
        ).toEqual([]);
      }
    }
  });
});

describe('notifications and e-mails', () => {
  const mailsTo = async (email: string) =>
    (await db().select().from(mailMessage).where(eq(mailMessage.toAddress, email))).map(
      (m) => `${m.subject}\n${m.text}`,
    );

  it('a non-member @mentioned in a private community hears nothing, on site or by e-mail', async () => {
    const c = place.private;
    const res = await people.member!.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/replies`, {
      body: `@${people.outsider!.handle} what do you think of ${WORD.private}?`,
      clientKey: 'surface-mention-1',
    });
    expect(res.statusCode).toBe(303);
    expect(
      await db().select().from(notification).where(eq(notification.userId, people.outsider!.id)),
    ).toHaveLength(0);
    expect(await mailsTo(people.outsider!.email)).toEqual([]);
    const centre = await people.outsider!.client.get('/en/notifications');
    expect(centre.body).not.toContain(WORD.private);
  });

  it('a member who leaves a private community stops hearing from it: centre, unread count, e-mails, summary', async () => {
    const c = place.private;
    const leaver = people.leaver!;
    await db()
      .insert(communityMember)
      .values({ communityId: c.id, userId: leaver.id, role: 'member', status: 'active' });
    // While a member, following the thread brings a reply (on site and by e-mail).
    expect(
      (await leaver.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/follow`, { follow: 'on' }))
        .statusCode,
    ).toBe(303);
    await people.admin!.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/replies`, {
      body: `First reply on ${WORD.private} budgets.`,
      clientKey: 'surface-reply-1',
    });
    await smtp.waitFor((m) => m.to.includes(leaver.email));
    expect((await leaver.client.get('/en/notifications')).body).toContain(`Plans for ${WORD.private}`);
    // They leave; an older notification (not yet e-mailed: daily) and everything after must not reach them.
    await db().update(notification).set({ emailedAt: null }).where(eq(notification.userId, leaver.id));
    expect((await leaver.client.post(`/en/communities/${c.slug}/leave`, {})).statusCode).toBe(303);
    const mailsBefore = (await mailsTo(leaver.email)).length;
    await people.admin!.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/replies`, {
      body: `Second reply on ${WORD.private} budgets.`,
      clientKey: 'surface-reply-2',
    });
    const centre = await leaver.client.get('/en/notifications');
    expect(centre.body).not.toContain(WORD.private);
    expect(centre.body).not.toContain(`Plans for`);
    expect(centre.body).toContain('You have no unread notifications.');
    await sendDailyDigests(t.services, new Date(Date.now() + 36 * 3600_000));
    const after = (await mailsTo(leaver.email)).slice(mailsBefore);
    expect(after.filter((m) => m.includes(WORD.private) || m.includes('Plans for'))).toEqual([]);
  });
});
