import { and, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { mailMessage } from '../../core/mail/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { canonicalOf, jsonLdOf, metas } from '../../test/metadata.ts';
import { makePdf } from '../library/files/test-helpers.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { cancelRegistration, registerMember } from './registration/register.ts';
import { sendDueReminders } from './reminders/send-reminders.ts';
import { updateWebinar } from './schedule/save-webinar.ts';
import { webinarSchema } from './schemas.ts';
import { parseInput } from '../../core/http/validate.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { webinar, webinarRegistration, webinarReminder } from './tables.ts';
import { parseAttendance } from './stats/attendance.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let organiser: TestClient;
let editorRow: Awaited<ReturnType<typeof createMember>>['user'];
const organiserUser = () => editorRow as unknown as SessionUser;
const db = () => t.services.db;

const days = (n: number) => new Date(Date.now() + n * 86_400_000);
const form = (over: Record<string, string | string[]> = {}) => ({
  originalLocale: 'en',
  title_en: 'Shock-responsive cash transfers in the Sahel',
  description_en: 'How Niger and Mali scaled up transfers after the 2024 floods.',
  title_fr: 'Transferts monétaires réactifs aux chocs au Sahel',
  date: days(10).toISOString().slice(0, 10),
  time: '14:00',
  timeZone: 'Africa/Dakar',
  durationMinutes: '90',
  capacity: '',
  meetingUrl: 'https://meet.example.org/j/123456',
  moderator: 'Awa Ndiaye | Programme officer | IPC-IG',
  speakers: 'Moussa Diallo | Director of social protection | Ministry of Solidarity, Niger\nAna Souza',
  spokenLanguages: ['en', 'fr'],
  interpretation: ['fr'],
  targetRegions: ['sub-saharan-africa'],
  publish: 'on',
  ...over,
});

async function schedule(over: Record<string, string | string[]> = {}) {
  const res = await organiser.post('/en/admin/webinars/new', form(over));
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  const id = /\/admin\/webinars\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
  const [row] = await queryRows<{ slug: string }>(db(), sql`select slug from content_item where id = ${id}`);
  return { id, slug: row!.slug };
}

const icsOf = (m: { attachments: { contentType: string; content: string }[] }) => {
  const part = m.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error('no calendar part');
  const cal = new ICAL.Component(ICAL.parse(part.content));
  return { cal, event: new ICAL.Event(cal.getFirstSubcomponent('vevent')!) };
};

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url, REMINDER_BATCH_SIZE: '7' } });
  await loadReferenceData(db());
  const editor = await createMember(t, { role: 'editor', name: 'Olu Organiser' });
  editorRow = editor.user;
  organiser = await signIn(t, editor.user.email, editor.password);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe('scheduling', () => {
  it('stores the start in UTC with the organiser’s zone, the people and the languages, and lists it', async () => {
    const { id, slug } = await schedule();
    const [w] = await db().select().from(webinar).where(eq(webinar.itemId, id));
    expect(w!.timeZone).toBe('Africa/Dakar');
    expect(w!.startsAt.toISOString().slice(11, 16)).toBe('14:00');
    expect(w!.spokenLanguages).toEqual(['en', 'fr']);
    const page = await clientAt(t).get(`/en/webinars/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      'Moussa Diallo, Director of social protection, Ministry of Solidarity, Niger',
    );
    expect(page.body).toContain('"@type":"Event"');
    // The join link is for registrants only.
    expect(page.body).not.toContain('meet.example.org');
    // The public calendar file: an entry to add (PUBLISH), at the right instant, without the link.
    const file = await clientAt(t).get(`/en/webinars/${slug}.ics`);
    expect(file.headers['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(file.body));
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(new ICAL.Event(cal.getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString()).toBe(
      w!.startsAt.toISOString(),
    );
    expect(file.body).not.toContain('meet.example.org');
    const home = await clientAt(t).get('/en/');
    expect(home.body).toContain('Upcoming webinars');
    expect(home.body).toContain(`/en/webinars/${slug}`);
    // The team can feature it on the home page.
    const featured = await organiser.post('/en/admin/featured?locale=en', {
      type: 'webinar',
      slug,
      expiresOn: '',
    });
    expect(featured.statusCode).toBe(303);
    const withFeatured = await clientAt(t).get('/en/');
    expect(withFeatured.body).toMatch(/id="featured"[\s\S]*?Shock-responsive cash transfers in the Sahel/);
    const list = await clientAt(t).get('/fr/webinars');
    expect(list.body).toContain('Transferts monétaires réactifs aux chocs au Sahel');
  });

  it('describes itself for machines as an online Event, never with the registrants’ join link', async () => {
    const { id, slug } = await schedule({ title_en: 'Social registries for shock response' });
    await db().execute(sql`update content_item set licence = 'cc-by-nc-4.0' where id = ${id}`);
    const [w] = await db().select().from(webinar).where(eq(webinar.itemId, id));
    const url = `http://localhost:3000/en/webinars/${slug}`;
    const html = (await clientAt(t).get(`/en/webinars/${slug}`)).body;
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      url,
      name: 'Social registries for shock response',
      description: 'How Niger and Mali scaled up transfers after the 2024 floods.',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      // Dakar keeps UTC all year: the offset is +00:00; 90 minutes later it ends.
      startDate: `${w!.startsAt.toISOString().slice(0, 19)}+00:00`,
      endDate: `${new Date(w!.startsAt.getTime() + 90 * 60_000).toISOString().slice(0, 19)}+00:00`,
      location: { '@type': 'VirtualLocation', url },
      inLanguage: ['en', 'fr'],
      isAccessibleForFree: true,
      organizer: [{ '@type': 'Organization', name: 'SP Gateway', url: 'http://localhost:3000/' }],
      performer: [
        { '@type': 'Person', name: 'Moussa Diallo', jobTitle: 'Director of social protection' },
        { '@type': 'Person', name: 'Ana Souza' },
      ],
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': url,
        license: 'https://creativecommons.org/licenses/by-nc/4.0/',
      },
    });
    expect(metas(html, 'og:type')).toEqual(['website']);
    expect(metas(html, 'og:title')).toEqual(['Social registries for shock response']);
    expect(metas(html, 'og:url')).toEqual([url]);
    // Written in English and French: the French card is the alternate.
    expect(metas(html, 'og:locale:alternate')).toEqual(['fr_FR']);
    expect(canonicalOf(html)).toBe(url);

    // A registrant sees the join link in the page, never in the metadata.
    const m = await createMember(t);
    const reader = await signIn(t, m.user.email, m.password);
    expect((await reader.post(`/en/webinars/${slug}/register`, {})).statusCode).toBe(303);
    const mine = (await reader.get(`/en/webinars/${slug}`)).body;
    expect(mine).toContain('meet.example.org');
    expect(JSON.stringify(jsonLdOf(mine))).not.toContain('meet.example.org');
    for (const name of ['og:url', 'og:description', 'og:title'])
      expect(metas(mine, name).join()).not.toContain('meet.example.org');

    await db().update(webinar).set({ cancelledAt: new Date() }).where(eq(webinar.itemId, id));
    const cancelled = jsonLdOf((await clientAt(t).get(`/en/webinars/${slug}`)).body);
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');

    // One not published has no public page to describe.
    const draft = await schedule({ title_en: 'Not announced yet', publish: '' });
    expect((await clientAt(t).get(`/en/webinars/${draft.slug}`)).statusCode).toBe(404);
  });

  it('refuses bad input with a translated error naming the field, and stores nothing', async () => {
    const [before] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from webinar`);
    for (const [over, field, text] of [
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'Choose a known time zone'],
      [{ date: '2026-02-30' }, 'date', 'Enter a real date'],
      [
        { date: '2027-03-14', time: '02:30', timeZone: 'America/New_York' },
        'time',
        'does not exist on that day',
      ],
      [{ meetingUrl: 'javascript:alert(1)' }, 'meetingUrl', 'web address'],
      [{ title_en: '' }, 'title_en', 'original language'],
      [{ durationMinutes: '2' }, 'durationMinutes', 'at least 15'],
    ] as const) {
      const res = await organiser.post('/en/admin/webinars/new', form(over as Record<string, string>));
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`href="#f-${field}"`);
      expect(res.body).toContain(text);
    }
    const fr = await organiser.post('/fr/admin/webinars/new', form({ timeZone: 'Nowhere/Atlantis' }));
    expect(fr.body).toContain('Choisissez un fuseau horaire');
    const [after] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from webinar`);
    expect(after!.n).toBe(before!.n);
  });

  it('a planner shows the slot in the regions’ capitals', async () => {
    const res = await organiser.get(
      '/en/admin/webinars/planner?date=2026-06-10&time=13:00&timeZone=UTC&durationMinutes=90&regions=east-asia-pacific',
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/Philippines[\s\S]*?21:00–22:30[\s\S]*?outside working hours/);
    const bad = await organiser.get('/en/admin/webinars/planner?date=2026-02-30&time=13:00&timeZone=UTC');
    expect(bad.statusCode).toBe(400);
  });
});

describe('registration', () => {
  it('registers a member in one click, once, with an invitation whose instants are right', async () => {
    const { slug } = await schedule({ capacity: '50' });
    const m = await createMember(t, { name: 'Aminata Sow' });
    const client = await signIn(t, m.user.email, m.password);
    const first = await client.post(`/en/webinars/${slug}/register`, {});
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toContain('done=registered');
    const again = await client.post(`/en/webinars/${slug}/register`, {});
    expect(again.statusCode).toBe(303);
    const rows = await db()
      .select()
      .from(webinarRegistration)
      .where(eq(webinarRegistration.email, m.user.email));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('registered');
    const mail = await smtp.waitFor((x) => x.to.includes(m.user.email));
    expect(smtp.received.filter((x) => x.to.includes(m.user.email))).toHaveLength(1);
    expect(mail.text).toContain('https://meet.example.org/j/123456');
    const { cal, event } = icsOf(mail);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.toJSDate().toISOString()).toBe(`${form().date}T14:00:00.000Z`);
    expect(event.sequence).toBe(0);
    const page = await client.get(`/en/webinars/${slug}`);
    expect(page.body).toContain('You are registered');
    expect(page.body).toContain('https://meet.example.org/j/123456');
  });

  it('a visitor confirms by e-mail (double opt-in); a malformed address is refused', async () => {
    const { slug } = await schedule();
    const visitor = clientAt(t);
    const bad = await visitor.post(`/fr/webinars/${slug}/register`, {
      name: 'Ana',
      email: 'ana@',
      timeZone: 'UTC',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-email"');
    const res = await visitor.post(`/fr/webinars/${slug}/register`, {
      name: 'Ana Lima',
      email: 'Ana.Lima@example.org',
      timeZone: 'America/Sao_Paulo',
      country: 'BR',
      sector: 'ngo',
    });
    expect(res.statusCode).toBe(303);
    const [pending] = await db()
      .select()
      .from(webinarRegistration)
      .where(eq(webinarRegistration.email, 'ana.lima@example.org'));
    expect(pending!.status).toBe('pending');
    const confirmMail = await smtp.waitFor((m) => m.to.includes('ana.lima@example.org'));
    expect(confirmMail.subject).toContain('Confirmez');
    expect(confirmMail.attachments).toHaveLength(0);
    const link = /https?:\/\/\S+\/registration\?t=[A-Za-z0-9_-]+/.exec(confirmMail.text)![0];
    const path = new URL(link).pathname + new URL(link).search;
    // Opening the link changes nothing (mail scanners follow links); the button does.
    const opened = await visitor.get(path);
    expect(opened.statusCode).toBe(200);
    expect(
      (await db().select().from(webinarRegistration).where(eq(webinarRegistration.id, pending!.id)))[0]!
        .status,
    ).toBe('pending');
    const token = new URL(link).searchParams.get('t')!;
    const confirmed = await visitor.post(`/fr/webinars/${slug}/registration/confirm`, { t: token });
    expect(confirmed.statusCode).toBe(303);
    const [done] = await db()
      .select()
      .from(webinarRegistration)
      .where(eq(webinarRegistration.id, pending!.id));
    expect(done!.status).toBe('registered');
    const invite = await smtp.waitFor(
      (m) => m.to.includes('ana.lima@example.org') && m.attachments.length > 0,
    );
    // In the registrant's zone (São Paulo, UTC−3): 14:00 in Dakar is 11:00 there.
    expect(invite.text).toContain('11:00');
    expect(invite.text).toContain('America/Sao_Paulo');
    // Registering the same address again is idempotent: no second row.
    await visitor.post(`/fr/webinars/${slug}/register`, {
      name: 'Ana Lima',
      email: 'ana.lima@example.org',
      timeZone: 'UTC',
    });
    const all = await db()
      .select()
      .from(webinarRegistration)
      .where(sql`lower(${webinarRegistration.email}) = 'ana.lima@example.org'`);
    expect(all).toHaveLength(1);
    expect(all[0]!.status).toBe('registered');
    // …and does not switch off the registrant's link (anyone can type an address).
    expect((await visitor.get(path)).statusCode).toBe(200);
    const already = await smtp.waitFor(
      (m) => m.to.includes('ana.lima@example.org') && m.subject.startsWith('Votre inscription'),
    );
    expect(already.text).not.toContain('registration?t=');
  });

  it('fills the capacity, then the waitlist; two cancellations at once promote exactly two', async () => {
    const { id } = await schedule({ capacity: '2' });
    const members: Awaited<ReturnType<typeof createMember>>['user'][] = [];
    for (let i = 0; i < 5; i++) members.push((await createMember(t)).user);
    const results = [];
    for (const m of members) results.push(await registerMember(t.services, id, m.id));
    expect(results.map((r) => r.registration.status)).toEqual([
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    await Promise.all([
      cancelRegistration(t.services, results[0]!.registration.id),
      cancelRegistration(t.services, results[1]!.registration.id),
    ]);
    const rows = await db().select().from(webinarRegistration).where(eq(webinarRegistration.webinarId, id));
    const by = (s: string) =>
      rows
        .filter((r) => r.status === s)
        .map((r) => r.email)
        .sort();
    expect(by('registered')).toEqual([members[2]!.email, members[3]!.email].sort());
    expect(by('waitlisted')).toEqual([members[4]!.email]);
    const promoted = await smtp.waitFor(
      (m) => m.to.includes(members[3]!.email) && m.subject.startsWith('A place is yours'),
    );
    expect(icsOf(promoted).cal.getFirstPropertyValue('method')).toBe('REQUEST');
    // Capacity below the current registrations is refused; nothing changes.
    const edit = await organiser.get(`/en/admin/webinars/${id}/edit`);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    const res = await organiser.post(`/en/admin/webinars/${id}/edit`, form({ capacity: '1', version }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('2 people are already registered');
    expect((await db().select().from(webinar).where(eq(webinar.itemId, id)))[0]!.capacity).toBe(2);
  });

  it('a new time sends the updated invitation (same UID, higher SEQUENCE); cancelling sends METHOD:CANCEL', async () => {
    const { id, slug } = await schedule({ capacity: '1' });
    const m = (await createMember(t)).user;
    const waiting = (await createMember(t)).user;
    await registerMember(t.services, id, m.id);
    await registerMember(t.services, id, waiting.id);
    const first = icsOf(await smtp.waitFor((x) => x.to.includes(m.email)));
    const edit = await organiser.get(`/en/admin/webinars/${id}/edit`);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    const res = await organiser.post(
      `/en/admin/webinars/${id}/edit`,
      form({ time: '16:30', version, capacity: '1' }),
    );
    expect(res.statusCode).toBe(303);
    const changed = icsOf(
      await smtp.waitFor((x) => x.to.includes(m.email) && x.subject.startsWith('New time')),
    );
    expect(changed.event.uid).toBe(first.event.uid);
    expect(changed.event.sequence).toBe(1);
    expect(changed.event.startDate.toJSDate().toISOString()).toBe(`${form().date}T16:30:00.000Z`);
    // The waitlist hears of the change, without a calendar entry or the join link.
    const toWaiting = await smtp.waitFor(
      (x) => x.to.includes(waiting.email) && x.subject.startsWith('New time'),
    );
    expect(toWaiting.attachments).toHaveLength(0);
    expect(toWaiting.text).not.toContain('meet.example.org');
    const cancel = await organiser.post(`/en/admin/webinars/${id}/cancel`, {});
    expect(cancel.statusCode).toBe(303);
    const cancelled = icsOf(
      await smtp.waitFor((x) => x.to.includes(m.email) && x.subject.startsWith('Cancelled')),
    );
    expect(cancelled.cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(cancelled.event.sequence).toBe(2);
    // Registration for a cancelled webinar is refused with an explanation.
    const late = await clientAt(t).post(`/en/webinars/${slug}/register`, {
      name: 'X',
      email: 'x@example.org',
      timeZone: 'UTC',
    });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('This webinar has been cancelled.');
  });

  it('writes the time for the week of the webinar when the registrant’s clocks change before it', async () => {
    // Lisbon is on UTC+0 today (November) and moves to UTC+1 on 28 March 2027: a webinar at
    // 10:00 in Dakar (UTC+0 all year) on 29 March 2027 is at 11:00 for a registrant in Lisbon.
    const { slug } = await schedule({ date: '2027-03-29', time: '10:00', timeZone: 'Africa/Dakar' });
    const visitor = clientAt(t);
    await visitor.post(`/pt/webinars/${slug}/register`, {
      name: 'Rui Matos',
      email: 'rui.matos@example.org',
      timeZone: 'Europe/Lisbon',
    });
    const confirm = await smtp.waitFor((m) => m.to.includes('rui.matos@example.org'));
    const token = /registration\?t=([A-Za-z0-9_-]+)/.exec(confirm.text)![1]!;
    await visitor.post(`/pt/webinars/${slug}/registration/confirm`, { t: token });
    const invite = await smtp.waitFor(
      (m) => m.to.includes('rui.matos@example.org') && m.attachments.length > 0,
    );
    expect(invite.text).toMatch(/29 de mar. de 2027, 11:00 \(Europe\/Lisbon\)/);
    expect(invite.text).toMatch(/29 de mar. de 2027, 10:00 \(Africa\/Dakar\)/);
    expect(icsOf(invite).event.startDate.toJSDate().toISOString()).toBe('2027-03-29T10:00:00.000Z');
  });

  it('registration after the start is refused', async () => {
    const { id } = await schedule();
    await db()
      .update(webinar)
      .set({ startsAt: new Date(Date.now() - 60_000) })
      .where(eq(webinar.itemId, id));
    const m = (await createMember(t)).user;
    await expect(registerMember(t.services, id, m.id)).rejects.toMatchObject({ code: 'webinar_started' });
  });
});

describe('reminders', () => {
  it('go out once each, in batches, even after the worker crashed mid-way', async () => {
    const { id } = await schedule();
    const start = new Date(Date.now() + 23 * 3_600_000);
    await db().update(webinar).set({ startsAt: start }).where(eq(webinar.itemId, id));
    const long = new Date(Date.now() - 3 * 86_400_000);
    await db()
      .insert(webinarRegistration)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          webinarId: id,
          email: `reminded-${i}@example.org`,
          name: `Reminded ${i}`,
          locale: i % 2 ? 'es' : 'en',
          timeZone: 'Asia/Jakarta',
          status: 'registered' as const,
          tokenHash: `hash-${id}-${i}`,
          createdAt: long,
          confirmedAt: long,
        })),
      );
    let batches = 0;
    await expect(
      sendDueReminders(t.services, {
        afterBatch: () => {
          if (++batches === 2) throw new Error('worker crashed');
        },
      }),
    ).rejects.toThrow('worker crashed');
    const sent = await sendDueReminders(t.services);
    expect(sent).toBe(30 - 14);
    expect(await sendDueReminders(t.services)).toBe(0);
    const reminders = await db().select().from(webinarReminder);
    expect(reminders.filter((r) => r.kind === '24h')).toHaveLength(30);
    const mails = await db().select().from(mailMessage).where(eq(mailMessage.kind, 'webinar.reminder_24h'));
    expect(new Set(mails.map((m) => m.toAddress)).size).toBe(30);
    expect(mails).toHaveLength(30);
    // Bulk: behind any e-mail a person is waiting for.
    expect(mails.every((m) => m.priority === 1)).toBe(true);
    const es = mails.find((m) => m.toAddress === 'reminded-1@example.org')!;
    expect(es.subject).toMatch(/^Mañana/);
    expect(es.text).toContain('Asia/Jakarta');
    expect(es.text).toContain('https://meet.example.org/j/123456');
    // A new time: the reminders written for the old one go again for the new one.
    // Two hours later: the 24-hour reminder is ahead again.
    const later = new Date(Math.ceil((start.getTime() + 2 * 3_600_000) / 60_000) * 60_000);
    await updateWebinar(
      t.services,
      organiserUser(),
      id,
      parseInput(
        webinarSchema,
        form({
          date: later.toISOString().slice(0, 10),
          time: later.toISOString().slice(11, 16),
          timeZone: 'UTC',
        }),
      ),
    );
    expect(await db().select().from(webinarReminder)).toHaveLength(0);
    expect(await sendDueReminders(t.services)).toBe(0);
    const dueAgain = new Date(later.getTime() - 24 * 3_600_000 + 60_000);
    expect(await sendDueReminders(t.services, { now: dueAgain })).toBe(30);
    await smtp.waitFor(
      () =>
        smtp.received.filter((m) => m.subject.includes('Tomorrow') || m.subject.includes('Mañana')).length >=
        30,
    );
  });
});

describe('after the webinar', () => {
  it('imports attendance by e-mail, exports CSV safely, files slides and summary into the library', async () => {
    const { id, slug } = await schedule();
    const m = (await createMember(t, { name: '=HYPERLINK("http://evil")' })).user;
    await registerMember(t.services, id, m.id);
    const csv = `Meeting ID,Topic\n123,Test\n\nName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\nA,${m.email.toUpperCase()},x,y,40\nA,${m.email},x,y,25\nB,stranger@example.org,x,y,60\n`;
    expect(parseAttendance(csv).get(m.email)).toBe(65);
    const boundary = 'XyZ';
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${await organiser.csrfToken()}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="attendance.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
    const res = await organiser.request('POST', `/en/admin/webinars/${id}/attendance`, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    expect(res.headers.location).toContain('matched=1');
    const [reg] = await db()
      .select()
      .from(webinarRegistration)
      .where(and(eq(webinarRegistration.webinarId, id), eq(webinarRegistration.email, m.email)));
    expect(reg!.attendedMinutes).toBe(65);
    const exported = await organiser.get(`/en/admin/webinars/${id}/registrations.csv`);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body.split('\n')[0]).toBe(
      'name,email,status,country,sector,language,time_zone,registered_at,attended_minutes',
    );
    expect(exported.body).toContain(
      `"'=HYPERLINK(""http://evil"")",${m.email},registered,SN,government,en,UTC`,
    );
    const stats = await organiser.get(`/en/admin/webinars/${id}`);
    expect(stats.statusCode).toBe(200);
    expect(stats.body).toContain('Senegal');
    expect(stats.body).toContain('Sub-Saharan Africa');

    // Slides and summary, then one action files them into the library.
    const pdf = await makePdf([['Slide one: adaptive social protection'], ['Slide two: lessons']]);
    const upload = [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${await organiser.csrfToken()}\r\n`,
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slides.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ];
    const up = await organiser.request('POST', `/en/admin/webinars/${id}/files`, Buffer.concat(upload), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(up.statusCode).toBe(303);
    await db()
      .update(webinar)
      .set({ startsAt: days(-2) })
      .where(eq(webinar.itemId, id));
    await db().execute(
      sql`update content_translation set summary = 'Three lessons on scaling up after floods.' where item_id = ${id} and locale = 'en'`,
    );
    const filed = await organiser.post(`/en/admin/webinars/${id}/file-into-library`, {});
    expect(filed.statusCode, filed.body.replace(/[\s\S]*error-summary/, '').slice(0, 800)).toBe(303);
    const [w] = await db().select().from(webinar).where(eq(webinar.itemId, id));
    const [pub] = await queryRows<{ status: string; slug: string; files: number }>(
      db(),
      sql`select ci.status, ci.slug, (select count(*)::int from publication_file f where f.item_id = ci.id) as files
          from content_item ci where ci.id = ${w!.publicationId}`,
    );
    expect(pub).toMatchObject({ status: 'published', files: 1 });
    const again = await organiser.post(`/en/admin/webinars/${id}/file-into-library`, {});
    expect(again.statusCode).toBe(409);
    const archive = await clientAt(t).get(`/en/webinars/${slug}`);
    expect(archive.body).toContain('Recording and materials');
    expect(archive.body).toContain('Three lessons on scaling up after floods.');
    expect(archive.body).toContain(`/en/library/${pub!.slug}`);
    expect(archive.body).toContain('slides.pdf');
  });
});
