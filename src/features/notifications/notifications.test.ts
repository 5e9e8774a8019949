import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { zonedInstant, localParts } from '../../core/time/zones.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { sendDailyDigests } from './digest.ts';
import type { NotificationKind } from './kinds.ts';
import { notify } from './notify.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const db = () => t.services.db;

type Member = Awaited<ReturnType<typeof createMember>> & { client: TestClient };

async function member(opts: { locale?: string; timeZone?: string; name?: string } = {}): Promise<Member> {
  const m = await createMember(t, { locale: opts.locale, name: opts.name });
  if (opts.timeZone)
    await db().execute(sql`update "user" set time_zone = ${opts.timeZone} where id = ${m.user.id}`);
  return { ...m, client: await signIn(t, m.user.email, m.password) };
}

async function tell(
  userId: string,
  kind: NotificationKind,
  title: string,
  extra: { communityId?: string; path?: string } = {},
) {
  await db().transaction((tx) =>
    notify(tx, t.services, {
      userId,
      kind,
      communityId: extra.communityId ?? null,
      payload: {
        title,
        path: extra.path ?? '/communities/cash-transfers/threads/1',
        actorName: 'Awa Ndiaye',
        communityName: 'Cash transfers practitioners',
      },
    }),
  );
  await t.services.mailer.kick();
}

const ids = async (userId: string) =>
  queryRows<{ id: string; read_at: Date | null; emailed_at: Date | null }>(
    db(),
    sql`select id, read_at, emailed_at from notification where user_id = ${userId} order by created_at`,
  );

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe('notification centre', () => {
  it('lists only the member’s own notifications, newest first, with the unread count in the header', async () => {
    const ana = await member();
    const ben = await member();
    await tell(ana.user.id, 'reply', 'Targeting in Kenya');
    await tell(ana.user.id, 'mention', 'Universal child grants');
    await tell(ben.user.id, 'reply', 'Ben’s own thread');
    const page = await ana.client.get('/en/notifications');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Targeting in Kenya');
    expect(page.body).toContain('Universal child grants');
    expect(page.body).not.toContain('Ben’s own thread');
    expect(page.body.indexOf('Universal child grants')).toBeLessThan(page.body.indexOf('Targeting in Kenya'));
    // Unread ones say so in words, not by colour alone.
    expect(page.body.match(/<strong>New:<\/strong>/g)).toHaveLength(2);
    // The header, on any page.
    const about = await ana.client.get('/en/about');
    expect(about.body).toMatch(
      /href="\/en\/notifications">Notifications<span aria-hidden="true"> \(2\)<\/span><span class="visually-hidden">\(2 unread\)<\/span>/,
    );
    const fr = await ben.client.get('/fr/about');
    expect(fr.body).toContain('(1 non lue)');
    // Visitors see no link (and cost no query).
    const visitor = await t.client().get('/en/about');
    expect(visitor.body).not.toContain('/en/notifications');
    // Signed out, the centre asks for sign-in.
    const anon = await t.client().get('/en/notifications');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toContain('/en/sign-in');
  });

  it('opening one marks it read and goes to its page; another member cannot open it', async () => {
    const ana = await member();
    const ben = await member();
    await tell(ana.user.id, 'reply', 'Graduation programmes', { path: '/communities/x/threads/7#post-3' });
    const [n] = await ids(ana.user.id);
    const stranger = await ben.client.post(`/en/notifications/${n!.id}/open`, {});
    expect(stranger.statusCode).toBe(404);
    // No state change on GET.
    const get = await ana.client.get(`/en/notifications/${n!.id}/open`);
    expect(get.statusCode).toBe(404);
    expect((await ids(ana.user.id))[0]!.read_at).toBeNull();
    const open = await ana.client.post(`/pt/notifications/${n!.id}/open`, {});
    expect(open.statusCode).toBe(303);
    expect(open.headers.location).toBe('/pt/communities/x/threads/7#post-3');
    expect((await ids(ana.user.id))[0]!.read_at).not.toBeNull();
    const page = await ana.client.get('/en/notifications');
    expect(page.body).toContain('href="/en/communities/x/threads/7#post-3"');
    expect(page.body).not.toContain('<strong>New:</strong>');
    expect(page.body).toContain('You have no unread notifications.');
  });

  it('never redirects off the site, whatever a payload says', async () => {
    const ana = await member();
    await tell(ana.user.id, 'reply', 'Odd path', { path: '//evil.example/x' });
    const [n] = await ids(ana.user.id);
    const open = await ana.client.post(`/en/notifications/${n!.id}/open`, {});
    expect(open.headers.location).toBe('/en/notifications');
  });

  it('marks all as read', async () => {
    const ana = await member();
    await tell(ana.user.id, 'reply', 'One');
    await tell(ana.user.id, 'mention', 'Two');
    const res = await ana.client.post('/en/notifications/read-all', {});
    expect(res.statusCode).toBe(303);
    expect((await ids(ana.user.id)).every((n) => n.read_at)).toBe(true);
    const page = await ana.client.get(String(res.headers.location));
    expect(page.body).toContain('All your notifications are marked as read.');
    expect(page.body).not.toMatch(/aria-hidden="true"> \(\d+\)/);
    // Without the CSRF token, nothing happens.
    await tell(ana.user.id, 'reply', 'Three');
    const forged = await ana.client.post('/en/notifications/read-all', {}, { noCsrf: true });
    expect(forged.statusCode).toBe(403);
    expect((await ids(ana.user.id)).filter((n) => !n.read_at)).toHaveLength(1);
  });

  it('hides notifications from a private community the member left, and counts only what shows', async () => {
    const ana = await member();
    const [priv] = await queryRows<{ id: string }>(
      db(),
      sql`insert into community (slug, name, description, locale, visibility)
        values (${`private-${ana.user.id.slice(0, 8)}`}, 'Inner circle', 'Private', 'en', 'private') returning id`,
    );
    const [pub] = await queryRows<{ id: string }>(
      db(),
      sql`insert into community (slug, name, description, locale, visibility)
        values (${`public-${ana.user.id.slice(0, 8)}`}, 'Open forum', 'Public', 'en', 'public') returning id`,
    );
    await db().execute(
      sql`insert into community_member (community_id, user_id, status) values (${priv!.id}, ${ana.user.id}, 'active')`,
    );
    await tell(ana.user.id, 'new_thread', 'Secret budget talk', { communityId: priv!.id });
    await tell(ana.user.id, 'new_thread', 'Open question', { communityId: pub!.id });
    let page = await ana.client.get('/en/notifications');
    expect(page.body).toContain('Secret budget talk');
    expect(page.body).toContain('(2)</span>');
    await db().execute(
      sql`delete from community_member where community_id = ${priv!.id} and user_id = ${ana.user.id}`,
    );
    page = await ana.client.get('/en/notifications');
    expect(page.body).not.toContain('Secret budget talk');
    expect(page.body).toContain('Open question');
    expect(page.body).toContain('(1)</span>');
    const [hidden] = await queryRows<{ id: string }>(
      db(),
      sql`select id from notification where user_id = ${ana.user.id} and community_id = ${priv!.id}`,
    );
    expect((await ana.client.post(`/en/notifications/${hidden!.id}/open`, {})).statusCode).toBe(404);
  });
});

describe('preferences', () => {
  it('shows every kind with its default, saves a choice, and links from the account page', async () => {
    const ana = await member();
    const account = await ana.client.get('/en/account');
    expect(account.body).toContain('href="/en/account/notifications"');
    const page = await ana.client.get('/en/account/notifications');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/name="new_thread" value="daily" checked/);
    expect(page.body).toMatch(/name="reply" value="immediately" checked/);
    const all = {
      reply: 'daily',
      mention: 'immediately',
      new_thread: 'off',
      join_request: 'immediately',
      decision: 'immediately',
      community_nudge: 'off',
      admin_role: 'immediately',
      affiliation_request: 'immediately',
    };
    const saved = await ana.client.post('/en/account/notifications', all);
    expect(saved.statusCode).toBe(303);
    const again = await ana.client.get(String(saved.headers.location));
    expect(again.body).toContain('Your notification settings are saved.');
    expect(again.body).toMatch(/name="reply" value="daily" checked/);
    expect(again.body).toMatch(/name="new_thread" value="off" checked/);
  });

  it('refuses bad input with a translated error naming the field, and saves nothing', async () => {
    const ana = await member();
    const good = {
      reply: 'off',
      mention: 'off',
      new_thread: 'off',
      join_request: 'off',
      decision: 'off',
      community_nudge: 'off',
      admin_role: 'immediately',
      affiliation_request: 'immediately',
    };
    for (const [form, text] of [
      [
        { ...good, reply: 'hourly' },
        'Réponses dans les discussions que j’ai lancées ou que je suis : Choisissez',
      ],
      [{ ...good, mention: undefined }, 'Mentions de mon nom : '],
      [{ ...good, extra: 'x' }, '« extra »'],
      [{ ...good, decision: ['off', 'daily'] }, 'Décisions sur mes demandes : '],
    ] as const) {
      const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined)) as Record<
        string,
        string | string[]
      >;
      const res = await ana.client.post('/fr/account/notifications', body);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="error-summary"');
      expect(res.body).toContain(text);
    }
    const [count] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from notification_preference where user_id = ${ana.user.id}`,
    );
    expect(count!.n).toBe(0);
  });
});

describe('e-mail', () => {
  it('sends at once per the preference, in the member’s language; daily and off wait or stay silent', async () => {
    const ana = await member({ locale: 'fr', name: 'Ana Lima' });
    await ana.client.post('/en/account/notifications', {
      reply: 'immediately',
      mention: 'off',
      new_thread: 'daily',
      join_request: 'immediately',
      decision: 'immediately',
      community_nudge: 'immediately',
      admin_role: 'immediately',
      affiliation_request: 'immediately',
    });
    await tell(ana.user.id, 'reply', 'Pensions sociales au Sénégal', { path: '/communities/p/threads/9' });
    const mail = await smtp.waitFor((m) => m.to.includes(ana.user.email));
    expect(mail.subject).toBe('Nouvelle réponse : Pensions sociales au Sénégal');
    expect(mail.text).toContain('http://localhost:3000/fr/communities/p/threads/9');
    await tell(ana.user.id, 'mention', 'Muted mention');
    await tell(ana.user.id, 'new_thread', 'Daily thread');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(1);
    const rows = await queryRows<{ kind: string; emailed: boolean }>(
      db(),
      sql`select kind, emailed_at is not null as emailed from notification where user_id = ${ana.user.id}`,
    );
    expect(rows.find((r) => r.kind === 'mention')!.emailed).toBe(true);
    expect(rows.find((r) => r.kind === 'new_thread')!.emailed).toBe(false);
  });
});

describe('daily summary', () => {
  /** Tomorrow at `clock` in `zone` (so every notification made now is older than that morning's 07:00). */
  const tomorrowAt = (zone: string, clock: string) => {
    const day = localParts(new Date(Date.now() + 86_400_000), zone).day;
    return zonedInstant(day, clock, zone);
  };

  it('goes out once at 07:xx local time (Jakarta), not at 03:00 (Nairobi), and not twice', async () => {
    await db().execute(sql`update notification set emailed_at = now() where emailed_at is null`);
    const jakarta = await member({ locale: 'pt', timeZone: 'Asia/Jakarta', name: 'Dewi' });
    const nairobi = await member({ timeZone: 'Africa/Nairobi', name: 'Wanjiru' });
    for (const m of [jakarta, nairobi]) {
      await tell(m.user.id, 'new_thread', 'Adaptive safety nets', { path: '/communities/a/threads/1' });
      await tell(m.user.id, 'new_thread', 'Digital payments', { path: '/communities/a/threads/2' });
    }
    // 07:00 in Jakarta is 03:00 in Nairobi.
    const at = tomorrowAt('Asia/Jakarta', '07:00');
    expect(localParts(at, 'Africa/Nairobi').clock).toBe('03:00');
    expect(await sendDailyDigests(t.services, at)).toBe(1);
    const mail = await smtp.waitFor((m) => m.to.includes(jakarta.user.email));
    expect(mail.subject).toBe('O seu resumo diário: 2 notificações');
    expect(mail.text).toContain('Adaptive safety nets');
    expect(mail.text).toContain('Cash transfers practitioners');
    expect(mail.text).toContain('http://localhost:3000/pt/communities/a/threads/2');
    // Run again (the hourly job twice, or after a crash): nothing more.
    expect(await sendDailyDigests(t.services, new Date(at.getTime() + 30 * 60_000))).toBe(0);
    expect(await sendDailyDigests(t.services, at)).toBe(0);
    // Two runs at once: one summary between them.
    await tell(jakarta.user.id, 'new_thread', 'Third thread');
    const next = new Date(at.getTime() + 86_400_000);
    const both = await Promise.all([sendDailyDigests(t.services, next), sendDailyDigests(t.services, next)]);
    expect(both[0] + both[1]).toBe(1);
    await t.services.mailer.kick();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.filter((m) => m.to.includes(jakarta.user.email))).toHaveLength(2);
    expect(smtp.received.filter((m) => m.to.includes(nairobi.user.email))).toHaveLength(0);
    // Nairobi's turn comes at 07:xx there.
    expect(await sendDailyDigests(t.services, tomorrowAt('Africa/Nairobi', '07:17'))).toBe(1);
    const hers = await smtp.waitFor((m) => m.to.includes(nairobi.user.email));
    expect(hers.subject).toBe('Your daily summary: 2 notifications');
  });

  it('after a crash mid-way, the member not reached is untouched and served once by the next run', async () => {
    await db().execute(sql`update notification set emailed_at = now() where emailed_at is null`);
    const first = await member({ timeZone: 'Asia/Jakarta' });
    const second = await member({ timeZone: 'Asia/Jakarta' });
    for (const m of [first, second]) await tell(m.user.id, 'new_thread', 'Crash test thread');
    const at = tomorrowAt('Asia/Jakarta', '07:17');
    const queue = t.services.mailer.queue;
    let calls = 0;
    // The second member's message fails to be written: the process "dies" there.
    t.services.mailer.queue = async (tx, mail) => {
      if (++calls === 2) throw new Error('crash');
      return queue(tx, mail);
    };
    await expect(sendDailyDigests(t.services, at)).rejects.toThrow('crash');
    t.services.mailer.queue = queue;
    const pending = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from notification where emailed_at is null`,
    );
    expect(pending[0]!.n).toBe(1);
    expect(await sendDailyDigests(t.services, new Date(at.getTime() + 3_600_000))).toBe(1);
    await t.services.mailer.kick();
    await new Promise((r) => setTimeout(r, 300));
    for (const m of [first, second])
      expect(
        smtp.received.filter((x) => x.to.includes(m.user.email)),
        m.user.email,
      ).toHaveLength(1);
  });

  it('sends nothing for a kind switched off, nor what the member can no longer see', async () => {
    await db().execute(sql`update notification set emailed_at = now() where emailed_at is null`);
    const ana = await member({ timeZone: 'UTC' });
    await ana.client.post('/en/account/notifications', {
      reply: 'off',
      mention: 'off',
      new_thread: 'off',
      join_request: 'off',
      decision: 'off',
      community_nudge: 'off',
      admin_role: 'immediately',
      affiliation_request: 'immediately',
    });
    await tell(ana.user.id, 'new_thread', 'Switched off');
    const [gone] = await queryRows<{ id: string }>(
      db(),
      sql`insert into community (slug, name, description, locale, visibility)
        values (${`left-${ana.user.id.slice(0, 8)}`}, 'Left', 'Private', 'en', 'hidden') returning id`,
    );
    // Daily at the time, then switched off: still nothing.
    await db().execute(
      sql`insert into notification (user_id, kind, community_id, payload)
        values (${ana.user.id}, 'new_thread', ${gone!.id}, ${JSON.stringify({ title: 'Hidden talk', path: '/x' })}::jsonb)`,
    );
    expect(await sendDailyDigests(t.services, tomorrowAt('UTC', '07:30'))).toBe(0);
    await t.services.mailer.kick();
    expect(smtp.received).toHaveLength(0);
    expect((await ids(ana.user.id)).every((n) => n.emailed_at)).toBe(true);
  });
});
