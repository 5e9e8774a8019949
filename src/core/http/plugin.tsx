import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse as parseQs } from 'node:querystring';
import zlib from 'node:zlib';
import type { Config } from '../../config.ts';
import { ErrorPage } from '../../ui/ErrorPage.tsx';
import { AppError, ValidationError } from '../errors.ts';
import { DEFAULT_LOCALE, isLocale, type Locale, translate, translator } from '../i18n/index.ts';
import { sendPage } from '../render/index.tsx';
import { assetRoutes } from './assets.ts';
import { RedirectError } from './guards.ts';
import type { RequestContext, SessionUser } from './context.ts';
import { csrfTokenFor, newCsrfSecret, verifyCsrf } from './csrf.ts';
import { registerMultipart } from './multipart.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

export interface HttpDeps {
  config: Config;
  secret: string;
  resolveUser: (req: FastifyRequest) => Promise<SessionUser | null>;
}

export const cookieNames = (config: Config) => ({
  csrf: config.secureCookies ? '__Host-spg.csrf' : 'spg.csrf',
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Cross-cutting HTTP: headers, compression, bodies, rate limits, request context, CSRF, errors. */
export async function registerHttp(app: FastifyInstance, deps: HttpDeps) {
  const { config, secret } = deps;
  const names = cookieNames(config);

  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // Brotli's default quality (11) costs milliseconds per page; 5 keeps most of the gain
  // for a fraction of the CPU. Static assets are precompressed at maximum quality instead.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
    zlibOptions: { level: 6 },
  });
  await app.register(cookie);
  // Repeated fields (checkbox groups) arrive as arrays; no nested-object parsing.
  await app.register(formbody, { bodyLimit: config.BODY_LIMIT, parser: (s) => parseQs(s) });
  // Upload forms: their fields become req.body (so CSRF applies), the file is streamed by the route.
  await registerMultipart(app, config);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError('rate_limited', 429, 'ui.error.rateLimited', undefined, {
        seconds: Math.ceil(ctx.ttl / 1000),
      }),
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);

  app.addHook('onRequest', async (req, reply) => {
    const params = (req.params ?? {}) as { locale?: string };
    const first = req.url.split('/')[1]?.split('?')[0];
    const locale: Locale = isLocale(params.locale) ? params.locale : isLocale(first) ? first : DEFAULT_LOCALE;
    // Health checks, static assets and machine-readable outputs (API, feeds, sitemaps, OAI-PMH)
    // need no session or cookie: they are the same for everyone and cacheable by shared caches.
    const light = /^\/(assets\/|healthz|readyz|api\/|feeds\/|sitemap|oai(\?|$)|robots\.txt)/.test(req.url);
    // Downloads are cacheable by shared caches: no Set-Cookie on them.
    const download = req.url.startsWith('/files/');
    let csrfCookie = req.cookies[names.csrf];
    if (!light && !download && (!csrfCookie || csrfCookie.length < 32)) {
      csrfCookie = newCsrfSecret();
      reply.setCookie(names.csrf, csrfCookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
      });
      req.cookies[names.csrf] = csrfCookie;
    }
    const path = req.url.slice(1 + locale.length) || '/';
    req.ctx = {
      locale,
      t: translator(locale),
      user: light
        ? null
        : await deps.resolveUser(req).catch((err) => {
            // Without the database we cannot know who this is: read on as a visitor.
            req.log.warn({ code: databaseErrorCode(err) ?? 'session' }, 'session lookup failed');
            return null;
          }),
      csrfToken: csrfCookie ? csrfTokenFor(csrfCookie, secret) : '',
      nonce: (reply as FastifyReply & { cspNonce?: { script: string } }).cspNonce?.script ?? '',
      pathInLocale: isLocale(first) ? path : '/',
      fieldLabels: new Map(),
      config,
    };
  });

  // CSRF on every state-changing form post (the JSON API is read-only and cookie-less; OAI-PMH
  // harvesters may POST their arguments, which read and change nothing).
  app.addHook('preHandler', async (req) => {
    if (!UNSAFE.has(req.method) || req.url.startsWith('/api/') || /^\/oai(\?|$)/.test(req.url)) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!verifyCsrf(req.cookies[names.csrf], body._csrf, secret)) {
      throw new AppError('csrf_failed', 403, 'ui.error.csrf');
    }
  });

  assetRoutes(app);

  app.setNotFoundHandler((req, reply) =>
    renderError(req, reply, 404, 'ui.error.notFound.title', 'ui.error.notFound.body'),
  );

  app.setErrorHandler((err, req, reply) => {
    const wantsJson = req.url.startsWith('/api/') || req.headers.accept?.includes('application/json');
    if (err instanceof RedirectError && !wantsJson) return reply.redirect(err.location, 303);
    if (err instanceof AppError) {
      if (wantsJson) {
        const list =
          err instanceof ValidationError
            ? err.errors
            : [{ code: err.code, messageKey: err.messageKey, field: err.field, values: err.values }];
        return reply.status(err.status).send({
          errors: list.map((e) => ({
            code: e.code,
            message: translate(req.ctx?.locale ?? 'en', e.messageKey, e.values),
            field: e.field,
          })),
        });
      }
      if (err.status === 429) reply.header('retry-after', String(err.values?.seconds ?? 60));
      const title =
        err.status === 403
          ? 'ui.error.forbidden.title'
          : err.status === 404
            ? 'ui.error.notFound.title'
            : 'ui.error.badRequest.title';
      return renderError(req, reply, err.status, title, err.messageKey, err.values);
    }
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (isDatabaseUnavailable(err)) {
      req.log.warn({ code: databaseErrorCode(err) }, 'database unavailable');
      reply.header('retry-after', '5');
      if (wantsJson) {
        return reply.status(503).send({
          errors: [
            { code: 'unavailable', message: translate(req.ctx?.locale ?? 'en', 'ui.error.unavailable.body') },
          ],
        });
      }
      return renderError(req, reply, 503, 'ui.error.unavailable.title', 'ui.error.unavailable.body');
    }
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'unhandled error');
    if (wantsJson) {
      const messageKey = status === 500 ? 'ui.error.server.body' : 'ui.error.badRequest.body';
      return reply.status(status).send({
        errors: [
          {
            code: status === 500 ? 'internal' : (e.code ?? 'bad_request').toLowerCase(),
            message: translate(req.ctx?.locale ?? 'en', messageKey),
          },
        ],
      });
    }
    if (status === 500) return renderError(req, reply, 500, 'ui.error.server.title', 'ui.error.server.body');
    if (status === 413) return renderError(req, reply, 413, 'ui.error.badRequest.title', 'ui.error.tooLarge');
    return renderError(req, reply, status, 'ui.error.badRequest.title', 'ui.error.badRequest.body');
  });
}

// Connection refused/reset, and PostgreSQL's "cannot connect now" / shutdown / connection
// failure classes: a temporary outage, answered with 503 and Retry-After, not a 500.
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

function databaseErrorCode(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && UNAVAILABLE.has(e.code)) return e.code;
    if (
      e instanceof Error &&
      /Connection terminated|connection error|Client has encountered a connection error/i.test(e.message)
    ) {
      return 'connection';
    }
    e = e.cause as typeof e;
  }
  return undefined;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  return databaseErrorCode(err) !== undefined;
}

function renderError(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  title: Parameters<typeof translate>[1],
  body: Parameters<typeof translate>[1],
  values?: Record<string, string | number | Date>,
) {
  if (!req.ctx) return reply.status(status).type('text/plain').send(String(status));
  return sendPage(
    reply,
    req.ctx,
    <ErrorPage status={status} title={title} body={body} values={values} />,
    status,
  );
}
