import { and, eq } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentItem } from '../src/core/db/schema.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// Event pages on the demo data: no axe violation (forms with their errors included), within
// the page budget of QUALITY.md, and usable without JavaScript.
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };

let h: Harness;
let publicPages: { name: string; path: string }[];
let memberContext: BrowserContext;
let adminContext: BrowserContext;
let eventId: string;

async function contextFor(email: string, password: string): Promise<BrowserContext> {
  const client = await signIn(h.t, email, password);
  const ctx = await h.browser.newContext({ bypassCSP: true });
  await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  const events = await h.t.services.db
    .select({ id: contentItem.id, slug: contentItem.slug })
    .from(contentItem)
    .where(and(eq(contentItem.type, 'event'), eq(contentItem.status, 'published')));
  expect(events.length).toBeGreaterThanOrEqual(10);
  eventId = events[0]!.id;
  const month = new Date().toISOString().slice(0, 7);
  publicPages = [
    { name: 'events', path: '/events' },
    { name: 'events filtered', path: '/events?region=sub-saharan-africa&online=1' },
    { name: 'calendar', path: `/events/calendar?month=${month}` },
    { name: 'past events', path: '/events/past' },
    ...events.slice(0, 4).map((e) => ({ name: `event ${e.slug}`, path: `/events/${e.slug}` })),
  ];
  const member = await createMember(h.t, { locale: 'fr' });
  const admin = await createMember(h.t, { role: 'admin' });
  memberContext = await contextFor(member.user.email, member.password);
  adminContext = await contextFor(admin.user.email, admin.password);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('event pages', () => {
  it('have no axe violation, for readers, members and editors', async () => {
    const failures: string[] = [];
    const check = async (ctx: BrowserContext, who: string, paths: { name: string; path: string }[]) => {
      const page = await ctx.newPage();
      for (const locale of ['en', 'fr'] as const)
        for (const p of paths) {
          const res = await page.goto(`${h.base}/${locale}${p.path}`);
          expect(res?.status(), `${who} ${locale} ${p.name}`).toBe(200);
          for (const v of await axe(page))
            failures.push(`${who} ${locale} ${p.name}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
        }
      await page.close();
    };
    const reader = await h.browser.newContext({ bypassCSP: true });
    await check(reader, 'reader', publicPages);
    await reader.close();
    await check(memberContext, 'member', [
      { name: 'submit', path: '/events/submit' },
      { name: 'submissions', path: '/events/submissions' },
      { name: 'calendar signed in', path: '/events/calendar' },
    ]);
    await check(adminContext, 'editor', [
      { name: 'admin list', path: '/admin/events' },
      { name: 'admin new', path: '/admin/events/new' },
      { name: 'admin edit', path: `/admin/events/${eventId}/edit` },
    ]);
    // The form refused, with its error summary.
    const page = await memberContext.newPage();
    await page.goto(`${h.base}/fr/events/submit`);
    await page.fill('#f-title', 'Atelier');
    await page.fill('#f-summary', 'Un atelier.');
    await page.selectOption('#f-kind', 'workshop');
    await page.selectOption('#f-mode', 'online');
    await page.fill('#f-startDate', '2030-05-04');
    await page.fill('#f-startTime', '09:00');
    await page.fill('#f-endDate', '2030-05-03');
    await page.fill('#f-endTime', '10:00');
    await page.fill('#f-timeZone', 'Mars/Olympus');
    await page.click('form[action$="/events/submit"] button[type=submit]');
    expect(await page.locator('#error-summary').textContent()).toContain('Fuseau horaire');
    for (const v of await axe(page)) failures.push(`member fr submit refused: ${v.id} ${v.help}`);
    await page.close();
    expect(failures).toEqual([]);
  }, 180_000);

  it('stay within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of ['en', 'fr', 'es', 'pt'] as const)
      for (const p of publicPages) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${p.path}`);
        await fresh.close();
        expect(w.html, `${locale} ${p.name} measured`).toBeGreaterThan(500);
        const assets = w.css + w.js + w.fonts;
        if (w.html > BUDGET.html) over.push(`${locale} ${p.name}: HTML ${w.html} B`);
        if (assets > BUDGET.cssJsFonts) over.push(`${locale} ${p.name}: CSS+JS+fonts ${assets} B`);
        if (w.js > BUDGET.js) over.push(`${locale} ${p.name}: JS ${w.js} B`);
      }
    // Forms too: the member's and the editor's, from slow links.
    for (const [ctx, path] of [
      [memberContext, '/fr/events/submit'],
      [adminContext, '/en/admin/events/new'],
      [adminContext, `/en/admin/events/${eventId}/edit`],
    ] as const) {
      const w = await weigh(ctx, `${h.base}${path}`);
      expect(w.status, path).toBe(200);
      if (w.html > BUDGET.html) over.push(`${path}: HTML ${w.html} B`);
    }
    expect(over).toEqual([]);
  }, 180_000);

  it('filter and page through months without JavaScript', async () => {
    const noJs = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${h.base}/es/events`);
    await page.check('#ev-online');
    await page.click('form.filters button[type=submit]');
    expect(page.url()).toContain('/es/events?');
    expect(page.url()).toContain('online=1');
    const feed = await page.getByRole('link', { name: 'Suscribirse a estos eventos' }).getAttribute('href');
    expect(feed).toContain('/es/events/calendar.ics?');
    expect(feed).toContain('online=1');
    await page.goto(`${h.base}/es/events/calendar`);
    await page.getByRole('link', { name: 'Mes siguiente' }).click();
    expect(page.url()).toMatch(/\/es\/events\/calendar\?month=\d{4}-\d{2}$/);
    await noJs.close();
  }, 60_000);
});
