import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/core/i18n/index.ts';
import { glossaryConcept } from '../src/features/glossary/tables.ts';
import { loadGlossary, saveConcept } from '../src/features/glossary/index.tsx';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness, weigh } from './harness.ts';

// The glossary's page types in every locale: no axe violation (WCAG 2.2 AA), within the
// page budget, usable without JavaScript and with the keyboard.
let h: Harness;
let reader: BrowserContext;
let editor: BrowserContext;
let conceptId = 0;

const PUBLIC = [
  '/glossary',
  '/glossary?letter=T',
  '/glossary?q=cantines%20scolaires',
  '/glossary?q=zzzqqq',
  '/glossary/conditional-cash-transfer',
  '/glossary/solo-en-espanol',
];

beforeAll(async () => {
  h = await startHarness({ seed: false });
  await loadGlossary(h.t.services.db);
  await h.t.services.db.transaction((tx) =>
    saveConcept(tx, {
      slug: 'solo-en-espanol',
      entries: [
        {
          locale: 'es',
          label: 'bono de prueba',
          synonyms: ['bono demostrativo'],
          definition: 'Un concepto que solo existe en español, para comprobar la página en otro idioma.',
          source: null,
        },
      ],
    }),
  );
  const [row] = await h.t.services.db.select({ id: glossaryConcept.id }).from(glossaryConcept).limit(1);
  conceptId = row!.id;
  reader = await h.browser.newContext({ bypassCSP: true });
  const e = await createMember(h.t, { role: 'editor' });
  const client = await signIn(h.t, e.user.email, e.password);
  editor = await h.browser.newContext({ bypassCSP: true });
  await editor.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
});

afterAll(async () => {
  await reader?.close();
  await editor?.close();
  await h?.close();
});

describe('glossary pages in every locale', { timeout: 240_000 }, () => {
  it('have no accessibility violation, public and staff', async () => {
    const failures: string[] = [];
    const staff = [
      '/admin/glossary',
      '/admin/glossary?q=TMC',
      '/admin/glossary/new',
      `/admin/glossary/${conceptId}`,
      `/admin/glossary/${conceptId}/delete`,
    ];
    for (const [who, ctx, paths] of [
      ['reader', reader, PUBLIC],
      ['editor', editor, staff],
    ] as const) {
      const page = await ctx.newPage();
      for (const locale of LOCALES) {
        for (const path of paths) {
          const res = await page.goto(`${h.base}/${locale}${path}`);
          expect(res?.status(), `${who} ${locale} ${path}`).toBe(200);
          expect(await page.getAttribute('html', 'lang')).toBe(locale);
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

  it('have no accessibility violation on the concept form showing errors', async () => {
    const failures: string[] = [];
    const page = await editor.newPage();
    for (const locale of LOCALES) {
      await page.goto(`${h.base}/${locale}/admin/glossary/new`);
      await page.fill('#f-label_fr', 'sans définition');
      await Promise.all([
        page.waitForNavigation(),
        page.locator('main form button[type="submit"]').last().click(),
      ]);
      expect(await page.locator('.error-summary').count(), `${locale} shows its errors`).toBe(1);
      for (const v of await axe(page))
        failures.push(`${locale} form errors: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
    }
    await page.close();
    expect(failures).toEqual([]);
  });

  it('stay within the page-weight budget', async () => {
    const over: string[] = [];
    for (const locale of LOCALES) {
      for (const path of PUBLIC) {
        const fresh = await h.browser.newContext();
        const w = await weigh(fresh, `${h.base}/${locale}${path}`);
        await fresh.close();
        expect(w.html, `${locale} ${path} measured`).toBeGreaterThan(500);
        if (w.html > 14 * 1024) over.push(`${locale} ${path}: HTML ${w.html} B`);
      }
    }
    expect(over).toEqual([]);
  });

  it('work without JavaScript and with the keyboard alone', async () => {
    const noJs = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${h.base}/fr/`);
    await page.getByRole('link', { name: 'Glossaire' }).first().click();
    expect(page.url()).toBe(`${h.base}/fr/glossary`);
    // Search with the keyboard: type, Enter.
    await page.locator('#glossary-q').focus();
    await page.keyboard.type('transferts monétaires');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(page.url())).toContain('/fr/glossary?q=transferts+monétaires');
    await page.getByRole('link', { name: 'transfert monétaire', exact: true }).click();
    expect(page.url()).toBe(`${h.base}/fr/glossary/cash-transfer`);
    expect(await page.locator('dd[lang="es"]').textContent()).toContain('transferencia monetaria');
    await page.getByRole('link', { name: 'Trouver des publications sur ce concept' }).click();
    expect(decodeURIComponent(page.url())).toContain('/fr/search?q=transfert monétaire');
    await noJs.close();
  });
});
