import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

// A new member joins, verifies the address by e-mail, signs in and out — with the
// keyboard alone, in French.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: false });
});
afterAll(() => h?.close());

/** Presses Tab until the focused element matches the selector: proves it is reachable by keyboard. */
async function tabTo(page: Page, selector: string, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with the Tab key`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
  });
}

describe('keyboard-only journey', () => {
  it('registers, verifies by e-mail, signs in and signs out', { timeout: 120_000 }, async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    const email = `clavier.${Date.now()}@example.org`;
    const password = 'Protection-sociale-2026';

    await page.goto(`${h.base}/fr/`);
    // The skip link comes first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await focusIsVisible(page)).toBe(true);

    await tabTo(page, 'a[href="/fr/register"]');
    await Promise.all([page.waitForURL('**/fr/register'), page.keyboard.press('Enter')]);

    await tabTo(page, '[name="name"]');
    await page.keyboard.type('Awa Ndiaye');
    await tabTo(page, '[name="email"]');
    await page.keyboard.type(email);
    await tabTo(page, '[name="password"]');
    await page.keyboard.type(password);
    await tabTo(page, '[name="confirmPassword"]');
    await page.keyboard.type(password);
    await tabTo(page, 'select[name="country"]');
    // Type-ahead to the first country starting with S, then arrow keys, as a keyboard user would.
    await page.keyboard.press('s');
    for (let i = 0; i < 300 && (await page.inputValue('select[name="country"]')) !== 'SN'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.inputValue('select[name="country"]')).toBe('SN');
    await tabTo(page, 'select[name="sector"]');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '[name="terms"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'main button[type="submit"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const problems = (await page.locator('.error-summary').count())
      ? await page.locator('.error-summary').textContent()
      : '';
    expect(problems).toBe('');
    expect(await page.locator('h1').textContent()).toMatch(/e-mail|messagerie/i);

    const mail = await h.smtp.waitFor((m) => m.to.includes(email));
    expect(mail.text).toContain('Bonjour Awa Ndiaye');
    const link = /https?:\/\/\S+\/fr\/verify-email\?token=\S+/.exec(mail.text)?.[0];
    expect(link).toBeTruthy();
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, h.base));
    expect(await page.locator('main').textContent()).toMatch(/confirmée|vérifiée/i);

    await page.goto(`${h.base}/fr/`);
    await tabTo(page, 'a[href="/fr/sign-in"]');
    await Promise.all([page.waitForURL('**/fr/sign-in**'), page.keyboard.press('Enter')]);
    await tabTo(page, '[name="email"]');
    await page.keyboard.type(email);
    await tabTo(page, '[name="password"]');
    await page.keyboard.type(password);
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('header').textContent()).toContain('Mon compte');

    await tabTo(page, 'header form[action="/fr/sign-out"] button');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('header').textContent()).toContain('Se connecter');
    expect((await context.cookies()).some((c) => c.name.endsWith('spg.session'))).toBe(false);
    await context.close();
  });
});
