import { and, eq } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentItem } from '../src/core/db/schema.ts';
import { LOCALES } from '../src/core/i18n/index.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// Every public page type, in every locale: no axe violation, and within the page budget
// of QUALITY.md (first-screen HTML ≤ 14 KB compressed; CSS+JS+fonts ≤ 40 KB; JS ≤ 10 KB).
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };

let h: Harness;
let context: BrowserContext;
let pages: { name: string; path: string; status: number }[] = [];

beforeAll(async () => {
  h = await startHarness();
  const slugOf = async (type: string) => {
    const [row] = await h.t.services.db
      .select({ slug: contentItem.slug })
      .from(contentItem)
      .where(and(eq(contentItem.type, type), eq(contentItem.status, 'published')))
      .limit(1);
    if (!row) throw new Error(`the demo data has no published ${type}`);
    return row.slug;
  };
  pages = [
    { name: 'home', path: '/', status: 200 },
    { name: 'library', path: '/library', status: 200 },
    { name: 'publication', path: `/library/${await slugOf('publication')}`, status: 200 },
    { name: 'news list', path: '/news', status: 200 },
    { name: 'news item', path: `/news/${await slugOf('news')}`, status: 200 },
    { name: 'about', path: '/about', status: 200 },
    { name: 'terms', path: '/terms', status: 200 },
    { name: 'privacy', path: '/privacy', status: 200 },
    { name: 'contact', path: '/contact', status: 200 },
    { name: 'sign in', path: '/sign-in', status: 200 },
    { name: 'register', path: '/register', status: 200 },
    { name: 'forgot password', path: '/forgot-password', status: 200 },
    { name: 'not found', path: '/no-such-page', status: 404 },
  ];
  context = await h.browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

describe('every public page type in every locale', () => {
  it('has no accessibility violation (axe-core, WCAG 2.2 AA)', async () => {
    const failures: string[] = [];
    const page = await context.newPage();
    for (const locale of LOCALES) {
      for (const p of pages) {
        const res = await page.goto(`${h.base}/${locale}${p.path}`);
        expect(res?.status(), `${locale} ${p.name}`).toBe(p.status);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        for (const v of await axe(page)) {
          failures.push(`${locale} ${p.name}: ${v.id} (${v.impact}) ${v.help} — ${JSON.stringify(v.nodes)}`);
        }
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  });

  it('stays within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of LOCALES) {
      for (const p of pages) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${p.path}`);
        await fresh.close();
        const assets = w.css + w.js + w.fonts;
        if (w.html > BUDGET.html) over.push(`${locale} ${p.name}: HTML ${w.html} B`);
        if (assets > BUDGET.cssJsFonts) over.push(`${locale} ${p.name}: CSS+JS+fonts ${assets} B`);
        if (w.js > BUDGET.js) over.push(`${locale} ${p.name}: JS ${w.js} B`);
        if (w.fonts > 0) over.push(`${locale} ${p.name}: downloads web fonts`);
      }
    }
    expect(over).toEqual([]);
  });

  it('works without JavaScript', async () => {
    const noJs = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${h.base}/fr/`);
    await page.getByRole('link', { name: 'Bibliothèque' }).first().click();
    expect(page.url()).toBe(`${h.base}/fr/library`);
    await page.locator('.cards a').first().click();
    expect(page.url()).toContain('/fr/library/');
    await page.getByRole('link', { name: 'Español' }).click();
    expect(page.url()).toContain('/es/library/');
    await noJs.close();
  });
});
