import { eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { community, communityThread } from '../src/features/communities/tables.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// Communities in Chromium on the demo data: the whole life of a community (request, approval,
// invitation, joining, a discussion with a mention that reaches the mentioned member by e-mail),
// every page axe-clean, and the page budget of QUALITY.md.
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };

let h: Harness;
const contexts: BrowserContext[] = [];

async function contextFor(email: string, password: string): Promise<BrowserContext> {
  const client = await signIn(h.t, email, password);
  const ctx = await h.browser.newContext({ bypassCSP: true });
  await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
  contexts.push(ctx);
  return ctx;
}

async function noViolations(page: Page, label: string) {
  const found = await axe(page);
  expect(found.map((v) => `${label}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`)).toEqual([]);
}

beforeAll(async () => {
  h = await startHarness();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await h?.close();
});

describe('communities in a browser', () => {
  it('request, approval, invitation, joining, a discussion with a mention that arrives by e-mail', async () => {
    const requester = await createMember(h.t, { name: 'Rosa Requester' });
    const staff = await createMember(h.t, { role: 'admin', name: 'Tess Team' });
    const friend = await createMember(h.t, { name: 'Femi Friend', email: 'femi.friend@example.org' });
    const r = await (await contextFor(requester.user.email, requester.password)).newPage();

    await r.goto(`${h.base}/en/communities/request`);
    await noViolations(r, 'request form');
    await r.fill('#f-name', 'Disability benefits in practice');
    await r.fill('#f-purpose', 'Compare how disability assessments and benefits are delivered.');
    await r.fill('#f-audience', 'Social welfare ministries and organisations of persons with disabilities.');
    await r.fill('#f-proposedAdmins', 'Rosa Requester');
    await r.fill('#f-activities', 'A monthly question and a shared library of tools.');
    await r.fill('#f-duration', 'Two years');
    await r.check('input[name="visibility"][value="hidden"]');
    await r.click('form[action$="/communities/request"] button[type=submit]');
    await r.waitForURL(/done=requested/);

    const s = await (await contextFor(staff.user.email, staff.password)).newPage();
    await s.goto(`${h.base}/en/admin/community-requests`);
    await noViolations(s, 'requests queue');
    await s
      .locator('section', { hasText: 'Disability benefits in practice' })
      .locator('button[value="approve"]')
      .click();
    await s.waitForURL(/done=decided/);
    const [c] = await h.t.services.db
      .select()
      .from(community)
      .where(eq(community.name, 'Disability benefits in practice'));
    expect(c!.visibility).toBe('hidden');
    await h.smtp.waitFor(
      (m) => m.to.includes(requester.user.email) && m.subject.includes('Disability benefits'),
    );

    // The new admin invites a colleague, who accepts.
    await r.goto(`${h.base}/en/communities/${c!.slug}/members`);
    await noViolations(r, 'members page');
    await r.fill('#f-emails', 'femi.friend@example.org');
    await r.click('form[action$="/invitations"] button[type=submit]');
    await r.waitForURL(/done=invited/);
    const invitation = await h.smtp.waitFor((m) => m.to.includes('femi.friend@example.org'));
    const link = /\/en\/communities\/invitations\/[A-Za-z0-9_-]+/.exec(invitation.text)![0];
    const f = await (await contextFor(friend.user.email, friend.password)).newPage();
    await f.goto(`${h.base}${link}`);
    await noViolations(f, 'invitation');
    await f.click('main form[action*="/communities/invitations/"] button[type=submit]');
    await f.waitForURL(/done=joined/);

    // The admin starts a discussion mentioning the new member, with the keyboard.
    await r.goto(`${h.base}/en/communities/${c!.slug}/threads/new`);
    await noViolations(r, 'new thread');
    await r.focus('#f-title');
    await r.keyboard.type('Which assessment tool do you use?');
    await r.keyboard.press('Tab');
    await r.keyboard.type(`@${friend.user.handle} could you share the tool from your ministry?`);
    await r.click('form[action$="/threads"] button[type=submit]');
    await r.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    const mention = await h.smtp.waitFor(
      (m) => m.to.includes('femi.friend@example.org') && m.subject.includes('mentioned you'),
    );
    expect(mention.text).toContain('Which assessment tool do you use?');

    // The member replies; the thread page is axe-clean for both.
    const [thread] = await h.t.services.db
      .select()
      .from(communityThread)
      .where(eq(communityThread.communityId, c!.id));
    await f.goto(`${h.base}/en/communities/${c!.slug}/threads/${thread!.id}`);
    await f.fill('#f-body', 'Here is the *Washington Group* short set we adapted.');
    await f.click('form[action$="/replies"] button[type=submit]');
    await f.waitForURL(/#post-/);
    expect(await f.locator('ol.posts').textContent()).toContain('Washington Group');
    await noViolations(f, 'thread');
    await h.smtp.waitFor((m) => m.to.includes(requester.user.email) && m.subject.startsWith('New reply'));
  }, 180_000);

  it('public pages are axe-clean and within the budget; the hidden community stays hidden', async () => {
    const reader = await h.browser.newContext({ bypassCSP: true });
    contexts.push(reader);
    const page = await reader.newPage();
    for (const locale of ['en', 'fr'] as const) {
      for (const path of [
        '/communities',
        '/communities/adaptive-social-protection-sahel',
        '/communities/adaptive-social-protection-sahel/guidelines',
      ]) {
        const res = await page.goto(`${h.base}/${locale}${path}`);
        expect(res?.status(), path).toBe(200);
        await noViolations(page, `${locale} ${path}`);
      }
    }
    expect((await page.goto(`${h.base}/en/communities/sp-gateway-admins`))?.status()).toBe(404);
    await page.goto(`${h.base}/en/communities`);
    expect(await page.content()).not.toContain('sp-gateway-admins');
    const over: string[] = [];
    for (const locale of ['en', 'fr', 'es', 'pt'] as const)
      for (const path of ['/communities', '/communities/adaptive-social-protection-sahel']) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${path}`);
        await fresh.close();
        if (w.html > BUDGET.html) over.push(`${locale} ${path}: HTML ${w.html} B`);
        if (w.css + w.js + w.fonts > BUDGET.cssJsFonts) over.push(`${locale} ${path}: assets`);
        if (w.js > BUDGET.js) over.push(`${locale} ${path}: JS ${w.js} B`);
      }
    expect(over).toEqual([]);
  }, 180_000);
});
