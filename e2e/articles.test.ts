import { and, eq, sql } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentItem } from '../src/core/db/schema.ts';
import { queryRows } from '../src/core/db/client.ts';
import { LOCALES } from '../src/core/i18n/index.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// News and blog pages (features/articles) in every locale: no axe violation, and within the
// page budget of QUALITY.md (first-screen HTML ≤ 14 KB compressed; CSS+JS+fonts ≤ 40 KB).
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };

let h: Harness;
let context: BrowserContext;
let memberContext: BrowserContext;
let adminContext: BrowserContext;
let pages: { name: string; path: string }[] = [];
let memberPages: string[] = [];
let staffPages: string[] = [];

async function contextFor(email: string, password: string): Promise<BrowserContext> {
  const client = await signIn(h.t, email, password);
  const ctx = await h.browser.newContext({ bypassCSP: true });
  await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  const db = h.t.services.db;
  const [blogWithImage] = await queryRows<{ id: string; slug: string }>(
    db,
    sql`select ci.id, ci.slug from content_item ci join content_image im on im.item_id = ci.id
        where ci.type = 'blog' and ci.status = 'published' order by ci.published_at desc limit 1`,
  );
  const [news] = await db
    .select({ id: contentItem.id, slug: contentItem.slug })
    .from(contentItem)
    .where(and(eq(contentItem.type, 'news'), eq(contentItem.status, 'published')))
    .limit(1);
  if (!blogWithImage || !news) throw new Error('the demo data has no blog post with an image, or no news');
  pages = [
    { name: 'news list', path: '/news' },
    { name: 'news list with facets', path: '/news?topic=gender&country=SN' },
    { name: 'news item', path: `/news/${news.slug}` },
    { name: 'blog list', path: '/blog' },
    { name: 'blog post with image', path: `/blog/${blogWithImage.slug}` },
  ];
  context = await h.browser.newContext({ bypassCSP: true });

  const m = await createMember(h.t, { locale: 'fr' });
  const admin = await createMember(h.t, { role: 'admin' });
  memberContext = await contextFor(m.user.email, m.password);
  adminContext = await contextFor(admin.user.email, admin.password);
  const memberClient = await signIn(h.t, m.user.email, m.password);
  const [topic] = await queryRows<{ id: number }>(
    db,
    sql`select id from term where vocabulary_id = 'topic' limit 1`,
  );
  const res = await memberClient.post('/en/blog/submit', {
    title: 'A member’s first blog post',
    summary: 'Notes from a field visit.',
    body: 'Some **Markdown** text.',
    originalLocale: 'en',
    topics: String(topic!.id),
    countries: 'SN',
  });
  const submissionPath = String(res.headers.location).replace(/^\/en/, '').replace(/\?.*$/, '');
  memberPages = ['/news/submit', '/blog/submit', '/blog/submissions', submissionPath];
  staffPages = [
    '/admin/news',
    '/admin/blog',
    '/admin/news/new',
    `/admin/blog/${blogWithImage.id}/edit`,
    `/admin/news/${news.id}/edit`,
  ];
}, 180_000);

afterAll(async () => {
  await memberContext?.close();
  await adminContext?.close();
  await context?.close();
  await h?.close();
});

describe('news and blog pages', { timeout: 240_000 }, () => {
  it('have no accessibility violation (public, member and staff pages)', async () => {
    const failures: string[] = [];
    for (const [who, ctx, list] of [
      ['visitor', context, pages.map((p) => p.path)],
      ['member', memberContext, memberPages],
      ['admin', adminContext, staffPages],
    ] as const) {
      const page = await ctx.newPage();
      for (const locale of LOCALES) {
        for (const path of list) {
          const res = await page.goto(`${h.base}/${locale}${path}`);
          expect(res?.status(), `${who} ${locale} ${path}`).toBe(200);
          for (const v of await axe(page))
            failures.push(
              `${who} ${locale} ${path}: ${v.id} (${v.impact}) ${v.help} ${JSON.stringify(v.nodes)}`,
            );
        }
      }
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  it('stay within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of LOCALES) {
      for (const p of pages) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${p.path}`);
        await fresh.close();
        expect(w.html, `${locale} ${p.name} measured`).toBeGreaterThan(500);
        const assets = w.css + w.js + w.fonts;
        if (w.html > BUDGET.html) over.push(`${locale} ${p.name}: HTML ${w.html} B`);
        if (assets > BUDGET.cssJsFonts) over.push(`${locale} ${p.name}: CSS+JS+fonts ${assets} B`);
        if (w.js > BUDGET.js) over.push(`${locale} ${p.name}: JS ${w.js} B`);
      }
      for (const path of staffPages) {
        const w = await weigh(adminContext, `${h.base}/${locale}${path}`);
        if (w.html > BUDGET.html) over.push(`${locale} ${path}: HTML ${w.html} B`);
      }
    }
    expect(over).toEqual([]);
  });
});
