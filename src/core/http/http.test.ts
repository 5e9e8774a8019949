import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('security headers', () => {
  it('sends a strict CSP with a nonce on the page script, and the other headers', async () => {
    const res = await t.app.inject('/en/about');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /script-src 'self' 'nonce-([a-f0-9]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(res.body).toContain(`nonce="${nonce}"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('sets the CSRF cookie HttpOnly and SameSite=Lax', async () => {
    const res = await t.app.inject('/en/about');
    const cookie = res.cookies.find((c) => c.name === 'spg.csrf');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
  });
});

describe('CSRF', () => {
  it('refuses a form post without a valid token, in the reader language', async () => {
    const client = t.client();
    const res = await client.post('/fr/sign-out', { _csrf: 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Votre formulaire a expiré');
  });

  it('refuses a post whose token belongs to another visitor', async () => {
    const a = t.client();
    const b = t.client();
    const tokenOfA = await a.csrfToken();
    await b.get('/en/about');
    const res = await b.post('/en/sign-out', { _csrf: tokenOfA });
    expect(res.statusCode).toBe(403);
  });
});

describe('errors', () => {
  it('renders a translated 404 page in each locale', async () => {
    for (const [locale, text] of [
      ['en', 'Page not found'],
      ['fr', 'Page introuvable'],
      ['es', 'Página no encontrada'],
      ['pt', 'Página não encontrada'],
    ] as const) {
      const res = await t.app.inject(`/${locale}/no-such-page`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain(`<html lang="${locale}"`);
      expect(res.body).toContain(text);
      expect(res.body).toContain('name="robots" content="noindex"');
    }
  });

  it('answers 404 for an unsupported locale', async () => {
    expect((await t.app.inject('/de/about')).statusCode).toBe(404);
  });

  it('answers JSON errors in one shape for API clients', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
  });

  it('refuses an oversized body with 413 and a malformed one with 400', async () => {
    const client = t.client();
    const token = await client.csrfToken();
    const big = await client.request('POST', '/en/sign-out', `_csrf=${token}&x=${'a'.repeat(1_100_000)}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(big.statusCode).toBe(413);
    const json = await client.request('POST', '/en/sign-out', '{"_csrf":', {
      'content-type': 'application/json',
    });
    expect(json.statusCode).toBe(400);
  });
});

describe('locale negotiation', () => {
  it('redirects / by Accept-Language, then the saved cookie', async () => {
    const a = await t.app.inject({ url: '/', headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } });
    expect(a.statusCode).toBe(302);
    expect(a.headers.location).toBe('/es/');
    const client = t.client();
    await client.get('/pt/about');
    const b = await client.get('/', { 'accept-language': 'fr' });
    expect(b.headers.location).toBe('/pt/');
  });

  it('offers the same page in every language, with hreflang alternates', async () => {
    const res = await t.app.inject('/fr/news');
    expect(res.body).toContain('<html lang="fr"');
    for (const l of ['en', 'fr', 'es', 'pt']) {
      expect(res.body).toContain(`hreflang="${l}" href="http://localhost:3000/${l}/news"`);
      expect(res.body).toContain(`href="/${l}/news" hreflang="${l}"`);
    }
  });
});

describe('assets', () => {
  it('serves hashed, immutable, compressed CSS and JS within budget', async () => {
    const page = await t.app.inject('/en/about');
    const css = /href="(\/assets\/app\.[a-f0-9]+\.css)"/.exec(page.body)?.[1];
    const js = /src="(\/assets\/app\.[a-f0-9]+\.js)"/.exec(page.body)?.[1];
    expect(css && js).toBeTruthy();
    for (const url of [css!, js!]) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toContain('immutable');
      expect(res.rawPayload.length).toBeLessThan(url.endsWith('.js') ? 10_000 : 30_000);
    }
  });
});
