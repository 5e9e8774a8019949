import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { contentItem, contentTranslation } from '../content/tables.ts';
import { eventDetails } from '../events/tables.ts';
import { makePdf } from '../library/files/test-helpers.ts';
import { notification } from '../notifications/tables.ts';
import {
  community,
  communityMember,
  communityPost,
  communityRequest,
  communityThread,
  type MemberRole,
  type MembershipStatus,
  type Visibility,
} from './tables.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const db = () => t.services.db;
type Person = { id: string; email: string; handle: string; client: TestClient };
const people: Record<string, Person> = {};

async function person(key: string, opts: Parameters<typeof createMember>[1] = {}) {
  const m = await createMember(t, opts);
  people[key] = {
    id: m.user.id,
    email: m.user.email,
    handle: m.user.handle,
    client: await signIn(t, m.user.email, m.password),
  };
  return people[key]!;
}

/** A community made directly, with members in the given roles and states. */
async function makeCommunity(
  slug: string,
  visibility: Visibility,
  members: [string, MemberRole, MembershipStatus][],
) {
  const [c] = await db()
    .insert(community)
    .values({ slug, name: `Community ${slug}`, description: `About ${slug}.`, locale: 'en', visibility })
    .returning();
  for (const [key, role, status] of members)
    await db().insert(communityMember).values({ communityId: c!.id, userId: people[key]!.id, role, status });
  const [th] = await db()
    .insert(communityThread)
    .values({ communityId: c!.id, authorId: people.admin!.id, title: `Secret plans of ${slug}` })
    .returning();
  await db()
    .insert(communityPost)
    .values({
      threadId: th!.id,
      authorId: people.admin!.id,
      isOpening: true,
      body: `Opening post of ${slug}`,
    });
  return { id: c!.id, slug, threadId: th!.id };
}

const threadForm = (over: Record<string, string> = {}) => ({
  title: 'How do you verify disability status in rural areas?',
  body: 'We are piloting home visits in two districts. What has worked for you?',
  clientKey: `key-${Math.random().toString(36).slice(2, 12)}`,
  ...over,
});

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  await person('admin', { name: 'Ada Admin' });
  await person('moderator', { name: 'Moe Moderator' });
  await person('member', { name: 'Mia Member' });
  await person('pending', { name: 'Pat Pending' });
  await person('outsider', { name: 'Otto Outsider' });
  await person('staff', { role: 'editor', name: 'Sam Staff' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe('requests', () => {
  it('a member asks with a concept note; bad input changes nothing; the team approves and the requester becomes admin', async () => {
    const note = {
      name: 'Cash transfers in the Sahel',
      purpose: 'Share practice on adaptive cash transfers across Sahel countries.',
      audience: 'Ministries of social affairs, WFP and UNICEF country offices.',
      proposedAdmins: 'Awa Ndiaye (IPC-IG), Moussa Diallo (Niger)',
      activities: 'Monthly discussion, document sharing, two webinars a year.',
      languages: ['fr', 'en'],
      duration: 'Two years',
      visibility: 'private',
    };
    const bad = await people.member!.client.post('/fr/communities/request', {
      ...note,
      purpose: 'Trop court',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-purpose"');
    expect(await db().select().from(communityRequest)).toHaveLength(0);
    const ok = await people.member!.client.post('/en/communities/request', note);
    expect(ok.statusCode).toBe(303);
    const [req] = await db().select().from(communityRequest);
    expect(req).toMatchObject({ status: 'pending', requesterId: people.member!.id, visibility: 'private' });
    // Declining needs a reason.
    const noReason = await people.staff!.client.post(`/en/admin/community-requests/${req!.id}`, {
      decision: 'decline',
    });
    expect(noReason.statusCode).toBe(400);
    const approved = await people.staff!.client.post(`/en/admin/community-requests/${req!.id}`, {
      decision: 'approve',
      message: '',
    });
    expect(approved.statusCode).toBe(303);
    const [c] = await db().select().from(community).where(eq(community.name, note.name));
    expect(c).toMatchObject({ visibility: 'private', slug: 'cash-transfers-in-the-sahel' });
    const [m] = await db()
      .select()
      .from(communityMember)
      .where(and(eq(communityMember.communityId, c!.id), eq(communityMember.userId, people.member!.id)));
    expect(m).toMatchObject({ role: 'admin', status: 'active' });
    const mail = await smtp.waitFor((x) => x.to.includes(people.member!.email));
    expect(mail.subject).toContain('Cash transfers in the Sahel');
    const again = await people.staff!.client.post(`/en/admin/community-requests/${req!.id}`, {
      decision: 'approve',
    });
    expect(again.statusCode).toBe(409);
    // The new admin sees the onboarding checklist.
    const guide = await people.member!.client.get(`/en/communities/${c!.slug}/guidelines`);
    expect(guide.body).toContain('Your first weeks as administrator');
    // Members cannot decide requests.
    expect((await people.outsider!.client.get('/en/admin/community-requests')).statusCode).toBe(403);
  });
});

describe('who sees and does what', () => {
  const cases: Record<Visibility, { id: string; slug: string; threadId: string }> = {} as never;
  beforeAll(async () => {
    for (const v of ['public', 'private', 'hidden'] as const)
      cases[v] = await makeCommunity(`matrix-${v}`, v, [
        ['admin', 'admin', 'active'],
        ['moderator', 'moderator', 'active'],
        ['member', 'member', 'active'],
        ['pending', 'member', 'pending'],
      ]);
  });

  const viewers = ['anonymous', 'outsider', 'pending', 'member', 'moderator', 'admin', 'staff'] as const;
  const client = (v: (typeof viewers)[number]) => (v === 'anonymous' ? clientAt(t) : people[v]!.client);
  const insider = (v: string) => ['member', 'moderator', 'admin'].includes(v);

  it('listing, page, threads and posting follow the visibility', async () => {
    for (const vis of ['public', 'private', 'hidden'] as const)
      for (const v of viewers) {
        const c = cases[vis];
        const label = `${vis} × ${v}`;
        const listed = (await client(v).get('/en/communities')).body.includes(`/en/communities/${c.slug}"`);
        expect(listed, `${label} listed`).toBe(vis !== 'hidden' || insider(v) || v === 'staff');
        const page = await client(v).get(`/en/communities/${c.slug}`);
        expect(page.statusCode, `${label} page`).toBe(
          vis === 'hidden' && !insider(v) && v !== 'staff' ? 404 : 200,
        );
        const canRead = vis === 'public' || insider(v) || v === 'staff';
        expect(page.body.includes(`Secret plans of ${c.slug}`), `${label} thread titles`).toBe(canRead);
        const thread = await client(v).get(`/en/communities/${c.slug}/threads/${c.threadId}`);
        expect(thread.statusCode, `${label} thread`).toBe(canRead ? 200 : 404);
        if (canRead) expect(thread.body).toContain(`Opening post of ${c.slug}`);
        else expect(thread.body).not.toContain(`Opening post of ${c.slug}`);
        const post = await client(v).post(
          `/en/communities/${c.slug}/threads`,
          threadForm({ title: `Post by ${v} in ${vis}` }),
        );
        const expected = v === 'anonymous' ? 303 : insider(v) ? 303 : canRead ? 403 : 404;
        expect(post.statusCode, `${label} post`).toBe(expected);
        if (v === 'anonymous') expect(String(post.headers.location)).toContain('/en/sign-in');
      }
    // Nothing was written by those who may not post.
    const titles = (await db().select({ title: communityThread.title }).from(communityThread)).map(
      (r) => r.title,
    );
    for (const v of ['anonymous', 'outsider', 'pending', 'staff'])
      expect(
        titles.filter((x) => x.startsWith(`Post by ${v} `)),
        v,
      ).toEqual([]);
  });

  it('joining: public at once, private by request that admins decide, hidden not at all', async () => {
    const joiner = await person('joiner');
    const pub = await joiner.client.post(`/en/communities/${cases.public.slug}/join`, {});
    expect(pub.headers.location).toContain('done=joined');
    const priv = await joiner.client.post(`/en/communities/${cases.private.slug}/join`, {});
    expect(priv.headers.location).toContain('done=asked');
    const [asked] = await db()
      .select()
      .from(notification)
      .where(and(eq(notification.userId, people.admin!.id), eq(notification.kind, 'join_request')));
    expect(asked?.communityId).toBe(cases.private.id);
    const hidden = await joiner.client.post(`/en/communities/${cases.hidden.slug}/join`, {});
    expect(hidden.statusCode).toBe(404);
    // A member cannot decide; the admin accepts.
    const byMember = await people.member!.client.post(
      `/en/communities/${cases.private.slug}/members/${joiner.id}/decide`,
      {
        decision: 'accept',
      },
    );
    expect(byMember.statusCode).toBe(403);
    const accepted = await people.admin!.client.post(
      `/en/communities/${cases.private.slug}/members/${joiner.id}/decide`,
      {
        decision: 'accept',
      },
    );
    expect(accepted.statusCode).toBe(303);
    expect(
      (await joiner.client.get(`/en/communities/${cases.private.slug}/threads/${cases.private.threadId}`))
        .statusCode,
    ).toBe(200);
  });

  it('roles: admins change them; the last admin stays', async () => {
    const c = cases.public;
    const demote = await people.admin!.client.post(
      `/en/communities/${c.slug}/members/${people.admin!.id}/role`,
      { role: 'member' },
    );
    expect(demote.statusCode).toBe(409);
    expect(demote.body).toContain('at least one administrator');
    const byModerator = await people.moderator!.client.post(
      `/en/communities/${c.slug}/members/${people.member!.id}/role`,
      {
        role: 'admin',
      },
    );
    expect(byModerator.statusCode).toBe(403);
    await people.admin!.client.post(`/en/communities/${c.slug}/members/${people.moderator!.id}/role`, {
      role: 'admin',
    });
    const now = await people.admin!.client.post(
      `/en/communities/${c.slug}/members/${people.admin!.id}/role`,
      { role: 'member' },
    );
    expect(now.statusCode).toBe(303);
    const roles = await db().select().from(communityMember).where(eq(communityMember.communityId, c.id));
    expect(roles.find((r) => r.userId === people.moderator!.id)?.role).toBe('admin');
    expect(roles.find((r) => r.userId === people.admin!.id)?.role).toBe('member');
    // The new admin is told (on site and by e-mail), pointing to the guidelines.
    const told = await smtp.waitFor((m) => m.to.includes(people.moderator!.email));
    expect(told.subject).toBe(`You are now an administrator of Community ${c.slug}`);
    const [n] = await db()
      .select()
      .from(notification)
      .where(and(eq(notification.userId, people.moderator!.id), eq(notification.kind, 'admin_role')));
    expect(n?.payload.path).toBe(`/communities/${c.slug}/guidelines`);
    // Restore for the other tests.
    await people.moderator!.client.post(`/en/communities/${c.slug}/members/${people.admin!.id}/role`, {
      role: 'admin',
    });
  });

  it('invitations: an e-mailed link lets someone join a hidden community; it expires', async () => {
    const c = cases.hidden;
    const bad = await people.admin!.client.post(`/en/communities/${c.slug}/invitations`, {
      emails: 'not-an-address',
    });
    expect(bad.statusCode).toBe(400);
    const sent = await people.admin!.client.post(`/en/communities/${c.slug}/invitations`, {
      emails: 'guest@example.org, other@example.org',
    });
    expect(sent.statusCode).toBe(303);
    const mail = await smtp.waitFor((m) => m.to.includes('guest@example.org'));
    const link = /\/en\/communities\/invitations\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
    // Without an account: the page names the community and offers to create one.
    const anon = await clientAt(t).get(link);
    expect(anon.statusCode).toBe(200);
    expect(anon.body).toContain('Create an account');
    const guest = await person('guest', { email: 'guest@example.org' });
    const accepted = await guest.client.post(link, {});
    expect(accepted.statusCode).toBe(303);
    expect((await guest.client.get(`/en/communities/${c.slug}/threads/${c.threadId}`)).statusCode).toBe(200);
    await db().execute(
      sql`update community_invitation set expires_at = now() - interval '1 day' where email = 'other@example.org'`,
    );
    const other = await smtp.waitFor((m) => m.to.includes('other@example.org'));
    const expiredLink = /\/en\/communities\/invitations\/[A-Za-z0-9_-]+/.exec(other.text)![0];
    expect((await people.outsider!.client.post(expiredLink, {})).statusCode).toBe(410);
  });
});

describe('discussions', () => {
  let c: { id: string; slug: string; threadId: string };
  beforeAll(async () => {
    c = await makeCommunity('talk', 'private', [
      ['admin', 'admin', 'active'],
      ['moderator', 'moderator', 'active'],
      ['member', 'member', 'active'],
    ]);
  });

  it('a reply with a mention notifies the mentioned member by e-mail; a double submission is stored once; scripts are neutralised', async () => {
    const key = 'double-submit-key-1';
    const form = {
      body: `Thanks @${people.moderator!.handle}, see [this](javascript:alert(1)) <script>alert(2)</script>`,
      clientKey: key,
    };
    const first = await people.member!.client.post(
      `/en/communities/${c.slug}/threads/${c.threadId}/replies`,
      form,
    );
    const second = await people.member!.client.post(
      `/en/communities/${c.slug}/threads/${c.threadId}/replies`,
      form,
    );
    expect([first.statusCode, second.statusCode]).toEqual([303, 303]);
    const replies = await db()
      .select()
      .from(communityPost)
      .where(and(eq(communityPost.threadId, c.threadId), eq(communityPost.isOpening, false)));
    expect(replies).toHaveLength(1);
    const [thread] = await db().select().from(communityThread).where(eq(communityThread.id, c.threadId));
    expect(thread!.replyCount).toBe(1);
    const mail = await smtp.waitFor((m) => m.to.includes(people.moderator!.email));
    expect(mail.subject).toContain('mentioned you');
    const page = await people.member!.client.get(`/en/communities/${c.slug}/threads/${c.threadId}`);
    expect(page.body).not.toMatch(/<script>alert|javascript:/);
    // The thread's author follows it and hears of the reply.
    const [told] = await db()
      .select()
      .from(notification)
      .where(and(eq(notification.userId, people.admin!.id), eq(notification.kind, 'reply')));
    expect(told?.payload.title).toBe('Secret plans of talk');
  });

  it('oversized posts and replies in a locked thread are refused with an explanation, nothing stored', async () => {
    const big = await people.member!.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/replies`, {
      body: 'x'.repeat(20_001),
      clientKey: 'oversized-key-1',
    });
    expect(big.statusCode).toBe(400);
    expect(big.body).toContain('href="#f-body"');
    const lock = await people.moderator!.client.post(
      `/en/communities/${c.slug}/threads/${c.threadId}/flags`,
      { locked: 'on' },
    );
    expect(lock.statusCode).toBe(303);
    const refused = await people.member!.client.post(
      `/en/communities/${c.slug}/threads/${c.threadId}/replies`,
      {
        body: 'One more thing',
        clientKey: 'locked-key-1',
      },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('This discussion is locked');
    const count = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from community_post where thread_id = ${c.threadId}`,
    );
    expect(count[0]!.n).toBe(2);
    // Members cannot lock.
    expect(
      (
        await people.member!.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/flags`, {
          locked: '',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('reports from three members hide a post until reviewed; the team restores it from its queue', async () => {
    const [opening] = await db()
      .select()
      .from(communityPost)
      .where(and(eq(communityPost.threadId, c.threadId), eq(communityPost.isOpening, true)));
    const reporter3 = await person('reporter3');
    await db()
      .insert(communityMember)
      .values({ communityId: c.id, userId: reporter3.id, role: 'member', status: 'active' });
    const url = `/en/communities/${c.slug}/threads/${c.threadId}/posts/${opening!.id}/report`;
    expect((await people.admin!.client.post(url, { reason: 'spam' })).statusCode).toBe(409);
    expect((await people.member!.client.post(url, { reason: 'nonsense' })).statusCode).toBe(400);
    for (const who of ['member', 'member', 'moderator', 'reporter3'])
      expect((await people[who]!.client.post(url, { reason: 'abuse' })).statusCode).toBe(303);
    const [hidden] = await db().select().from(communityPost).where(eq(communityPost.id, opening!.id));
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: 'reports' });
    const asMember = await people.member!.client.get(`/en/communities/${c.slug}/threads/${c.threadId}`);
    expect(asMember.body).not.toContain('Opening post of talk');
    expect(asMember.body).toContain('This post was hidden by a moderator.');
    const asModerator = await people.moderator!.client.get(`/en/communities/${c.slug}/threads/${c.threadId}`);
    expect(asModerator.body).toContain('Opening post of talk');
    const queue = await people.staff!.client.get('/en/admin/community-reports');
    expect(queue.body).toContain('3 reports');
    const restored = await people.staff!.client.post(
      `/en/admin/community-reports/${opening!.id}/restore`,
      {},
    );
    expect(restored.statusCode).toBe(303);
    const [back] = await db().select().from(communityPost).where(eq(communityPost.id, opening!.id));
    expect(back!.hidden).toBe(false);
    expect((await people.staff!.client.get('/en/admin/community-reports')).body).toContain(
      'No open reports.',
    );
  });

  it('an author edits a post and moderators see the earlier text; nobody else may edit it', async () => {
    const [mine] = await db()
      .select()
      .from(communityPost)
      .where(and(eq(communityPost.threadId, c.threadId), eq(communityPost.authorId, people.member!.id)));
    const url = `/en/communities/${c.slug}/threads/${c.threadId}/posts/${mine!.id}`;
    // The thread was locked above: unlock it first.
    await people.moderator!.client.post(`/en/communities/${c.slug}/threads/${c.threadId}/flags`, {
      locked: '',
    });
    const threadUrl = `/en/communities/${c.slug}/threads/${c.threadId}`;
    const before = (await people.member!.client.get(threadUrl)).body;
    expect(before).toContain(`Thanks @`);
    expect(
      (await people.moderator!.client.post(`${url}/edit`, { body: 'Changed by someone else' })).statusCode,
    ).toBe(403);
    expect(
      (await people.member!.client.post(`${url}/edit`, { body: 'Thanks, corrected figures: 42 %.' }))
        .statusCode,
    ).toBe(303);
    // The page shows the new text (what was rendered of the old one is not reused).
    const after = (await people.member!.client.get(threadUrl)).body;
    expect(after).toContain('Thanks, corrected figures: 42 %.');
    expect(after).not.toContain('Thanks @');
    const history = await people.moderator!.client.get(`${url}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.body).toContain('Thanks @');
    expect(history.body).toContain('corrected figures');
    expect((await people.member!.client.get(`${url}/history`)).statusCode).toBe(403);
  });

  it('the shared library: linked publications and uploaded documents, only for those who may read', async () => {
    const [item] = await db()
      .insert(contentItem)
      .values({
        type: 'publication',
        slug: 'shock-responsive-report',
        status: 'published',
        originalLocale: 'en',
      })
      .returning();
    await db()
      .insert(contentTranslation)
      .values({ itemId: item!.id, locale: 'en', title: 'Shock-responsive report' });
    const lib = `/en/communities/${c.slug}/library`;
    const bad = await people.member!.client.post(`${lib}/link`, {
      address: 'https://elsewhere.example/en/library/nothing',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-address"');
    const linked = await people.member!.client.post(`${lib}/link`, {
      address: 'http://localhost:3000/fr/library/shock-responsive-report',
    });
    expect(linked.statusCode).toBe(303);
    const pdf = await makePdf([['Minutes of the March meeting']]);
    const boundary = 'CommunityUpload';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${await people.member!.client.csrfToken()}\r\n`,
      ),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nMarch minutes\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="minutes.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await people.member!.client.request('POST', `${lib}/upload`, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(up.statusCode).toBe(303);
    const page = await people.member!.client.get(lib);
    expect(page.body).toContain('Shock-responsive report');
    const fileId = /\/files\/([0-9a-f-]{36})/.exec(page.body)![1]!;
    const download = await people.member!.client.get(`/en/communities/${c.slug}/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect((await people.outsider!.client.get(`/en/communities/${c.slug}/files/${fileId}`)).statusCode).toBe(
      404,
    );
    expect((await people.outsider!.client.get(lib)).statusCode).toBe(404);
  });

  it('admins list an event of the site as the community’s own', async () => {
    const [ev] = await db()
      .insert(contentItem)
      .values({ type: 'event', slug: 'regional-forum', status: 'published', originalLocale: 'en' })
      .returning();
    await db()
      .insert(contentTranslation)
      .values({ itemId: ev!.id, locale: 'en', title: 'Regional social protection forum' });
    await db()
      .insert(eventDetails)
      .values({
        itemId: ev!.id,
        kind: 'conference',
        startsAt: new Date(Date.now() + 30 * 86_400_000),
        endsAt: new Date(Date.now() + 31 * 86_400_000),
        timeZone: 'Africa/Nairobi',
        mode: 'online',
      });
    const url = `/en/communities/${c.slug}/events`;
    expect(
      (await people.member!.client.post(url, { event: 'http://localhost:3000/en/events/regional-forum' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await people.admin!.client.post(url, { event: 'http://localhost:3000/en/library/regional-forum' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await people.admin!.client.post(url, { event: 'http://localhost:3000/en/events/regional-forum' }))
        .statusCode,
    ).toBe(303);
    const page = await people.member!.client.get(`/en/communities/${c.slug}`);
    expect(page.body).toContain('Regional social protection forum');
    expect((await people.outsider!.client.get(`/en/communities/${c.slug}`)).body).not.toContain(
      'Regional social protection forum',
    );
  });

  it('a thread of many replies is read a page at a time, oldest first', async () => {
    const [th] = await db()
      .insert(communityThread)
      .values({ communityId: c.id, authorId: people.admin!.id, title: 'Long thread', replyCount: 120 })
      .returning();
    await db()
      .insert(communityPost)
      .values({ threadId: th!.id, authorId: people.admin!.id, isOpening: true, body: 'Start' });
    const base = Date.now() - 200_000;
    await db()
      .insert(communityPost)
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          threadId: th!.id,
          authorId: people.member!.id,
          body: `Reply number ${i + 1}.`,
          createdAt: new Date(base + i * 1000),
        })),
      );
    const p1 = await people.member!.client.get(`/en/communities/${c.slug}/threads/${th!.id}`);
    expect(p1.body).toContain('Reply number 49.');
    expect(p1.body).not.toContain('Reply number 50.');
    const p3 = await people.member!.client.get(`/en/communities/${c.slug}/threads/${th!.id}?page=3`);
    expect(p3.body).toContain('Reply number 120.');
    expect(p3.body).not.toContain('Reply number 99.');
  });
});
