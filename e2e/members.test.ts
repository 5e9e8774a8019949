import { and, eq } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/core/i18n/index.ts';
import { createPublication } from '../src/features/library/detail/test-fixtures.ts';
import { term } from '../src/features/taxonomy/tables.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// Member profiles and the directory in a browser, without JavaScript: a member makes their
// profile public; a visitor finds them. Every page axe-clean and within the page budget.
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024 };

let h: Harness;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  h = await startHarness();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await h?.close();
});

describe('members in a browser', () => {
  it('a member opens their profile to everyone with plain forms; a visitor finds them in the directory', async () => {
    const m = await createMember(h.t, { name: 'Zawadi Mwangi' });
    const client = await signIn(h.t, m.user.email, m.password);
    const ctx = await h.browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
    contexts.push(ctx);
    await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
    ctx.setDefaultTimeout(10_000);
    const page = await ctx.newPage();
    await page.goto(`${h.base}/en/account/public-profile`);
    await page.check('input[name=directoryVisibility][value=public]');
    await page.check('input[name=shown][value=bio]');
    await page.fill('#f-bio', 'Social registry specialist in Nairobi.');
    await page.click('form[action$="/public-profile"] button[type=submit]');
    await page.waitForURL(/done=saved/);
    expect(await page.locator('.notice').first().textContent()).toContain('Your profile is saved.');

    const visitor = await h.browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
    contexts.push(visitor);
    const v = await visitor.newPage();
    await v.goto(`${h.base}/en/members?q=Zawadi`);
    await v.click(`a[href="/en/members/${m.user.handle}"]`);
    expect(await v.locator('h1').textContent()).toBe('Zawadi Mwangi');
    expect(await v.content()).toContain('Social registry specialist in Nairobi.');
    expect(await v.content()).not.toContain(m.user.email);

    // The same pages with scripts on (axe runs as a script): no violation.
    const withJs = await h.browser.newContext({ bypassCSP: true });
    contexts.push(withJs);
    await withJs.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
    const a = await withJs.newPage();
    for (const path of [
      '/en/account/public-profile',
      '/en/members?q=Zawadi',
      `/en/members/${m.user.handle}`,
    ]) {
      await a.goto(`${h.base}${path}`);
      expect((await axe(a)).map((x) => `${path}: ${x.id} ${x.help}`)).toEqual([]);
    }
  }, 120_000);

  it('the directory, a profile, the organisations and one organisation: axe-clean and within the page budget in every language', async () => {
    const reader = await h.browser.newContext({ bypassCSP: true });
    contexts.push(reader);
    const first = await reader.newPage();
    await first.goto(`${h.base}/en/members`);
    const profile = await first.locator('ul.cards a').first().getAttribute('href');
    expect(profile).toMatch(/^\/en\/members\/[a-z0-9-]+$/);
    await first.goto(`${h.base}/en/organisations`);
    const org = await first.locator('ul.cards a').first().getAttribute('href');
    expect(org).toMatch(/^\/en\/organisations\/[a-z0-9-]+$/);
    for (const path of ['/en/organisations', org!]) {
      await first.goto(`${h.base}${path}`);
      expect((await axe(first)).map((x) => `${path}: ${x.id} ${x.help}`)).toEqual([]);
    }
    await first.close();
    for (const locale of LOCALES)
      for (const path of [
        '/members',
        profile!.replace(/^\/en/, ''),
        '/organisations',
        org!.replace(/^\/en/, ''),
      ]) {
        const w = await weigh(reader, `${h.base}/${locale}${path}`);
        expect(w.status, `${locale}${path}`).toBe(200);
        expect(w.html, `${locale}${path} html`).toBeLessThanOrEqual(BUDGET.html);
        expect(w.css + w.js + w.fonts, `${locale}${path} css+js+fonts`).toBeLessThanOrEqual(
          BUDGET.cssJsFonts,
        );
      }
  }, 120_000);

  it('onboards, follows a theme; an editor publishes a matching item; it appears in “for you”', async () => {
    const [theme] = await h.t.services.db
      .select({ id: term.id, slug: term.slug })
      .from(term)
      .where(and(eq(term.vocabularyId, 'topic'), eq(term.status, 'active')))
      .limit(1);
    const m = await createMember(h.t, { name: 'Onboarding Newcomer' });
    const client = await signIn(h.t, m.user.email, m.password);
    const ctx = await h.browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
    contexts.push(ctx);
    ctx.setDefaultTimeout(10_000);
    await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
    const page = await ctx.newPage();
    await page.goto(`${h.base}/en/me/welcome`);
    await page.check('input[name=languages][value=fr]');
    await page.check('input[name=email][value=daily]');
    await page.click('form[action$="/me/welcome"] button[type=submit]');
    await page.waitForURL(/\/en\/me\?done=welcome/);
    // Follow the theme from the dashboard's picker.
    await page.selectOption('#f-target-term', String(theme!.id));
    await page.click('form:has(#f-target-term) button[type=submit]');
    await page.waitForURL(/done=followed/);
    expect(await page.locator('#h-follows + ul').textContent()).toBeTruthy();

    // A member submits a matching item; an editor publishes it through the workflow.
    const title = 'Universal child benefits: first results from the pilot';
    const { id } = await createPublication(h.t.services.db, {
      slug: 'universal-child-benefits-pilot',
      status: 'submitted',
      texts: { en: { title, summary: 'What the first year of the pilot shows.' } },
      terms: [{ vocabularyId: 'topic', slug: theme!.slug }],
    });
    const editor = await createMember(h.t, { role: 'editor' });
    const staff = await signIn(h.t, editor.user.email, editor.password);
    expect((await staff.post(`/en/workflow/${id}/publish`, {})).statusCode).toBe(303);

    await page.goto(`${h.base}/en/me`);
    const forYou = await page.locator('section[aria-labelledby="h-for-you"]').textContent();
    expect(forYou).toContain(title);

    // Save it to a new reading list, then check the member's own pages with axe (scripts on).
    await page.goto(`${h.base}/en/me/save?item=${id}`);
    await page.fill('#f-newName', 'Child benefits');
    await page.click('form[action$="/me/save"] button[type=submit]');
    await page.waitForURL(/\/en\/me\/lists\/[0-9a-f-]+\?done=saved/);
    const listPath = new URL(page.url()).pathname;
    const withJs = await h.browser.newContext({ bypassCSP: true });
    contexts.push(withJs);
    await withJs.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
    const a = await withJs.newPage();
    for (const path of [
      '/en/me',
      '/en/me/welcome',
      '/en/me/lists',
      listPath,
      `/en/me/save?item=${id}`,
      '/en/account/data',
    ]) {
      await a.goto(`${h.base}${path}`);
      expect((await axe(a)).map((x) => `${path}: ${x.id} ${x.help} ${JSON.stringify(x.nodes)}`)).toEqual([]);
    }
  }, 120_000);
});
