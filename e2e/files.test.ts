import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/core/i18n/index.ts';
import { createPublication } from '../src/features/library/detail/test-fixtures.ts';
import { executableBytes, makePdf } from '../src/features/library/files/test-helpers.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness } from './harness.ts';

// The editors' files screen in a real browser with JavaScript off: a multipart form the
// keyboard can drive, the text job's result on reload, a download, a removal — and axe on
// every state of the page in every language.

let h: Harness;
let editor: BrowserContext;
const folder = mkdtempSync(join(tmpdir(), 'spg-files-e2e-'));

beforeAll(async () => {
  h = await startHarness({ seed: false });
  const e = await createMember(h.t, { role: 'editor' });
  const client = await signIn(h.t, e.user.email, e.password);
  editor = await h.browser.newContext();
  // The platform's one script never loads: the screen must work without it. (A context with
  // JavaScript switched off would also stop axe from running in the page.)
  await editor.route(/\/assets\/.*\.js(\?|$)/, (route) => route.abort());
  await editor.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
});

afterAll(async () => {
  await editor?.close();
  await h?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A file in a temporary folder: the browser picks it up as a person choosing it would (no page script). */
function fileOnDisk(name: string, data: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, data);
  return path;
}

async function violations(page: Page, what: string): Promise<string[]> {
  return (await axe(page)).map((v) => `${what}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
}

describe('publication files in a browser', { timeout: 180_000 }, () => {
  it('uploads, shows the read text status, downloads and removes, without JavaScript', async () => {
    const { id } = await createPublication(h.t.services.db, {
      slug: 'files-e2e',
      texts: { en: { title: 'Shock-responsive cash transfers', summary: 'A review.' } },
    });
    const failures: string[] = [];
    const page = await editor.newPage();
    page.setDefaultTimeout(15_000);
    const screen = `${h.base}/en/admin/library/${id}/files`;
    await page.goto(screen);
    failures.push(...(await violations(page, 'empty files screen')));

    // A wrong file first: the form comes back with the error by the field.
    await page.setInputFiles('#f-file', fileOnDisk('report.pdf', executableBytes()));
    await Promise.all([
      page.waitForNavigation(),
      page.locator('form[enctype] button[type="submit"]').click(),
    ]);
    expect(await page.locator('.error-summary').textContent()).toContain('File');
    failures.push(...(await violations(page, 'upload form with an error')));

    // With the keyboard: the document role is chosen, the file set, Enter on the button.
    const pdf = await makePdf([['Drought-triggered payments in the Sahel'], ['Annex']]);
    await page.setInputFiles('#f-file', fileOnDisk('Sahel review.pdf', pdf));
    await page.locator('form[enctype] button[type="submit"]').focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(`${screen}?done=addedPdf`);
    expect(await page.locator('tbody tr').count()).toBe(1);

    // The job reads the text in the background; a reload shows it.
    for (
      let i = 0;
      i < 100 && !(await page.locator('tbody').textContent())?.includes('Read and searchable');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 200));
      await page.reload();
    }
    expect(await page.locator('tbody').textContent()).toContain('Read and searchable');
    for (const locale of LOCALES) {
      await page.goto(`${h.base}/${locale}/admin/library/${id}/files`);
      failures.push(...(await violations(page, `${locale} files screen with a file`)));
    }

    const href = await page.locator('tbody a').first().getAttribute('href');
    const download = await page.request.get(`${h.base}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

    await page.goto(screen);
    await page.getByRole('button', { name: 'Remove Sahel review.pdf' }).focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(`${screen}?done=removed`);
    expect(await page.locator('.notice').textContent()).toBe('The file was removed.');
    failures.push(...(await violations(page, 'after removal')));
    await page.close();
    expect(failures).toEqual([]);
  });
});
