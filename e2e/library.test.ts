import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, type Harness, startHarness } from './harness.ts';

// A reader searches the library, narrows the results with facets, opens a publication and
// downloads its PDF — in Spanish, with axe run on every page on the way.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

async function expectAccessible(page: Page) {
  const violations = await axe(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe('library journey', () => {
  it('searches, filters, opens and downloads', { timeout: 180_000 }, async () => {
    const context = await h.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();

    await page.goto(`${h.base}/es/library`);
    await expectAccessible(page);

    // Search with the keyboard: the box, a query, Enter.
    await page.focus('#q');
    await page.keyboard.type('protección social');
    await Promise.all([page.waitForURL(/\/es\/library\?q=/), page.keyboard.press('Enter')]);
    const total = Number((await page.textContent('#results-h'))?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('.results-list mark').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Narrow it: tick the first value of the "Tipo de documento" facet, newest first, apply.
    const facet = page
      .locator('fieldset', { hasText: 'Tipo de documento' })
      .locator('input[type=checkbox]')
      .first();
    const value = await facet.getAttribute('value');
    await facet.check();
    await page.selectOption('#sort', 'date');
    await Promise.all([page.waitForURL(/document-type=/), page.click('aside button[type=submit]')]);
    expect(page.url()).toContain(`document-type=${value}`);
    expect(page.url()).toContain('sort=date');
    const filtered = Number((await page.textContent('#results-h'))?.replace(/\D/g, ''));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(total);
    // The active filter can be removed with one link.
    expect(await page.locator('.active-filters a').count()).toBe(1);
    await expectAccessible(page);

    // Open results until one has a file to download (the newest demo publications do).
    const links = await page
      .locator('.results-list h3 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    let opened = false;
    for (const href of links.slice(0, 10)) {
      await page.goto(`${h.base}${href}`);
      if ((await page.locator('a[href^="/files/"]').count()) > 0) {
        opened = true;
        break;
      }
    }
    expect(opened, 'no publication with a file among the first results').toBe(true);
    await expectAccessible(page);

    // Size and type are shown before the click; the download arrives whole, with its name.
    const download = page.locator('a[href^="/files/"]').first();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('searches across languages from the global search page', { timeout: 60_000 }, async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.base}/fr/search?q=${encodeURIComponent('transferts monétaires')}`);
    expect(await page.textContent('.notice')).toContain('transferts monétaires');
    expect(await page.locator('.notice [lang="en"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.goto(`${h.base}/fr/search?q=${encodeURIComponent('"unbalanced -- OR')}`);
    expect(await page.title()).toContain('Recherche');
    await expectAccessible(page);
    await context.close();
  });
});
