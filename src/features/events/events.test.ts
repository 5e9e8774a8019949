import { eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { canonicalOf, jsonLdOf, metas } from '../../test/metadata.ts';
import { contentItem } from '../content/tables.ts';
import { restoreRevision } from '../editorial/revisions/restore-revision.ts';
import { transition } from '../editorial/workflow/transition.ts';
import { organisation } from '../organisations/tables.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { upcomingEvents } from './index.tsx';
import { createEvent } from './save-event.ts';
import type { EventInput } from './schemas.ts';
import { eventDetails } from './tables.ts';
import { zonedInstant } from './time.ts';

let t: TestApp;
let member: TestClient;
let editor: TestClient;
let editorActor: { id: string; name: string; role: 'editor' };
let ilo: string;

const db = () => t.services.db;
/** Next year: every date below is in the future whenever the suite runs. */
const BASE = 'http://localhost:3000';
const Y = new Date().getUTCFullYear() + 1;
const countEvents = async () =>
  Number(
    (
      await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(contentItem)
        .where(eq(contentItem.type, 'event'))
    )[0]?.n ?? 0,
  );

function form(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Regional training on shock-responsive social protection',
    summary: 'Three days on adapting cash transfers to droughts and floods.',
    originalLocale: 'en',
    kind: 'training',
    mode: 'in_person',
    startDate: `${Y}-05-04`,
    startTime: '09:00',
    endDate: `${Y}-05-06`,
    endTime: '17:00',
    timeZone: 'Africa/Dakar',
    venue: 'King Fahd Palace',
    city: 'Dakar',
    country: 'SN',
    registrationUrl: 'https://example.org/register',
    ...overrides,
  };
}

/** An event an editor created and published (the workflow's own path). */
async function published(input: Partial<EventInput> & { title: string }) {
  const { title, ...rest } = input;
  const { id, slug } = await createEvent(db(), editorActor, {
    original: { locale: 'en', title, summary: `About ${title}.` },
    translations: [],
    kind: 'conference',
    mode: 'in_person',
    startsAt: new Date(Date.UTC(Y, 6, 1, 8)),
    endsAt: new Date(Date.UTC(Y, 6, 1, 16)),
    timeZone: 'UTC',
    allDay: false,
    organisationIds: [],
    termIds: [],
    ...rest,
  });
  await transition(t.services, editorActor, id, 'publish');
  return { id, slug };
}

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(db());
  [{ id: ilo }] = (await db()
    .insert(organisation)
    .values({ slug: 'ilo', name: 'International Labour Organization', acronym: 'ILO', type: 'international' })
    .returning({ id: organisation.id })) as [{ id: string }];
  const m = await createMember(t);
  member = await signIn(t, m.user.email, m.password);
  const e = await createMember(t, { role: 'editor' });
  editor = await signIn(t, e.user.email, e.password);
  editorActor = { id: e.user.id, name: e.user.name, role: 'editor' };
});
afterAll(async () => {
  await t?.close();
});

describe('bad input is refused with the field named, in the reader’s language, and nothing stored', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['an end before the start', { endDate: `${Y}-05-03` }, 'endDate', 'La fin doit venir après le début.'],
    [
      'an impossible date',
      { startDate: '2026-02-30' },
      'startDate',
      'Saisissez une date qui existe, par exemple 2026-03-30.',
    ],
    [
      'an unknown time zone',
      { timeZone: 'Mars/Olympus' },
      'timeZone',
      'Saisissez un fuseau horaire de la liste IANA, par exemple Africa/Dakar.',
    ],
    [
      'a malformed address',
      { registrationUrl: 'htp:/example' },
      'registrationUrl',
      'Saisissez une adresse web commençant par https:// ou http://.',
    ],
  ];
  for (const [what, overrides, field, message] of cases)
    it(`refuses ${what}`, async () => {
      const before = await countEvents();
      const res = await member.post('/fr/events/submit', form(overrides));
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`href="#f-${field}"`);
      expect(res.body).toContain(`id="e-${field}"`);
      expect(res.body).toContain(message);
      expect(await countEvents()).toBe(before);
    });

  it('names every problem at once, a missing title and an impossible date together', async () => {
    const res = await member.post(
      '/pt/events/submit',
      form({ title: '', startDate: '2026-02-30', endTime: '25:00' }),
    );
    expect(res.statusCode).toBe(400);
    for (const field of ['title', 'startDate', 'endTime']) expect(res.body).toContain(`href="#f-${field}"`);
    expect(res.body).toContain('Informe uma data que exista');
  });

  it('asks for the country of an event that takes place somewhere', async () => {
    const res = await member.post('/en/events/submit', form({ country: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Choose the country where the event takes place.');
  });

  it('refuses the same on the editors’ form', async () => {
    const before = await countEvents();
    const res = await editor.post('/es/admin/events/new', form({ timeZone: 'Mars/Olympus' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Introduzca una zona horaria de la lista IANA');
    expect(await countEvents()).toBe(before);
  });
});

describe('time zones', () => {
  it('maps 09:00 in Lisbon the day after clocks go forward to 08:00 UTC, and the day before to 09:00 UTC', async () => {
    // Europe/Lisbon moves from UTC+0 to UTC+1 on the last Sunday of March.
    const lastSunday = 31 - new Date(Date.UTC(Y, 2, 31)).getUTCDay();
    const day = (d: number) => `${Y}-03-${String(d).padStart(2, '0')}`;
    const res = await member.post(
      '/en/events/submit',
      form({
        title: 'Lisbon seminar after the clock change',
        startDate: day(lastSunday + 1),
        endDate: day(lastSunday + 1),
        endTime: '12:00',
        timeZone: 'Europe/Lisbon',
        city: 'Lisbon',
        country: 'PT',
      }),
    );
    expect(res.statusCode).toBe(303);
    const id = /submissions\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    const [row] = await db().select().from(eventDetails).where(eq(eventDetails.itemId, id));
    expect(row!.startsAt.toISOString()).toBe(`${day(lastSunday + 1)}T08:00:00.000Z`);
    expect(row!.endsAt.toISOString()).toBe(`${day(lastSunday + 1)}T11:00:00.000Z`);
    expect(row!.timeZone).toBe('Europe/Lisbon');
    expect(zonedInstant(day(lastSunday - 1), '09:00', 'Europe/Lisbon').toISOString()).toBe(
      `${day(lastSunday - 1)}T09:00:00.000Z`,
    );
  });

  it('stores an all-day event from local midnight of its first day to the midnight after its last', async () => {
    const res = await editor.post(
      '/en/admin/events/new',
      form({
        title: 'Jakarta all-day forum',
        allDay: '1',
        startTime: '',
        endTime: '',
        startDate: `${Y}-06-10`,
        endDate: `${Y}-06-12`,
        timeZone: 'Asia/Jakarta',
        city: 'Jakarta',
        country: 'ID',
      }),
    );
    expect(res.statusCode).toBe(303);
    const id = /events\/([0-9a-f-]{36})\/edit/.exec(String(res.headers.location))![1]!;
    const [row] = await db().select().from(eventDetails).where(eq(eventDetails.itemId, id));
    // Jakarta is UTC+7 all year.
    expect(row!.startsAt.toISOString()).toBe(`${Y}-06-09T17:00:00.000Z`);
    expect(row!.endsAt.toISOString()).toBe(`${Y}-06-12T17:00:00.000Z`);
    expect(row!.allDay).toBe(true);
  });
});

describe('public pages, calendar files and feeds', () => {
  let dakar: { id: string; slug: string };
  let kolkata: { id: string; slug: string };
  let jakarta: { id: string; slug: string };
  let draftSlug: string;
  let pendingSlug: string;

  beforeAll(async () => {
    const regionTerm = await db().execute(
      sql`select id from term where vocabulary_id = 'topic' order by position limit 1`,
    );
    const topicId = Number((regionTerm as unknown as { rows: { id: number }[] }).rows[0]!.id);
    dakar = await published({
      title: 'Online training on social registries',
      kind: 'training',
      mode: 'online',
      startsAt: zonedInstant(`${Y}-09-15`, '10:00', 'Africa/Dakar'),
      endsAt: zonedInstant(`${Y}-09-15`, '12:30', 'Africa/Dakar'),
      timeZone: 'Africa/Dakar',
      onlineUrl: 'https://example.org/live',
      country: undefined,
      organisationIds: [ilo],
      termIds: [topicId],
    });
    // An online event has no place: its region comes from the countries it is about.
    await db().execute(sql`insert into content_country (item_id, country) values (${dakar.id}, 'SN')`);
    kolkata = await published({
      title: 'South Asia social pensions conference',
      kind: 'conference',
      mode: 'in_person',
      startsAt: zonedInstant(`${Y}-10-20`, '09:30', 'Asia/Kolkata'),
      endsAt: zonedInstant(`${Y}-10-21`, '17:00', 'Asia/Kolkata'),
      timeZone: 'Asia/Kolkata',
      city: 'Kolkata',
      country: 'IN',
      venue: 'Biswa Bangla Convention Centre',
    });
    jakarta = await published({
      title: 'ASEAN forum on adaptive social protection',
      kind: 'conference',
      mode: 'hybrid',
      allDay: true,
      startsAt: zonedInstant(`${Y}-11-03`, '00:00', 'Asia/Jakarta'),
      endsAt: zonedInstant(`${Y}-11-06`, '00:00', 'Asia/Jakarta'),
      timeZone: 'Asia/Jakarta',
      city: 'Jakarta',
      country: 'ID',
    });
    const draft = await createEvent(db(), editorActor, {
      original: { locale: 'en', title: 'Draft workshop never published' },
      translations: [],
      kind: 'workshop',
      mode: 'online',
      startsAt: new Date(Date.UTC(Y, 8, 16, 8)),
      endsAt: new Date(Date.UTC(Y, 8, 16, 9)),
      timeZone: 'UTC',
      allDay: false,
      organisationIds: [],
      termIds: [],
    });
    draftSlug = draft.slug;
    const pending = await member.post(
      '/en/events/submit',
      form({ title: 'Pending Dakar workshop', kind: 'workshop', mode: 'hybrid' }),
    );
    expect(pending.statusCode).toBe(303);
    const pendingId = /submissions\/([0-9a-f-]{36})/.exec(String(pending.headers.location))![1]!;
    const [row] = await db().select().from(contentItem).where(eq(contentItem.id, pendingId));
    expect(row!.status).toBe('submitted');
    pendingSlug = row!.slug;
  });

  it('lists upcoming published events in start order, with filters and a feed link that keeps them', async () => {
    const res = await clientAt(t).get('/en/events');
    expect(res.statusCode).toBe(200);
    const at = (slug: string) => res.body.indexOf(`href="/en/events/${slug}"`);
    expect(at(dakar.slug)).toBeGreaterThan(0);
    expect(at(dakar.slug)).toBeLessThan(at(kolkata.slug));
    expect(at(kolkata.slug)).toBeLessThan(at(jakarta.slug));
    expect(res.body).not.toContain(draftSlug);
    expect(res.body).not.toContain(pendingSlug);
    const filtered = await clientAt(t).get('/en/events?region=south-asia&kind=conference');
    expect(filtered.body).toContain(kolkata.slug);
    expect(filtered.body).not.toContain(`/en/events/${dakar.slug}"`);
    expect(filtered.body).toContain('href="/en/events/calendar.ics?region=south-asia&amp;kind=conference"');
    const online = await clientAt(t).get('/en/events?online=1');
    expect(online.body).toContain(dakar.slug);
    expect(online.body).toContain(jakarta.slug);
    expect(online.body).not.toContain(`/en/events/${kolkata.slug}"`);
  });

  it('shows an event in its own zone, named, with organisers and schema.org JSON-LD', async () => {
    const res = await clientAt(t).get(`/fr/events/${dakar.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Africa/Dakar');
    expect(res.body).toContain('10:00');
    expect(res.body).toContain('International Labour Organization');
    const json = JSON.parse(
      /<script type="application\/ld\+json"[^>]*>([^<]+)<\/script>/.exec(res.body)![1]!,
    );
    expect(json['@type']).toBe('Event');
    expect(json.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(json.location['@type']).toBe('VirtualLocation');
    expect(json.startDate).toBe(`${Y}-09-15T10:00:00+00:00`);
    const place = JSON.parse(
      /<script type="application\/ld\+json"[^>]*>([^<]+)<\/script>/.exec(
        (await clientAt(t).get(`/en/events/${kolkata.slug}`)).body,
      )![1]!,
    );
    expect(place.location).toMatchObject({ '@type': 'Place', address: { addressCountry: 'IN' } });
    // Drafts and pending submissions have no public page.
    expect((await clientAt(t).get(`/en/events/${draftSlug}`)).statusCode).toBe(404);
    expect((await clientAt(t).get(`/en/events/${pendingSlug}`)).statusCode).toBe(404);
  });

  it('describes each event for machines: attendance mode, place, offsets, licence, card', async () => {
    const url = `${BASE}/en/events/${kolkata.slug}`;
    await db().execute(sql`update content_item set licence = 'cc-by-4.0' where id = ${kolkata.id}`);
    const html = (await clientAt(t).get(`/en/events/${kolkata.slug}`)).body;
    expect(jsonLdOf(html)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      url,
      name: 'South Asia social pensions conference',
      description: 'About South Asia social pensions conference.',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      // The event's own zone, with its offset.
      startDate: `${Y}-10-20T09:30:00+05:30`,
      endDate: `${Y}-10-21T17:00:00+05:30`,
      location: {
        '@type': 'Place',
        name: 'Biswa Bangla Convention Centre',
        address: { '@type': 'PostalAddress', addressLocality: 'Kolkata', addressCountry: 'IN' },
      },
      inLanguage: 'en',
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': url,
        license: 'https://creativecommons.org/licenses/by/4.0/',
      },
    });
    expect(metas(html, 'og:type')).toEqual(['website']);
    expect(metas(html, 'og:title')).toEqual(['South Asia social pensions conference']);
    expect(metas(html, 'og:url')).toEqual([url]);
    expect(metas(html, 'og:locale')).toEqual(['en_GB']);
    expect(metas(html, 'twitter:card')).toEqual(['summary']);
    expect(canonicalOf(html)).toBe(url);

    const online = jsonLdOf((await clientAt(t).get(`/en/events/${dakar.slug}`)).body);
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
    expect(online.organizer).toEqual([
      expect.objectContaining({ '@type': 'Organization', name: 'International Labour Organization' }),
    ]);
    expect(online.mainEntityOfPage).not.toHaveProperty('license');

    // Hybrid, all day: the days themselves, and both the place and an online location.
    const hybrid = jsonLdOf((await clientAt(t).get(`/en/events/${jakarta.slug}`)).body);
    expect(hybrid).toMatchObject({
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      startDate: `${Y}-11-03`,
      endDate: `${Y}-11-05`,
    });
    expect((hybrid.location as { '@type': string }[]).map((l) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
  });

  it('shows a signed-in reader an online event in their own zone too', async () => {
    const m = await createMember(t);
    await db().execute(sql`update "user" set time_zone = 'America/Sao_Paulo' where id = ${m.user.id}`);
    const reader = await signIn(t, m.user.email, m.password);
    const res = await reader.get(`/en/events/${dakar.slug}`);
    expect(res.body).toContain('Your time:');
    expect(res.body).toContain('America/Sao_Paulo');
    expect(res.body).toContain('7:00');
  });

  it('gives one event as .ics: stable UID, the right UTC instants, all-day as DATE values', async () => {
    const timed = await clientAt(t).get(`/en/events/${kolkata.slug}.ics`);
    expect(timed.statusCode).toBe(200);
    expect(timed.headers['content-type']).toContain('text/calendar');
    const [ev] = vevents(timed.body);
    expect(ev!.uid).toBe(`event-${kolkata.id}@localhost`);
    expect(ev!.startDate.toJSDate().toISOString()).toBe(`${Y}-10-20T04:00:00.000Z`);
    expect(ev!.endDate.toJSDate().toISOString()).toBe(`${Y}-10-21T11:30:00.000Z`);
    const allDay = vevents((await clientAt(t).get(`/en/events/${jakarta.slug}.ics`)).body)[0]!;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe(`${Y}-11-03`);
    expect(allDay.endDate.toString()).toBe(`${Y}-11-06`);
    expect((await clientAt(t).get(`/en/events/${draftSlug}.ics`)).statusCode).toBe(404);
  });

  it('offers a feed per filter with only published matching events, and HTTP validators', async () => {
    const all = await clientAt(t).get('/en/events/calendar.ics');
    expect(all.statusCode).toBe(200);
    expect(all.headers['cache-control']).toMatch(/max-age=\d+/);
    expect(all.headers.etag).toBeTruthy();
    expect(all.headers['last-modified']).toBeTruthy();
    const summaries = (body: string) => vevents(body).map((e) => e.summary);
    // Not the drafts ("Jakarta all-day forum", "Draft workshop…") nor the pending submissions.
    expect(summaries(all.body).sort()).toEqual([
      'ASEAN forum on adaptive social protection',
      'Online training on social registries',
      'South Asia social pensions conference',
    ]);
    const again = await clientAt(t).get('/en/events/calendar.ics', {
      'if-none-match': String(all.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    const africa = await clientAt(t).get('/en/events/calendar.ics?region=sub-saharan-africa');
    expect(summaries(africa.body)).toEqual(['Online training on social registries']);
    const conferences = vevents(
      (await clientAt(t).get('/en/events/calendar.ics?kind=conference&online=1')).body,
    );
    expect(conferences.map((e) => e.summary)).toEqual(['ASEAN forum on adaptive social protection']);
    expect(conferences[0]!.startDate.isDate).toBe(true);
    const dakarFeed = vevents(africa.body)[0]!;
    expect(dakarFeed.startDate.toJSDate().toISOString()).toBe(`${Y}-09-15T10:00:00.000Z`);
  });

  it('draws the month as a table with a multi-day event on each of its days', async () => {
    const res = await clientAt(t).get(`/en/events/calendar?month=${Y}-11`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<table class="calendar">');
    expect(res.body).toContain('<th scope="col">');
    const link = `href="/en/events/${jakarta.slug}"`;
    expect(res.body.split(link).length - 1).toBe(3);
    expect(res.body).toContain(`href="/en/events/calendar?month=${Y}-12"`);
    expect(res.body).toContain(`href="/en/events/calendar?month=${Y}-10"`);
    const filtered = await clientAt(t).get(`/en/events/calendar?month=${Y}-11&region=south-asia`);
    expect(filtered.body).not.toContain(link);
  });

  it('filters by theme, a broad programme area taking in its narrower ones', async () => {
    const cct = (
      (await db().execute(
        sql`select id from term where vocabulary_id = 'programme-area' and slug = 'conditional-cash-transfers'`,
      )) as unknown as { rows: { id: number }[] }
    ).rows[0]!.id;
    const e = await published({
      title: 'Clinic on conditional cash transfers',
      termIds: [Number(cct)],
      startsAt: new Date(Date.UTC(Y, 11, 10, 8)),
      endsAt: new Date(Date.UTC(Y, 11, 10, 12)),
    });
    const broad = await clientAt(t).get('/en/events?theme=social-assistance');
    expect(broad.body).toContain(`href="/en/events/${e.slug}"`);
    expect(broad.body).toContain('<option value="social-assistance" selected');
    expect(broad.body).not.toContain(`href="/en/events/${kolkata.slug}"`);
    const other = await clientAt(t).get('/en/events?theme=social-insurance');
    expect(other.body).not.toContain(`href="/en/events/${e.slug}"`);
  });

  it('keeps past events in the archive, not in the upcoming list', async () => {
    const past = await published({
      title: 'Social protection week last year',
      startsAt: new Date(Date.UTC(Y - 2, 1, 10, 8)),
      endsAt: new Date(Date.UTC(Y - 2, 1, 12, 16)),
    });
    expect((await clientAt(t).get('/en/events')).body).not.toContain(past.slug);
    expect((await clientAt(t).get('/en/events/past')).body).toContain(`href="/en/events/${past.slug}"`);
    expect((await clientAt(t).get('/en/events/calendar.ics')).body).not.toContain('Social protection week');
  });

  it('gives the home page its upcoming events', async () => {
    const rows = await upcomingEvents(t.services, 'en', 2);
    expect(rows.map((r) => r.slug)).toEqual([dakar.slug, kolkata.slug]);
    expect(rows[0]).toMatchObject({ timeZone: 'Africa/Dakar', mode: 'online', allDay: false });
  });
});

describe('submission journey', () => {
  it('member submits → not public → editor publishes → listed and found by search', async () => {
    expect((await clientAt(t).get('/en/events/submit')).statusCode).toBe(303);
    const title = 'Nairobi workshop on graduation programmes';
    const res = await member.post(
      '/en/events/submit',
      form({
        title,
        kind: 'workshop',
        mode: 'hybrid',
        timeZone: 'Africa/Nairobi',
        city: 'Nairobi',
        country: 'KE',
        organisations: ilo,
        onlineUrl: 'https://example.org/stream',
      }),
    );
    expect(res.statusCode).toBe(303);
    const id = /submissions\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    const mine = await member.get(String(res.headers.location));
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(title);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, id));
    expect(item!.status).toBe('submitted');
    expect((await clientAt(t).get(`/en/events/${item!.slug}`)).statusCode).toBe(404);
    expect((await clientAt(t).get('/en/events')).body).not.toContain(title);
    expect((await clientAt(t).get('/en/search?q=graduation')).body).not.toContain(`/en/events/${item!.slug}`);

    // In the review queue and on the editors' screen, with the workflow panel.
    expect((await editor.get('/en/admin/review')).body).toContain(title);
    const screen = await editor.get(`/en/admin/events/${id}/edit`);
    expect(screen.statusCode).toBe(200);
    expect(screen.body).toContain(`action="/en/workflow/${id}/publish"`);
    expect(screen.body).toContain('value="Africa/Nairobi"');
    const version = /name="version" value="(\d+)"/.exec(screen.body)![1]!;
    const published = await editor.post(`/en/workflow/${id}/publish`, { version });
    expect(published.statusCode).toBe(303);

    const list = await clientAt(t).get('/en/events');
    expect(list.body).toContain(`href="/en/events/${item!.slug}"`);
    expect((await clientAt(t).get(`/en/events/${item!.slug}`)).statusCode).toBe(200);
    expect((await clientAt(t).get('/en/search?q=graduation')).body).toContain(`/en/events/${item!.slug}`);
    expect((await member.get('/en/admin/events')).statusCode).toBe(403);
  });

  it('lets the member revise after the editors ask for changes, then resubmit', async () => {
    const res = await member.post('/en/events/submit', form({ title: 'Course on targeting methods' }));
    const id = /submissions\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    expect((await member.get(`/en/events/submissions/${id}/edit`)).statusCode).toBe(409);
    await transition(t.services, editorActor, id, 'claim');
    await transition(t.services, editorActor, id, 'request_changes', {
      message: 'Please add the time zone of Dakar.',
    });
    const screen = await member.get(`/en/events/submissions/${id}/edit`);
    expect(screen.statusCode).toBe(200);
    expect(screen.body).toContain('value="Course on targeting methods"');
    const version = /name="version" value="(\d+)"/.exec(screen.body)![1]!;
    const bad = await member.post(
      `/en/events/submissions/${id}/edit`,
      form({ endDate: '2020-01-01', version }),
    );
    expect(bad.statusCode).toBe(400);
    const saved = await member.post(
      `/en/events/submissions/${id}/edit`,
      form({ title: 'Course on targeting methods (revised)', startTime: '10:00', version }),
    );
    expect(saved.statusCode).toBe(303);
    const [row] = await db().select().from(eventDetails).where(eq(eventDetails.itemId, id));
    expect(row!.startsAt.toISOString()).toBe(`${Y}-05-04T10:00:00.000Z`);
    // Resubmitted from the member's page, through the workflow panel.
    const page = await member.get(`/en/events/submissions/${id}`);
    expect(page.body).toContain(`action="/en/workflow/${id}/submit"`);
    const current = /name="version" value="(\d+)"/.exec(page.body)![1]!;
    expect((await member.post(`/en/workflow/${id}/submit`, { version: current })).statusCode).toBe(303);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, id));
    expect(item!.status).not.toBe('changes_requested');
    expect(['submitted', 'in_review']).toContain(item!.status);
  });

  it('lets an editor save changes, refusing a stale form', async () => {
    const { id } = await published({ title: 'Editable course' });
    const screen = await editor.get(`/en/admin/events/${id}/edit`);
    const version = /name="version" value="(\d+)"/.exec(screen.body)![1]!;
    const saved = await editor.post(
      `/en/admin/events/${id}/edit`,
      form({ title: 'Edited course', title_fr: 'Cours modifié', version }),
    );
    expect(saved.statusCode).toBe(303);
    const [row] = await db().select().from(eventDetails).where(eq(eventDetails.itemId, id));
    expect(row!.timeZone).toBe('Africa/Dakar');
    expect((await clientAt(t).get('/fr/events/editable-course')).body).toContain('Cours modifié');
    const stale = await editor.post(`/en/admin/events/${id}/edit`, form({ title: 'Lost change', version }));
    expect(stale.statusCode).toBe(409);

    // The history holds both versions; restoring the first brings back its time and zone.
    expect(await restoreRevision(t.services, editorActor, id, 1)).toBe(3);
    const [restored] = await db().select().from(eventDetails).where(eq(eventDetails.itemId, id));
    expect(restored).toMatchObject({ timeZone: 'UTC', city: null, kind: 'conference' });
    expect(restored!.startsAt.toISOString()).toBe(`${Y}-07-01T08:00:00.000Z`);
    expect((await clientAt(t).get('/en/events/editable-course')).body).toContain('Editable course');
  });
});

function vevents(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
