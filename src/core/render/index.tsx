import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyReply } from 'fastify';
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

// Stands in for the CSRF token on a shared rendering, unguessable so that no content can
// contain it by accident.
const CSRF_MARK = `csrf-${randomBytes(12).toString('base64url')}`;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

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
 * own. The loader may throw (404, 403 …): nothing is kept then. Callers clear `key`'s prefix
 * when what it shows changes, so a visitor is at most `ttlMs` behind.
 *
 * A page without forms is byte-for-byte the same for everyone until it changes: it is
 * compressed once (not per request), carries an ETag (a revisit is a 304), and its script
 * nonce is that of the rendering — unique per rendering rather than per response, which
 * protects as much, since nothing can be injected into a rendering after the fact. A page
 * with a form gets each visitor's own CSRF token and is compressed per response.
 */
export async function sendVisitorPage(
  reply: FastifyReply,
  ctx: RequestContext,
  cached: { cache: Cache; key: string; ttlMs: number },
  build: () => Promise<ComponentChildren>,
) {
  if (ctx.user || cached.ttlMs <= 0) return sendPage(reply, ctx, await build());
  const shared = await cached.cache.get<SharedPage>(cached.key, cached.ttlMs, async () => {
    const nonce = randomBytes(16).toString('hex');
    const page = await build();
    const html = renderDocument({ ...ctx, nonce, csrfToken: CSRF_MARK, fieldLabels: new Map() }, page);
    const etag = html.includes(CSRF_MARK)
      ? null
      : `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
    return { html, nonce, etag, compressed: {} };
  });
  // The CSP header (set per request by helmet) names this rendering's nonce instead.
  const own = (reply as FastifyReply & { cspNonce?: { script: string } }).cspNonce?.script;
  const csp = reply.raw.getHeader('content-security-policy');
  if (own && typeof csp === 'string')
    reply.header('content-security-policy', csp.replaceAll(own, shared.nonce));
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
