import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../core/audit/tables.ts';
import { queryRows } from '../../../core/db/client.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { createMember, signIn } from '../../../test/factories.ts';
import { startSmtp } from '../../../test/smtp.ts';
import { community, communityMember, communityPost, communityThread } from '../tables.ts';
import { checkCommunityHealth } from './check-health.ts';
import { communityMetrics } from './metrics.ts';

const DAY = 86_400_000;
// The controllable clock: "now" for the job and the metrics, fixed at the start of the file
// (the admin pages use the real clock, a few seconds later: same figures).
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const ago = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let editor: TestClient;
const db = () => t.services.db;
type Member = Awaited<ReturnType<typeof createMember>>['user'];

async function makeCommunity(slug: string, createdDaysAgo: number, over: { status?: 'archived' } = {}) {
  const [row] = await db()
    .insert(community)
    .values({
      slug,
      name: `Community ${slug}`,
      description: 'A test community.',
      locale: 'en',
      visibility: 'public',
      createdAt: ago(createdDaysAgo),
      lastActivityAt: ago(createdDaysAgo),
      ...(over.status ? { status: over.status, archivedAt: ago(1) } : {}),
    })
    .returning();
  return row!;
}

async function join(
  communityId: string,
  user: Member,
  joinedDaysAgo: number,
  role: 'admin' | 'member' = 'member',
  status: 'active' | 'pending' = 'active',
) {
  await db()
    .insert(communityMember)
    .values({ communityId, userId: user.id, role, status, joinedAt: ago(joinedDaysAgo) });
}

async function thread(
  communityId: string,
  author: Member,
  title: string,
  daysAgo: number,
  kind: 'discussion' | 'announcement' = 'discussion',
) {
  const at = ago(daysAgo);
  const [row] = await db()
    .insert(communityThread)
    .values({ communityId, authorId: author.id, title, kind, createdAt: at, lastPostAt: at })
    .returning();
  await db()
    .insert(communityPost)
    .values({ threadId: row!.id, authorId: author.id, isOpening: true, body: title, createdAt: at });
  return row!;
}

async function reply(threadId: string, author: Member, daysAgo: number, hidden = false) {
  await db()
    .insert(communityPost)
    .values({ threadId, authorId: author.id, body: 'A reply', hidden, createdAt: ago(daysAgo) });
}

const healthOf = async (id: string) => (await db().select().from(community).where(eq(community.id, id)))[0]!;
const roleOf = async (communityId: string, userId: string) =>
  (
    await db()
      .select({ role: communityMember.role })
      .from(communityMember)
      .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)))
  )[0]!.role;
const auditsFor = (id: string, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, action)))
    .orderBy(auditLog.id);

// People and communities shared by the tests below (one app boot per file).
let a: Member;
let b: Member;
let c: Member;
let d: Member;
let e: Member;
let lively: Awaited<ReturnType<typeof makeCommunity>>;
let quiet: Awaited<ReturnType<typeof makeCommunity>>;
let asleep: Awaited<ReturnType<typeof makeCommunity>>;
let shelved: Awaited<ReturnType<typeof makeCommunity>>;
let adminFr: Member;
let adminEn: Member;
let adminAsleep: Member;
let newcomer: Member;
let pending: Member;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  const member = async (name: string, locale = 'en') => (await createMember(t, { name, locale })).user;
  [a, b, c, d, e] = [
    await member('Ama Mensah'),
    await member('Bruno Costa'),
    await member('Chen Li'),
    await member('Dina Haddad'),
    await member('Eli Pending'),
  ];
  adminFr = await member('Fatou Diop', 'fr');
  adminEn = await member('George Hill');
  adminAsleep = await member('Hana Sato', 'es');
  newcomer = await member('Ines Newcomer');
  pending = await member('Jo Waiting');

  // Lively: posts spread over 100 days, one in the future of the clock (ignored).
  lively = await makeCommunity('lively', 200);
  for (const [m, days] of [
    [a, 150],
    [b, 120],
    [c, 100],
    [d, 10],
  ] as const)
    await join(lively.id, m, days);
  await join(lively.id, e, 5, 'member', 'pending');
  await thread(lively.id, a, 'T1 old question', 100);
  const t2 = await thread(lively.id, a, 'T2 answered', 50);
  const t3 = await thread(lively.id, b, 'T3 answered lately', 20);
  const t4 = await thread(lively.id, c, 'T4 waiting', 5);
  await thread(lively.id, a, 'T5 too new to be unanswered', 1);
  await thread(lively.id, a, 'T6 announcement', 10, 'announcement');
  await reply(t2.id, b, 45);
  await reply(t3.id, c, 3);
  await reply(t4.id, a, 4, true);
  await db()
    .insert(communityPost)
    .values({ threadId: t4.id, authorId: d.id, body: 'From the future', createdAt: later(1) });

  // Quiet: last thread 20 days ago, unanswered; two admins (French and English), a silent newcomer.
  quiet = await makeCommunity('quiet', 100);
  await join(quiet.id, adminFr, 100, 'admin');
  await join(quiet.id, adminEn, 90, 'admin');
  await join(quiet.id, newcomer, 30);
  await join(quiet.id, pending, 2, 'member', 'pending');
  await thread(quiet.id, adminFr, 'Cash transfers in the Sahel', 20);
  await thread(quiet.id, adminEn, 'Social registries', 40);
  await reply((await thread(quiet.id, adminFr, 'Answered one', 30)).id, adminEn, 29);

  // Asleep: nothing for 90 days.
  asleep = await makeCommunity('asleep', 300);
  await join(asleep.id, adminAsleep, 300, 'admin');
  await thread(asleep.id, adminAsleep, 'Last words', 90);

  // Shelved: archived and silent; the job leaves it alone.
  shelved = await makeCommunity('shelved', 400, { status: 'archived' });
  await join(shelved.id, a, 400, 'admin');

  const staff = await createMember(t, { role: 'editor', name: 'Eddie Editor' });
  editor = await signIn(t, staff.user.email, staff.password);
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

beforeEach(() => {
  smtp.received.length = 0;
});

describe('metrics', () => {
  it('counts threads, replies and active members over 7/30/90 days as of the clock', async () => {
    const [m] = await communityMetrics(db(), NOW, { ids: [lively.id] });
    expect(m!.threads).toEqual({ 7: 2, 30: 4, 90: 5 });
    // Hidden replies and replies after the clock do not count.
    expect(m!.replies).toEqual({ 7: 1, 30: 1, 90: 2 });
    expect(m!.activeMembers).toEqual({ 7: 2, 30: 3, 90: 3 });
    expect(m!.members).toBe(4);
    expect(m!.silentMembers).toBe(1);
    // T4 (hidden reply only) and T1; not the announcement, not T5 (one day old).
    expect(m!.unanswered).toBe(2);
    expect(m!.unansweredTitles).toEqual(['T4 waiting', 'T1 old question']);
    expect(m!.lastPostAt!.getTime()).toBe(ago(1).getTime());
    expect(m!.lastActivityAt.getTime()).toBe(ago(1).getTime());
    expect(m!.trend).toEqual({ last30: 5, previous30: 2, direction: 'up' });
  });

  it('sees only what existed at an earlier clock', async () => {
    const then = ago(30);
    const [m] = await communityMetrics(db(), then, { ids: [lively.id] });
    expect(m!.threads).toEqual({ 7: 0, 30: 1, 90: 2 });
    expect(m!.replies).toEqual({ 7: 0, 30: 1, 90: 1 });
    expect(m!.members).toBe(3);
    expect(m!.lastPostAt!.getTime()).toBe(ago(45).getTime());
    // T2 was answered; T1 was not.
    expect(m!.unansweredTitles).toEqual(['T1 old question']);
    // Before it was created, a community does not exist.
    expect(await communityMetrics(db(), ago(250), { ids: [lively.id] })).toEqual([]);
  });
});

describe('the daily check', () => {
  it('stores states, audits changes and nudges a slowing community’s admins once per period', async () => {
    const first = await checkCommunityHealth(t.services, NOW);
    expect(first.nudged).toBeGreaterThanOrEqual(2);
    expect((await healthOf(lively.id)).health).toBe('healthy');
    expect((await healthOf(quiet.id)).health).toBe('slowing');
    expect((await healthOf(quiet.id)).nudgedAt?.getTime()).toBe(NOW.getTime());
    expect((await healthOf(quiet.id)).healthCheckedAt?.getTime()).toBe(NOW.getTime());
    expect((await healthOf(asleep.id)).health).toBe('dormant');
    // Archived: left alone.
    expect((await healthOf(shelved.id)).health).toBe('healthy');
    expect((await healthOf(shelved.id)).healthCheckedAt).toBeNull();

    const changes = await auditsFor(asleep.id, 'community.health');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before).toEqual({ health: 'healthy' });
    expect(changes[0]!.after).toMatchObject({ health: 'dormant' });
    expect(await auditsFor(lively.id, 'community.health')).toHaveLength(0);

    // One e-mail per admin, in their language, with the concrete suggestions.
    const fr = await smtp.waitFor((m) => m.to.includes(adminFr.email));
    expect(fr.subject).toBe('L’activité ralentit dans Community quiet');
    expect(fr.text).toContain(
      '2 discussions attendent une réponse : “Cash transfers in the Sahel”, “Social registries”',
    );
    expect(fr.text).toContain('Un membre s’est inscrit mais n’a jamais publié');
    expect(fr.text).toContain('Lancez une discussion');
    expect(fr.text).toContain('/fr/communities/quiet');
    const en = await smtp.waitFor((m) => m.to.includes(adminEn.email));
    expect(en.subject).toBe('Community quiet is slowing down');
    expect(en.text).toContain('2 discussions are waiting for a reply');
    expect(en.text).toContain('One member joined but has never posted');
    const es = await smtp.waitFor((m) => m.to.includes(adminAsleep.email));
    expect(es.text).toContain('Nadie ha abierto un hilo ni respondido en 90 días');
    expect(smtp.received.filter((m) => m.to.includes(adminFr.email))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(adminEn.email))).toHaveLength(1);
    // The nudge is also in the notification centre.
    const [onSite] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from notification
          where kind = 'community_nudge' and community_id = ${quiet.id}::uuid`,
    );
    expect(onSite!.n).toBe(2);

    // Again the next day, and again a day before the period ends: nothing more.
    smtp.received.length = 0;
    const second = await checkCommunityHealth(t.services, later(1));
    expect(second).toMatchObject({ changed: 0, nudged: 0 });
    await checkCommunityHealth(t.services, later(13));
    expect(smtp.received).toHaveLength(0);
    expect(await auditsFor(asleep.id, 'community.health')).toHaveLength(1);

    // Once the period is over: one more nudge for the still slowing community; the dormant
    // one was told when it fell asleep and is not told again.
    const third = await checkCommunityHealth(t.services, later(14));
    expect(third.nudged).toBe(1);
    await smtp.waitFor((m) => m.to.includes(adminEn.email));
    await smtp.waitFor((m) => m.to.includes(adminFr.email));
    expect(smtp.received.filter((m) => m.to.includes(adminAsleep.email))).toHaveLength(0);
    expect(smtp.received).toHaveLength(2);
    expect((await healthOf(quiet.id)).nudgedAt?.getTime()).toBe(later(14).getTime());

    // A reply wakes the quiet community up: healthy again, and the change is audited.
    const [latest] = await db()
      .select()
      .from(communityThread)
      .where(eq(communityThread.title, 'Cash transfers in the Sahel'));
    for (const m of [adminEn, newcomer, adminFr])
      await db()
        .insert(communityPost)
        .values({ threadId: latest!.id, authorId: m.id, body: 'Back', createdAt: later(14.5) });
    await checkCommunityHealth(t.services, later(15));
    expect((await healthOf(quiet.id)).health).toBe('healthy');
    expect((await auditsFor(quiet.id, 'community.health')).map((r) => r.after?.health)).toEqual([
      'slowing',
      'healthy',
    ]);
  });
});

describe('admin', () => {
  it('is for the platform team only', async () => {
    const { user, password } = await createMember(t);
    const member = await signIn(t, user.email, password);
    expect((await member.get('/en/admin/communities')).statusCode).toBe(403);
    expect((await member.get(`/en/admin/communities/${quiet.id}`)).statusCode).toBe(403);
    const anonymous = t.client();
    expect((await anonymous.get('/en/admin/communities')).statusCode).toBe(303);
    for (const [path, form] of [
      ['archive', {}],
      ['unarchive', {}],
      ['handover', { members: user.email }],
    ] as const) {
      const url = `/en/admin/communities/${quiet.id}/${path}`;
      expect((await member.post(url, form)).statusCode, path).toBe(403);
      expect((await anonymous.post(url, form)).statusCode, path).toBe(303);
    }
    // Without the form's token: refused before anything else.
    expect(
      (await editor.post(`/en/admin/communities/${quiet.id}/archive`, {}, { noCsrf: true })).statusCode,
    ).toBe(403);
    expect((await healthOf(quiet.id)).status).toBe('active');
  });

  it('lists communities by health with their figures, in an accessible table', async () => {
    const res = await editor.get('/en/admin/communities');
    expect(res.statusCode).toBe(200);
    const order = [...res.body.matchAll(/data-community="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['asleep', 'quiet', 'lively', 'shelved']);
    expect(res.body).toContain('<caption>Communities ordered by health</caption>');
    expect(res.body).toMatch(/Community asleep<\/a><\/th><td><strong class="health health-dormant">Dormant/);
    expect(res.body).toContain('Archived');
    expect(res.body).toContain('aria-current="page"');
    const fr = await editor.get('/fr/admin/communities');
    expect(fr.body).toContain('Santé des communautés');
    expect(fr.body).toContain('Endormie');
  });

  it('archives and reopens a community, audited', async () => {
    const res = await editor.post(`/en/admin/communities/${asleep.id}/archive`, {});
    expect(res.statusCode).toBe(303);
    const row = await healthOf(asleep.id);
    expect(row.status).toBe('archived');
    expect(row.archivedAt).not.toBeNull();
    const page = await editor.get(String(res.headers.location));
    expect(page.body).toContain('Community asleep is archived');
    expect(await auditsFor(asleep.id, 'community.archive')).toHaveLength(1);
    // Bad input: unknown field, and a community that does not exist.
    expect((await editor.post(`/en/admin/communities/${asleep.id}/unarchive`, { x: '1' })).statusCode).toBe(
      400,
    );
    expect((await healthOf(asleep.id)).status).toBe('archived');
    expect(
      (await editor.post('/en/admin/communities/00000000-0000-4000-8000-000000000000/archive', {}))
        .statusCode,
    ).toBe(404);
    const back = await editor.post(`/en/admin/communities/${asleep.id}/unarchive`, {});
    expect(back.statusCode).toBe(303);
    expect((await healthOf(asleep.id)).status).toBe('active');
    expect((await healthOf(asleep.id)).archivedAt).toBeNull();
    expect(await auditsFor(asleep.id, 'community.unarchive')).toHaveLength(1);
  });

  it('refuses a hand-over to someone who is not an active member, naming the field, and changes nothing', async () => {
    const url = `/en/admin/communities/${quiet.id}/handover`;
    for (const [members, shown] of [
      ['nobody@example.org', 'nobody@example.org'],
      [pending.email, pending.email],
      [`${newcomer.handle}, ${b.handle}`, b.handle],
    ] as const) {
      const res = await editor.post(url, { members });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('href="#f-members"');
      expect(res.body).toContain(`No active member of this community matches “${shown}”`);
    }
    const fr = await editor.post(`/fr/admin/communities/${quiet.id}/handover`, { members: 'x@example.org' });
    expect(fr.body).toContain('Aucun membre actif de cette communauté ne correspond à « x@example.org »');
    expect((await editor.post(url, { members: newcomer.email, role: 'owner' })).statusCode).toBe(400);
    expect((await editor.post(url, { members: '' })).statusCode).toBe(400);
    expect(await roleOf(quiet.id, newcomer.id)).toBe('member');
    expect(await roleOf(quiet.id, pending.id)).toBe('member');
    expect(await auditsFor(quiet.id, 'community.handover')).toHaveLength(0);
  });

  it('keeps at least one admin', async () => {
    const res = await editor.post(`/en/admin/communities/${quiet.id}/handover`, {
      members: '',
      stepDown: [adminFr.id, adminEn.id],
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('href="#f-stepDown"');
    expect(res.body).toContain('must keep at least one admin');
    expect(await roleOf(quiet.id, adminFr.id)).toBe('admin');
    expect(await roleOf(quiet.id, adminEn.id)).toBe('admin');
    // Someone who is not an admin cannot "step down".
    const wrong = await editor.post(`/en/admin/communities/${quiet.id}/handover`, { stepDown: newcomer.id });
    expect(wrong.statusCode).toBe(400);
  });

  it('hands a community over to new admins chosen by handle or e-mail', async () => {
    const res = await editor.post(`/en/admin/communities/${quiet.id}/handover`, {
      members: `@${newcomer.handle.toUpperCase()}`,
      stepDown: [adminFr.id, adminEn.id],
    });
    expect(res.statusCode).toBe(303);
    expect(await roleOf(quiet.id, newcomer.id)).toBe('admin');
    expect(await roleOf(quiet.id, adminFr.id)).toBe('member');
    expect(await roleOf(quiet.id, adminEn.id)).toBe('member');
    const [entry] = await auditsFor(quiet.id, 'community.handover');
    expect(entry!.after).toEqual({ admins: [newcomer.handle] });
    const page = await editor.get(String(res.headers.location));
    expect(page.body).toContain('Community quiet has new admins.');
    expect(page.body).toContain(`Ines Newcomer (@${newcomer.handle})`);
    // The new admin is told, with the way to the guidelines and checklist; those stepping down are not.
    const mail = await smtp.waitFor((m) => m.to.includes(newcomer.email));
    expect(mail.subject).toBe('You are now an administrator of Community quiet');
    expect(mail.text).toContain(`/en/communities/${quiet.slug}/guidelines`);
    expect(smtp.received.filter((m) => m.to.includes(adminFr.email) || m.to.includes(adminEn.email))).toEqual(
      [],
    );
  });
});

describe('the job', () => {
  it('is registered as communities.health and checks with the real clock', async () => {
    const before = Date.now();
    await t.services.jobs.send('communities.health');
    const row = await healthOf(lively.id);
    expect(row.healthCheckedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.health).toBe('healthy');
  });
});
