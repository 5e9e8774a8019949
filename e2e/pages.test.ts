import { and, eq } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation as organisationTable } from '../src/features/organisations/tables.ts';
import { contentItem, term as termTable } from '../src/core/db/schema.ts';
import { LOCALES } from '../src/core/i18n/index.ts';
import { createShowcasePublication } from '../src/features/library/detail/test-fixtures.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { apiKey, feedback, mailMessage } from '../src/core/db/schema.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// Every public page type, in every locale: no axe violation, and within the page budget
// of QUALITY.md (first-screen HTML ≤ 14 KB compressed; CSS+JS+fonts ≤ 40 KB; JS ≤ 10 KB).
const BUDGET = { html: 14 * 1024, cssJsFonts: 40 * 1024, js: 10 * 1024 };

let h: Harness;
let context: BrowserContext;
let pages: { name: string; path: string; status: number }[] = [];
/** Signed-in page types, checked with the session of a member and of an admin (2FA on). */
let memberContext: BrowserContext;
let adminContext: BrowserContext;
let memberPages: { name: string; path: string; status: number }[] = [];
let staffPages: { name: string; path: string; status: number }[] = [];

/** A browser context carrying the cookies of a client signed in through the real forms. */
async function contextFor(email: string, password: string): Promise<BrowserContext> {
  const client = await signIn(h.t, email, password);
  const ctx = await h.browser.newContext({ bypassCSP: true });
  await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
  return ctx;
}

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
    {
      name: 'publication with files, related and citations',
      path: `/library/${await createShowcasePublication(h.t.services.db)}`,
      status: 200,
    },
    { name: 'library search with facets', path: '/library?q=social+protection&topic=gender', status: 200 },
    { name: 'global search', path: '/search?q=transferts+mon%C3%A9taires', status: 200 },
    { name: 'search without results', path: '/search?q=zzqqxx+-OR&country=ZZ', status: 200 },
    { name: 'news list', path: '/news', status: 200 },
    { name: 'news item', path: `/news/${await slugOf('news')}`, status: 200 },
    { name: 'about', path: '/about', status: 200 },
    { name: 'terms', path: '/terms', status: 200 },
    { name: 'privacy', path: '/privacy', status: 200 },
    { name: 'contact', path: '/contact', status: 200 },
    { name: 'API reference', path: '/api', status: 200 },
    { name: 'feedback', path: '/feedback?from=%2Fen%2Flibrary', status: 200 },
    { name: 'sign in', path: '/sign-in', status: 200 },
    { name: 'register', path: '/register', status: 200 },
    { name: 'forgot password', path: '/forgot-password', status: 200 },
    { name: 'not found', path: '/no-such-page', status: 404 },
    { name: 'check your e-mail', path: '/register/check-email', status: 200 },
    { name: 'verification link invalid', path: '/verify-email?token=expired-or-wrong', status: 400 },
    { name: 'reset link invalid', path: '/reset-password?token=expired-or-wrong', status: 400 },
    { name: 'account deleted', path: '/account/deleted', status: 200 },
  ];
  context = await h.browser.newContext({ bypassCSP: true });

  const member = await createMember(h.t, { locale: 'fr' });
  const admin = await createMember(h.t, { role: 'admin' });
  memberContext = await contextFor(member.user.email, member.password);
  adminContext = await contextFor(admin.user.email, admin.password);
  // A key of the member's, for the page that confirms revoking it.
  const [key] = await h.t.services.db
    .insert(apiKey)
    .values({ userId: member.user.id, name: 'Tableau de bord', prefix: 'spg_abcdef', hash: 'e2e-demo-hash' })
    .returning({ id: apiKey.id });
  memberPages = [
    '/account',
    `/account/api-keys/${key!.id}/revoke`,
    '/account/profile',
    '/account/password',
    '/account/email',
    '/account/two-factor',
    '/account/delete',
    '/account/api-keys',
    '/library/submit',
    '/library/submissions',
    // A member at a staff screen: the translated 403 page.
    '/admin/users',
  ].map((path) => ({ name: path, path, status: path.startsWith('/admin') ? 403 : 200 }));
  await h.t.services.mailer.queue(h.t.services.db, {
    toAddress: 'reader@example.org',
    locale: 'pt',
    kind: 'test',
    subject: 'Mensagem de teste',
    text: 'Olá',
    html: '<p>Olá</p>',
  });
  const [mail] = await h.t.services.db.select({ id: mailMessage.id }).from(mailMessage).limit(1);
  const [term] = await h.t.services.db
    .select({ id: termTable.id })
    .from(termTable)
    .where(eq(termTable.vocabularyId, 'topic'))
    .limit(1);
  const [pub] = await h.t.services.db
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(eq(contentItem.type, 'publication'))
    .limit(1);
  // A seeded submission: its edit page shows the workflow panel with actions and history.
  const [submitted] = await h.t.services.db
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(eq(contentItem.status, 'changes_requested'))
    .limit(1);
  const [waiting] = await h.t.services.db
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(eq(contentItem.status, 'submitted'))
    .limit(1);
  const [org] = await h.t.services.db.select({ id: organisationTable.id }).from(organisationTable).limit(1);
  const [answered] = await h.t.services.db
    .select({ id: feedback.id })
    .from(feedback)
    .where(eq(feedback.status, 'answered'))
    .limit(1);
  staffPages = [
    '/admin',
    '/admin/users',
    '/admin/outbox',
    `/admin/outbox/${mail!.id}`,
    '/admin/taxonomy',
    '/admin/taxonomy/programme-area',
    `/admin/taxonomy/topic/terms/${term!.id}`,
    '/admin/library',
    '/admin/library/new',
    `/admin/library/${pub!.id}/edit`,
    `/admin/library/${submitted!.id}/edit`,
    '/admin/review',
    '/admin/rights',
    '/admin/rights?q=a',
    '/admin/audit',
    '/admin/translations',
    `/admin/translations/${pub!.id}`,
    '/admin/quality',
    '/admin/featured?locale=fr',
    '/admin/organisations',
    '/admin/organisations/new',
    `/admin/organisations/${org!.id}`,
    `/admin/history/${pub!.id}`,
    `/workflow/${waiting!.id}/reject`,
    '/admin/feedback',
    `/admin/feedback/${answered!.id}`,
  ].map((path) => ({ name: path, path, status: 200 }));
});

afterAll(async () => {
  await memberContext?.close();
  await adminContext?.close();
  await context?.close();
  await h?.close();
});

describe('every public page type in every locale', { timeout: 240_000 }, () => {
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

  it('has no accessibility violation on forms showing errors', async () => {
    const failures: string[] = [];
    const page = await context.newPage();
    for (const locale of LOCALES) {
      for (const form of ['/register', '/sign-in', '/forgot-password']) {
        await page.goto(`${h.base}/${locale}${form}`);
        await Promise.all([
          page.waitForNavigation(),
          page.locator('main form button[type="submit"]').first().click(),
        ]);
        expect(await page.locator('.error-summary').count(), `${locale} ${form} shows its errors`).toBe(1);
        for (const v of await axe(page))
          failures.push(`${locale} ${form} (errors): ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  });

  it('has no accessibility violation on member and staff pages', async () => {
    const failures: string[] = [];
    for (const [who, ctx, list] of [
      ['member', memberContext, memberPages],
      ['admin', adminContext, staffPages],
    ] as const) {
      const page = await ctx.newPage();
      for (const locale of LOCALES) {
        for (const p of list) {
          const res = await page.goto(`${h.base}/${locale}${p.path}`);
          expect(res?.status(), `${who} ${locale} ${p.name}`).toBe(p.status);
          for (const v of await axe(page))
            failures.push(`${who} ${locale} ${p.name}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
        }
      }
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  // The team works from slow links too: every console page's HTML fits the same budget.
  it('keeps staff pages within the HTML budget', async () => {
    const over: string[] = [];
    for (const locale of ['en', 'fr'] as const) {
      for (const p of staffPages) {
        const w = await weigh(adminContext, `${h.base}/${locale}${p.path}`);
        expect(w.status, `${locale} ${p.name}`).toBe(p.status);
        expect(w.html, `${locale} ${p.name} measured`).toBeGreaterThan(500);
        if (w.html > BUDGET.html) over.push(`${locale} ${p.name}: HTML ${w.html} B`);
      }
    }
    expect(over).toEqual([]);
  });

  it('stays within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of LOCALES) {
      for (const p of pages) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${p.path}`);
        await fresh.close();
        // The measurement itself must see the page and its stylesheet.
        expect(w.html, `${locale} ${p.name} measured`).toBeGreaterThan(500);
        expect(w.css, `${locale} ${p.name} stylesheet measured`).toBeGreaterThan(1000);
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
    // The search form and its facets are a plain GET form.
    await page.fill('#q', 'protection sociale');
    await page.locator('aside input[type=checkbox]').first().check();
    await page.click('aside button[type=submit]');
    expect(page.url()).toMatch(/\/fr\/library\?q=protection\+sociale&/);
    await page.locator('.results-list a').first().click();
    expect(page.url()).toContain('/fr/library/');
    await page.locator('nav.languages').getByRole('link', { name: 'Español' }).click();
    expect(page.url()).toContain('/es/library/');
    await noJs.close();
  });
});
