import { eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentItem } from '../src/core/db/schema.ts';
import { createMember, signIn } from '../src/test/factories.ts';
import { axe, type Harness, startHarness } from './harness.ts';

// Submitting and editing publications in a real browser: keyboard only, no JavaScript needed,
// and no axe violation on the forms, including when they show errors.

let h: Harness;
let member: BrowserContext;
let memberNoJs: BrowserContext;
let editor: BrowserContext;

async function contextFor(email: string, password: string, javaScript = true): Promise<BrowserContext> {
  const client = await signIn(h.t, email, password);
  const ctx = await h.browser.newContext({ bypassCSP: true, javaScriptEnabled: javaScript });
  await ctx.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: h.base })));
  return ctx;
}

async function violations(page: Page, what: string): Promise<string[]> {
  return (await axe(page)).map((v) => `${what}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
}

beforeAll(async () => {
  h = await startHarness();
  const m = await createMember(h.t, { locale: 'fr' });
  const e = await createMember(h.t, { role: 'editor' });
  member = await contextFor(m.user.email, m.password);
  memberNoJs = await contextFor(m.user.email, m.password, false);
  editor = await contextFor(e.user.email, e.password);
});

afterAll(async () => {
  await member?.close();
  await memberNoJs?.close();
  await editor?.close();
  await h?.close();
});

describe('publications: submission and editing in a browser', { timeout: 180_000 }, () => {
  it('a member submits without JavaScript', async () => {
    const page = await memberNoJs.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${h.base}/en/library/submit`);
    await page.locator('#f-originalLocale').selectOption('en');
    await page.locator('#f-title').fill('Social registries without scripts');
    await page.locator('#f-summary').fill('A summary.');
    await page.locator('#f-year').fill('2020');
    await page.locator('#f-documentType').selectOption({ index: 1 });
    await page.locator('#f-countries').selectOption(['SN', 'KE']);
    await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    expect(page.url()).toMatch(/\/en\/library\/submissions\/[0-9a-f-]{36}\?done=submitted$/);
    expect(await page.locator('h1').textContent()).toBe('Social registries without scripts');
    await page.close();
  });

  it('a member submits with the keyboard; the editor asks for changes; the member revises and resubmits; the editor publishes; a reject path; no axe violation on the way', async () => {
    const failures: string[] = [];
    const page = await member.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${h.base}/fr/library/submit`);
    // Sent empty: the browser's own checks are off, as with an old browser; the server answers.
    await page.$eval('main form', (f) => f.setAttribute('novalidate', ''));
    await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    expect(await page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(4);
    failures.push(...(await violations(page, 'submit form with errors')));

    await page.locator('#f-originalLocale').focus();
    await page.keyboard.press('f'); // "français" in French: typing selects it.
    await page.locator('#f-title').focus();
    await page.keyboard.type('Protection sociale adaptative au Sahel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Une synthèse des programmes qui réagissent aux sécheresses.');
    await page.locator('#f-year').focus();
    await page.keyboard.type('2023');
    await page.locator('#f-documentType').selectOption({ index: 1 });
    await page.locator('#f-programmeAreas').focus();
    await page.keyboard.press('Space');
    await page.locator('main form button[type="submit"]').focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toMatch(/\/fr\/library\/submissions\/[0-9a-f-]{36}\?done=submitted$/);
    expect(await page.locator('h1').textContent()).toBe('Protection sociale adaptative au Sahel');
    failures.push(...(await violations(page, 'confirmation page')));
    const itemId = /submissions\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const [row] = await h.t.services.db.select().from(contentItem).where(eq(contentItem.id, itemId));
    expect(row).toMatchObject({ status: 'submitted', originalLocale: 'fr' });
    await page.goto(`${h.base}/fr/library/submissions`);
    failures.push(...(await violations(page, 'submissions list')));
    await page.close();

    const admin = await editor.newPage();
    admin.setDefaultTimeout(15_000);
    await admin.goto(`${h.base}/en/admin/library`);
    failures.push(...(await violations(admin, 'admin list')));
    await admin.goto(`${h.base}/en/admin/library/${itemId}/edit`);
    await admin.locator('#f-title_en').fill('Adaptive social protection in the Sahel');
    await admin.locator('#f-year').fill('not a year');
    await admin.$eval('main form[action$="/edit"]', (f) => f.setAttribute('novalidate', ''));
    await Promise.all([
      admin.waitForNavigation(),
      admin.locator('main form[action$="/edit"] button').click(),
    ]);
    expect(await admin.locator('.error-summary').textContent()).toContain('Year of publication');
    failures.push(...(await violations(admin, 'edit form with errors')));
    // The editor claims it and asks for changes, from the keyboard.
    await admin.goto(`${h.base}/en/admin/review`);
    failures.push(...(await violations(admin, 'review queue')));
    // Claimed from the queue, with another row ticked for the bulk form: only the claim is sent.
    await admin.locator('input[name="ids"]').first().check();
    const claim = admin.locator(`button[form="claim-${itemId}"]`);
    expect(await claim.textContent()).toBe('Claim for review: Protection sociale adaptative au Sahel');
    await claim.focus();
    await Promise.all([admin.waitForNavigation(), admin.keyboard.press('Enter')]);
    expect(await admin.locator('.notice').textContent()).toContain('You are reviewing it now.');
    await admin.goto(`${h.base}/en/admin/library/${itemId}/edit`);
    await Promise.all([
      admin.waitForNavigation(),
      admin.getByRole('link', { name: 'Ask for changes' }).click(),
    ]);
    failures.push(...(await violations(admin, 'decision page')));
    await admin.locator('#f-message').fill('Merci : ajoutez les pays couverts au résumé.');
    await Promise.all([admin.waitForNavigation(), admin.getByRole('button', { name: 'Confirm' }).click()]);
    expect(await admin.locator('.notice').textContent()).toContain('Changes requested.');
    failures.push(...(await violations(admin, 'edit page with history')));

    // The member reads the message (also by e-mail, in French), revises and resubmits.
    const mail = await h.smtp.waitFor((m) => m.subject.startsWith('Modifications demandées'));
    expect(mail.text).toContain('ajoutez les pays couverts');
    const back = await member.newPage();
    back.setDefaultTimeout(15_000);
    await back.goto(`${h.base}/fr/library/submissions/${itemId}`);
    expect(await back.locator('.history').textContent()).toContain('ajoutez les pays couverts');
    failures.push(...(await violations(back, 'submission with changes requested')));
    await Promise.all([
      back.waitForNavigation(),
      back.getByRole('link', { name: 'Modifier cette contribution' }).click(),
    ]);
    await back
      .locator('#f-summary')
      .fill('Une synthèse des programmes qui réagissent aux sécheresses au Mali et au Niger.');
    await Promise.all([back.waitForNavigation(), back.locator('main form button[type="submit"]').click()]);
    await Promise.all([
      back.waitForNavigation(),
      back.getByRole('button', { name: 'Soumettre pour relecture' }).click(),
    ]);
    expect(await back.locator('.workflow').textContent()).toContain('En attente de relecture');
    await back.close();

    // The editor publishes from the queue's item; it is public and found.
    await admin.goto(`${h.base}/en/admin/library/${itemId}/edit`);
    await Promise.all([admin.waitForNavigation(), admin.getByRole('button', { name: 'Publish' }).click()]);
    expect(await admin.locator('.notice').textContent()).toContain('Published.');
    await admin.goto(`${h.base}/en/admin/history/${itemId}`);
    expect(await admin.locator('.diff').textContent()).toContain('Mali');
    failures.push(...(await violations(admin, 'revision history')));

    // The reject path: a second submission is rejected with a reason the member reads.
    const other = await h.t.services.db
      .select()
      .from(contentItem)
      .where(eq(contentItem.status, 'submitted'))
      .limit(1);
    await admin.goto(`${h.base}/en/workflow/${other[0]!.id}/reject`);
    await admin.locator('#f-message').fill('Out of scope for the library.');
    await Promise.all([admin.waitForNavigation(), admin.getByRole('button', { name: 'Confirm' }).click()]);
    const [rejected] = await h.t.services.db
      .select()
      .from(contentItem)
      .where(eq(contentItem.id, other[0]!.id));
    expect(rejected!.status).toBe('rejected');
    await admin.close();

    const reader = await h.browser.newPage();
    const res = await reader.goto(`${h.base}/fr/library/${row!.slug}`);
    expect(res?.status()).toBe(200);
    await reader.goto(`${h.base}/fr/library?q=${encodeURIComponent('protection sociale adaptative Sahel')}`);
    expect(await reader.locator(`a[href="/fr/library/${row!.slug}"]`).count()).toBeGreaterThan(0);
    await reader.close();
    expect(failures).toEqual([]);
  });
});
