import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../src/features/notifications/notify.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// The notification centre and the notification settings in Chromium: no axe violation, opened
// and marked read with the keyboard alone, and within the page budget of QUALITY.md.
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };
const PAGES = ['/notifications', '/account/notifications'];

let h: Harness;
let ctx: BrowserContext;
let cookies: { name: string; value: string; url: string }[];

beforeAll(async () => {
  h = await startHarness({ seed: false });
  const m = await createMember(h.t, { name: 'Ana Lima' });
  for (const [i, kind] of (['reply', 'mention', 'new_thread', 'decision'] as const).entries())
    await h.t.services.db.transaction((tx) =>
      notify(tx, h.t.services, {
        userId: m.user.id,
        kind,
        payload: {
          title: `Cash transfers and nutrition ${i}`,
          path: '/about',
          actorName: 'Awa Ndiaye',
          communityName: 'Cash transfers practitioners',
          excerpt: 'What did the evaluation in Malawi find about stunting?',
        },
      }),
    );
  const client = await signIn(h.t, m.user.email, m.password);
  cookies = [...client.cookies].map(([name, value]) => ({ name, value, url: h.base }));
  ctx = await h.browser.newContext({ bypassCSP: true });
  await ctx.addCookies(cookies);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('notifications in a browser', () => {
  it('have no axe violation, and a notification opens with the keyboard and is then read', async () => {
    const failures: string[] = [];
    const page = await ctx.newPage();
    for (const locale of ['en', 'fr'] as const)
      for (const p of PAGES) {
        const res = await page.goto(`${h.base}/${locale}${p}`);
        expect(res?.status(), `${locale} ${p}`).toBe(200);
        for (const v of await axe(page))
          failures.push(`${locale} ${p}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
      }
    expect(failures).toEqual([]);
    await page.goto(`${h.base}/en/notifications`);
    expect(await page.locator('.account a[href="/en/notifications"]').textContent()).toContain('(4)');
    // Its accessible name says what the number is.
    expect(await page.getByRole('link', { name: 'Notifications (4 unread)', exact: true }).count()).toBe(1);
    await page.locator('main form[action$="/open"] button').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/about$/);
    expect(await page.locator('.account a[href="/en/notifications"]').textContent()).toContain('(3)');
    await page.close();
  }, 120_000);

  it('stay within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of ['en', 'fr', 'es', 'pt'] as const)
      for (const p of PAGES) {
        // A fresh context (empty cache) signed in as the member.
        const fresh = await h.browser.newContext();
        await fresh.addCookies(cookies);
        const w = await weigh(fresh, `${h.base}/${locale}${p}`);
        await fresh.close();
        expect(w.status, `${locale} ${p}`).toBe(200);
        const assets = w.css + w.js + w.fonts;
        if (w.html > BUDGET.html) over.push(`${locale} ${p}: HTML ${w.html} B`);
        if (assets > BUDGET.cssJsFonts) over.push(`${locale} ${p}: CSS+JS+fonts ${assets} B`);
        if (w.js > BUDGET.js) over.push(`${locale} ${p}: JS ${w.js} B`);
      }
    expect(over).toEqual([]);
  }, 120_000);
});
