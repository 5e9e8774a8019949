import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type MessageKey, translate } from '../../core/i18n/index.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { STATIC_PAGES } from './index.tsx';
import type { StaticPageId } from './views/StaticPage.tsx';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PAGE_IDS = Object.keys(STATIC_PAGES) as StaticPageId[];
// A message key such as "pages.privacy.s3.title" showing up in the HTML means a missing message.
const RAW_KEY = /\bpages\.[a-z]+\.[a-z0-9.]+/i;

describe('static pages', () => {
  for (const locale of LOCALES) {
    for (const id of PAGE_IDS) {
      it(`/${locale}/${id} renders every section in ${locale}`, async () => {
        const res = await t.app.inject(`/${locale}/${id}`);
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain(`<html lang="${locale}"`);
        const title = translate(locale, `pages.${id}.title` as MessageKey);
        expect(title).not.toBe(`pages.${id}.title`);
        expect(res.body).toContain(`<h1>${escapeText(title)}</h1>`);
        for (let n = 1; n <= STATIC_PAGES[id]; n++) {
          const heading = translate(locale, `pages.${id}.s${n}.title` as MessageKey);
          expect(res.body).toContain(`<h2>${escapeText(heading)}</h2>`);
        }
        expect(res.body).not.toMatch(RAW_KEY);
        for (const l of LOCALES) {
          expect(res.body).toContain(`hreflang="${l}" href="http://localhost:3000/${l}/${id}"`);
        }
      });
    }
  }

  it('shows the contact address on the contact and privacy pages', async () => {
    const email = t.services.config.CONTACT_EMAIL;
    for (const locale of LOCALES) {
      for (const id of ['contact', 'privacy'] as const) {
        const res = await t.app.inject(`/${locale}/${id}`);
        expect(res.body).toContain(email);
      }
    }
  });

  it('has no section message beyond the count rendered', () => {
    for (const id of PAGE_IDS) {
      const next = `pages.${id}.s${STATIC_PAGES[id] + 1}.title`;
      expect(translate('en', next)).toBe(next);
    }
  });
});

describe('language negotiation at the root', () => {
  it('redirects / to the browser’s language', async () => {
    const res = await t.app.inject({ url: '/', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/fr/');
  });

  it('redirects / to English without Accept-Language', async () => {
    const res = await t.app.inject({ url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/en/');
  });

  it('answers 404 for a language the site does not offer', async () => {
    const res = await t.app.inject('/de/about');
    expect(res.statusCode).toBe(404);
  });
});
