import zlib from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { CsrfField } from '../../ui/forms.tsx';
import { createCache } from '../cache.ts';
import type { RequestContext } from '../http/context.ts';
import { translator } from '../i18n/index.ts';
import { useCtx } from './context.ts';
import { sendVisitorPage } from './index.tsx';

function Page({ n, form }: { n: number; form: boolean }) {
  const { nonce, pathInLocale } = useCtx();
  return (
    <html lang="en">
      <body>
        <p>rendering {n}</p>
        <a href={`/fr${pathInLocale}`}>français</a>
        {form && (
          <form method="post">
            <CsrfField />
          </form>
        )}
        <script nonce={nonce} />
      </body>
    </html>
  );
}

const ctxFor = (who: string, user: RequestContext['user'] = null) =>
  ({
    locale: 'en',
    t: translator('en'),
    user,
    csrfToken: `token-of-${who}`,
    nonce: `nonce-of-${who}`,
    // What the requester typed: a shared rendering must not carry it.
    pathInLocale: `/${who}?utm=${who}`,
    config: {},
    unreadNotifications: 3,
    fieldLabels: new Map(),
  }) as unknown as RequestContext;

/** A server whose pages are shared by visitors; /{who} is a visitor unless who = "member". */
function server(form: boolean, ttlMs = 60_000) {
  const cache = createCache();
  const state = { renders: 0, content: 1 };
  const app = Fastify();
  app.addHook('onRequest', async (req, reply) => {
    // As helmet does: a nonce per response (the one in the request's context), in the CSP header.
    reply.raw.setHeader('content-security-policy', `script-src 'self' 'nonce-nonce-of-${req.url.slice(1)}'`);
  });
  app.get('/:who', (req, reply) => {
    const { who } = req.params as { who: string };
    const user = who === 'member' ? ({ id: 'u1', name: 'M' } as RequestContext['user']) : null;
    const opts = { cache, prefix: 'test:', path: '/page', ttlMs };
    return sendVisitorPage(reply, ctxFor(who, user), opts, async () => {
      state.renders++;
      return <Page n={state.content} form={form} />;
    });
  });
  return { app, state };
}

const nonceOf = (body: string) => /nonce="([^"]+)"/.exec(body)?.[1];

describe('sendVisitorPage', () => {
  it('renders a page without forms once: the same bytes, nonce and ETag for every visitor, compressed once', async () => {
    const { app, state } = server(false);
    const a = await app.inject('/ana');
    const b = await app.inject({ url: '/ben', headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(a.statusCode).toBe(200);
    expect(state.renders).toBe(1);
    expect(a.body).toContain('rendering 1');
    expect(b.headers['content-encoding']).toBe('gzip');
    const unzipped = zlib.gunzipSync(b.rawPayload).toString();
    expect(unzipped).toBe(a.body);
    const nonce = nonceOf(a.body);
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    // The CSP header names the rendering's nonce, not the one made for this response.
    expect(a.headers['content-security-policy']).toBe(`script-src 'self' 'nonce-${nonce}'`);
    expect(a.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(a.headers.vary).toBe('Cookie, Accept-Encoding');
    const br = await app.inject({ url: '/cleo', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(a.body);
    const again = await app.inject({ url: '/ana', headers: { 'if-none-match': String(a.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(state.renders).toBe(1);
    // Only what every visitor shares: the canonical path, never a requester's query string.
    expect(a.body).toContain('href="/fr/page"');
    expect(a.body).not.toContain('utm');
    await app.close();
  });

  it('keeps the nonce and ETag while the content is unchanged, so revisits stay 304 across renderings', async () => {
    const { app, state } = server(false, 1);
    const first = await app.inject('/ana');
    await new Promise((r) => setTimeout(r, 5));
    const second = await app.inject({
      url: '/ben',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(state.renders).toBe(2);
    expect(second.statusCode).toBe(304);
    expect(second.headers['content-security-policy']).toBe(
      `script-src 'self' 'nonce-${nonceOf(first.body)}'`,
    );
    state.content = 2;
    await new Promise((r) => setTimeout(r, 5));
    const changed = await app.inject({
      url: '/cleo',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('rendering 2');
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(nonceOf(changed.body)).not.toBe(nonceOf(first.body));
    await app.close();
  });

  it('fills in each visitor’s own form token on a page with a form, and never shares a member’s page', async () => {
    const { app, state } = server(true);
    const a = await app.inject('/ana');
    const b = await app.inject('/ben');
    expect(state.renders).toBe(1);
    expect(a.body).toContain('value="token-of-ana"');
    expect(b.body).toContain('value="token-of-ben"');
    expect(b.body).not.toContain('ana');
    expect(a.headers.etag).toBeUndefined();
    expect(a.headers['cache-control']).toBe('no-cache');
    const m = await app.inject('/member');
    expect(state.renders).toBe(2);
    expect(m.body).toContain('nonce="nonce-of-member"');
    expect(m.headers['cache-control']).toBe('private, no-store');
    // The member's rendering was not kept for visitors.
    expect((await app.inject('/cleo')).body).not.toContain('nonce-of-member');
    expect(state.renders).toBe(2);
    await app.close();
  });

  it('keeps nothing when the page fails (a 404 stays a 404 for the next visitor too)', async () => {
    const cache = createCache();
    let calls = 0;
    const app = Fastify();
    app.get('/', (_req, reply) =>
      sendVisitorPage(
        reply,
        ctxFor('x'),
        { cache, prefix: 'test:', path: '/gone', ttlMs: 60_000 },
        async () => {
          calls++;
          throw Object.assign(new Error('not found'), { statusCode: 404 });
        },
      ),
    );
    expect((await app.inject('/')).statusCode).toBe(404);
    expect((await app.inject('/')).statusCode).toBe(404);
    expect(calls).toBe(2);
    await app.close();
  });
});
