import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentItem } from '../src/core/db/schema.ts';
import { webinar, webinarRegistration } from '../src/features/webinars/tables.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// Webinars on the demo data: a visitor's whole journey in Chromium (find, register with the
// keyboard, confirm from the e-mail, receive the invitation, cancel), pages free of axe
// violations for readers and organisers, and within the page budget of QUALITY.md.
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };

let h: Harness;
let adminContext: BrowserContext;
let upcoming: { id: string; slug: string };
let past: { slug: string };

beforeAll(async () => {
  h = await startHarness();
  const rows = await h.t.services.db
    .select({
      id: contentItem.id,
      slug: contentItem.slug,
      startsAt: webinar.startsAt,
      capacity: webinar.capacity,
    })
    .from(webinar)
    .innerJoin(contentItem, eq(contentItem.id, webinar.itemId))
    .where(eq(contentItem.status, 'published'))
    .orderBy(webinar.startsAt);
  upcoming = rows.find((r) => r.startsAt > new Date() && r.capacity === 500)!;
  past = rows.find((r) => r.startsAt < new Date())!;
  const admin = await createMember(h.t, { role: 'admin' });
  const client = await signIn(h.t, admin.user.email, admin.password);
  adminContext = await h.browser.newContext({ bypassCSP: true });
  await adminContext.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('webinars in a browser', () => {
  it('a visitor finds a webinar, registers with the keyboard, confirms from the e-mail, gets the invitation, cancels', async () => {
    const ctx = await h.browser.newContext({ timezoneId: 'America/Sao_Paulo', locale: 'pt-BR' });
    const page = await ctx.newPage();
    await page.goto(`${h.base}/pt/webinars`);
    await page.click(`a[href="/pt/webinars/${upcoming.slug}"]`);
    // The script writes the time in the browser's zone.
    await expect
      .poll(() => page.locator('time[data-local-time]').textContent())
      .toContain('America/Sao_Paulo');
    await page.focus('#f-name');
    await page.keyboard.type('Beatriz Costa');
    await page.keyboard.press('Tab');
    await page.keyboard.type('beatriz.costa@example.org');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=check-email/);
    expect(await page.locator('.notice').first().textContent()).toContain('e-mail');
    const confirm = await h.smtp.waitFor((m) => m.to.includes('beatriz.costa@example.org'));
    expect(confirm.subject).toContain('Confirme');
    const link = /https?:\/\/\S+\/registration\?t=[A-Za-z0-9_-]+/.exec(confirm.text)![0];
    await page.goto(`${h.base}${new URL(link).pathname}${new URL(link).search}`);
    for (const v of await axe(page)) throw new Error(`manage page: ${v.id} ${v.help}`);
    await page.click('form[action$="/registration/confirm"] button');
    await page.waitForURL(/done=confirmed/);
    const invite = await h.smtp.waitFor(
      (m) =>
        m.to.includes('beatriz.costa@example.org') &&
        m.attachments.some((a) => a.contentType.startsWith('text/calendar')),
    );
    const ics = invite.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    const [w] = await h.t.services.db.select().from(webinar).where(eq(webinar.itemId, upcoming.id));
    expect(event.startDate.toJSDate().toISOString()).toBe(w!.startsAt.toISOString());
    expect(await page.locator('main').textContent()).toContain(w!.meetingUrl!);
    await page.click('form[action$="/registration/cancel"] button');
    await page.waitForURL(/done=cancelled/);
    const [reg] = await h.t.services.db
      .select()
      .from(webinarRegistration)
      .where(
        and(
          eq(webinarRegistration.webinarId, upcoming.id),
          eq(webinarRegistration.email, 'beatriz.costa@example.org'),
        ),
      );
    expect(reg!.status).toBe('cancelled');
    await ctx.close();
  }, 120_000);

  it('pages have no axe violation, for readers and organisers', async () => {
    const failures: string[] = [];
    const check = async (ctx: BrowserContext, who: string, paths: string[]) => {
      const page = await ctx.newPage();
      for (const locale of ['en', 'fr'] as const)
        for (const p of paths) {
          const res = await page.goto(`${h.base}/${locale}${p}`);
          expect(res?.status(), `${who} ${locale} ${p}`).toBe(200);
          for (const v of await axe(page))
            failures.push(`${who} ${locale} ${p}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
        }
      await page.close();
    };
    const reader = await h.browser.newContext({ bypassCSP: true });
    await check(reader, 'reader', [
      '/webinars',
      '/webinars/past',
      `/webinars/${upcoming.slug}`,
      `/webinars/${past.slug}`,
    ]);
    await reader.close();
    await check(adminContext, 'organiser', [
      '/admin/webinars',
      '/admin/webinars/new',
      `/admin/webinars/${upcoming.id}`,
      `/admin/webinars/${upcoming.id}/edit`,
      '/admin/webinars/planner?date=2026-06-10&time=13:00&timeZone=UTC&durationMinutes=90&regions=south-asia',
      `/webinars/${upcoming.slug}`,
    ]);
    expect(failures).toEqual([]);
  }, 180_000);

  it('stay within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of ['en', 'fr', 'es', 'pt'] as const)
      for (const p of [
        '/webinars',
        '/webinars/past',
        `/webinars/${upcoming.slug}`,
        `/webinars/${past.slug}`,
      ]) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${p}`);
        await fresh.close();
        expect(w.status, `${locale} ${p}`).toBe(200);
        const assets = w.css + w.js + w.fonts;
        if (w.html > BUDGET.html) over.push(`${locale} ${p}: HTML ${w.html} B`);
        if (assets > BUDGET.cssJsFonts) over.push(`${locale} ${p}: CSS+JS+fonts ${assets} B`);
        if (w.js > BUDGET.js) over.push(`${locale} ${p}: JS ${w.js} B`);
      }
    expect(over).toEqual([]);
  }, 180_000);
});
