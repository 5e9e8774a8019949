import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  community,
  communityMember,
  communityPost,
  communityThread,
} from '../src/features/communities/tables.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness } from './harness.ts';

// The platform team's community health pages in Chromium: no axe violation (with and without
// form errors), and a hand-over done with the keyboard alone.
let h: Harness;
let staff: BrowserContext;
let communityId: string;
let newcomerEmail: string;
const DAY = 86_400_000;

beforeAll(async () => {
  h = await startHarness({ seed: false });
  const db = h.t.services.db;
  const admin = (await createMember(h.t, { name: 'Awa Admin' })).user;
  const newcomer = (await createMember(h.t, { name: 'Nia Newcomer' })).user;
  newcomerEmail = newcomer.email;
  const [c] = await db
    .insert(community)
    .values({
      slug: 'cash-transfers',
      name: 'Cash transfers practitioners',
      description: 'Practitioners of cash transfers.',
      locale: 'en',
      visibility: 'public',
      createdAt: new Date(Date.now() - 100 * DAY),
    })
    .returning();
  communityId = c!.id;
  await db.insert(communityMember).values([
    { communityId, userId: admin.id, role: 'admin' },
    { communityId, userId: newcomer.id },
  ]);
  const at = new Date(Date.now() - 20 * DAY);
  const [th] = await db
    .insert(communityThread)
    .values({
      communityId,
      authorId: admin.id,
      title: 'Targeting in the Sahel',
      createdAt: at,
      lastPostAt: at,
    })
    .returning();
  await db
    .insert(communityPost)
    .values({ threadId: th!.id, authorId: admin.id, isOpening: true, body: 'Hello', createdAt: at });
  const editor = await createMember(h.t, { role: 'editor' });
  const client = await signIn(h.t, editor.user.email, editor.password);
  staff = await h.browser.newContext({ bypassCSP: true });
  await staff.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('community health in a browser', () => {
  it('pages have no axe violation', async () => {
    const failures: string[] = [];
    const page = await staff.newPage();
    for (const locale of ['en', 'fr'] as const)
      for (const p of ['/admin/communities', `/admin/communities/${communityId}`]) {
        const res = await page.goto(`${h.base}/${locale}${p}`);
        expect(res?.status(), `${locale} ${p}`).toBe(200);
        for (const v of await axe(page))
          failures.push(`${locale} ${p}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
      }
    // With errors shown.
    await page.goto(`${h.base}/en/admin/communities/${communityId}`);
    await page.fill('#f-members', 'nobody@example.org');
    await page.click('form[action$="/handover"] button[type="submit"]');
    await page.waitForSelector('#error-summary');
    for (const v of await axe(page)) failures.push(`errors: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
    await page.close();
    expect(failures).toEqual([]);
  }, 120_000);

  it('hands a community over with the keyboard alone', async () => {
    const page = await staff.newPage();
    await page.goto(`${h.base}/en/admin/communities`);
    await page.focus(`a[href="/en/admin/communities/${communityId}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/admin/communities/${communityId}$`));
    await page.focus('#f-members');
    await page.keyboard.type(newcomerEmail);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=handover/);
    expect(await page.textContent('[role="status"]')).toContain('has new admins');
    expect(await page.textContent('main')).toContain('Nia Newcomer');
    expect(await page.textContent('main')).not.toContain('Awa Admin (@');
    await page.close();
  }, 120_000);
});
