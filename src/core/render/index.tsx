import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Cache } from '../cache.ts';
import type { RequestContext } from '../http/context.ts';
import { preferredEncoding } from '../http/encoding.ts';
import { etagMatches } from '../http/etag.ts';
import { Ctx } from './context.ts';

/** Renders a page component to a full HTML document. */
function renderDocument(ctx: RequestContext, page: ComponentChildren): string {
  const render = () => `<!doctype html>${renderToString(<Ctx.Provider value={ctx}>{page}</Ctx.Provider>)}`;
  const html = render();
  // The error summary comes before the fields it names: once a first pass has collected
  // their labels, a second pass (only on pages showing errors) lets it name each field.
  return ctx.fieldLabels.size > 0 && html.includes('id="error-summary"') ? render() : html;
}

function sendHtml(reply: FastifyReply, ctx: RequestContext, html: string, status: number) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', ctx.user ? 'private, no-store' : 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}

/** Renders a page component to a full HTML document and sends it. */
export function sendPage(reply: FastifyReply, ctx: RequestContext, page: ComponentChildren, status = 200) {
  return sendHtml(reply, ctx, renderDocument(ctx, page), status);
}

// Stand-ins, on a shared rendering, for the CSRF token (filled in per visitor) and the script
// nonce (one per rendering); unguessable so that no content can contain them by accident.
const MARK = randomBytes(12).toString('base64url');
const CSRF_MARK = `csrf-${MARK}`;
const NONCE_MARK = `nonce-${MARK}`;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const digest = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 27);

/**
 * The nonce each shared page had last, with the digest of what it showed: a rendering of
 * unchanged content keeps its nonce, so its bytes and ETag stay the same and a browser that
 * has the page keeps getting 304s across renderings.
 */
const lastNonces = new LRUCache<string, { digest: string; nonce: string }>({ max: 20_000 });

/** One rendering shared by the visitors of a page, compressed once per encoding on demand. */
interface SharedPage {
  html: string;
  /** The script nonce of this rendering, sent in the CSP header of every copy of it. */
  nonce: string;
  /** Set when the page has no per-visitor part (no form token): the bytes are the same for all. */
  etag: string | null;
  compressed: { br?: Promise<Buffer>; gzip?: Promise<Buffer> };
}

/**
 * A page that every anonymous reader of this locale and address sees alike (public content
 * only), rendered once per `ttlMs` and shared; signed-in members always get a page of their
 * own. `path` is the page's canonical address after the locale (with only the query that
 * selects what it shows, e.g. "?page=2"): it keys the rendering and is what the page's
 * language links and alternates point to — never the requester's own query string. The
 * loader may throw (404, 403 …): nothing is kept then. Callers clear `prefix` when what it
 * shows changes, so a visitor is at most `ttlMs` behind.
 *
 * The rendering sees only what every visitor shares (locale, translations, settings, the
 * canonical path). A page without forms is byte-for-byte the same for everyone until it
 * changes: compressed once, with an ETag (a revisit is a 304), its script nonce that of the
 * rendering, kept while the content is unchanged (decision 0004). A page with a form gets each
 * visitor's own CSRF token and is compressed per response.
 */
export async function sendVisitorPage(
  reply: FastifyReply,
  ctx: RequestContext,
  opts: { cache: Cache; prefix: string; path: string; ttlMs: number },
  build: () => Promise<ComponentChildren>,
) {
  if (ctx.user || opts.ttlMs <= 0) return sendPage(reply, ctx, await build());
  const key = `${opts.prefix}${ctx.locale}:${opts.path}`;
  const shared = await opts.cache.get<SharedPage>(key, opts.ttlMs, async () => {
    const visitor: RequestContext = {
      locale: ctx.locale,
      t: ctx.t,
      config: ctx.config,
      user: null,
      csrfToken: CSRF_MARK,
      nonce: NONCE_MARK,
      pathInLocale: opts.path,
      fieldLabels: new Map(),
    };
    const template = renderDocument(visitor, await build());
    const content = digest(template);
    const last = lastNonces.get(key);
    const nonce = last?.digest === content ? last.nonce : randomBytes(16).toString('hex');
    lastNonces.set(key, { digest: content, nonce });
    const html = template.replaceAll(NONCE_MARK, nonce);
    // Weak: the same page is sent plain, gzip or brotli.
    const etag = html.includes(CSRF_MARK) ? null : `W/"${digest(html)}"`;
    return { html, nonce, etag, compressed: {} };
  });
  // The CSP header (set per response by helmet) names this rendering's nonce instead.
  const csp = reply.raw.getHeader('content-security-policy');
  if (ctx.nonce && typeof csp === 'string')
    reply.header('content-security-policy', csp.replaceAll(ctx.nonce, shared.nonce));
  if (!shared.etag) return sendHtml(reply, ctx, shared.html.replaceAll(CSRF_MARK, ctx.csrfToken), 200);

  reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie, Accept-Encoding')
    .header('etag', shared.etag);
  if (etagMatches(reply.request.headers['if-none-match'], shared.etag)) return reply.status(304).send();
  const encoding = preferredEncoding(reply.request.headers['accept-encoding']);
  if (!encoding) return reply.status(200).send(shared.html);
  shared.compressed[encoding] ??=
    encoding === 'br'
      ? brotli(shared.html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzip(shared.html, { level: 9 });
  const body = await shared.compressed[encoding];
  return reply.status(200).header('content-encoding', encoding).send(body);
}
