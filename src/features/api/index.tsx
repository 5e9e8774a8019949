import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { AppError, ValidationError } from '../../core/errors.ts';
import { formErrors, isFormRefusal } from '../../core/http/forms.ts';
import { requireUser } from '../../core/http/guards.ts';
import { etagMatches } from '../../core/http/etag.ts';
import { toFieldErrors } from '../../core/http/validate.ts';
import { isLocale, type Locale, negotiateLocale, translator } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { perIp } from '../accounts/form.ts';
import { API_CACHE_PREFIX, type ApiRequestContext } from './content.ts';
import { createKey, keyToRevoke, listKeys, resolveApiKey, revokeMemberKey } from './keys/manage-keys.ts';
import { apiRoutes } from './routes.ts';
import { KeysPage, RevokeKeyPage } from './views/KeysPage.tsx';
import { type OpenApiDoc, ReferencePage } from './views/ReferencePage.tsx';
import { createHash } from 'node:crypto';

export { CONTENT_API } from './content.ts';

type OpenApiDocument = OpenApiDoc & {
  paths: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>>;
  components?: { schemas?: Record<string, unknown> };
};

/** What each status means, instead of the generator's "Default Response". */
const STATUS_TEXT: Record<string, string> = {
  '200': 'OK.',
  '400': 'Bad parameters: each error names the parameter at fault (`field`).',
  '401': 'Unknown or revoked API key.',
  '404': 'No such item.',
  '429': 'Too many requests: try again after Retry-After seconds.',
  '500': 'Server error.',
  '503': 'Temporarily unavailable: try again after Retry-After seconds.',
};

/**
 * The generated document, tidied: statuses described, and the input copies of response schemas
 * that the Zod transform registers but no operation refers to left out (half the document).
 */
function polish(doc: OpenApiDocument): OpenApiDocument {
  for (const methods of Object.values(doc.paths))
    for (const op of Object.values(methods))
      for (const [status, response] of Object.entries(op.responses ?? {}))
        if (response.description === 'Default Response' && STATUS_TEXT[status])
          response.description = STATUS_TEXT[status];
  const schemas = doc.components?.schemas ?? {};
  const text = JSON.stringify({ ...doc, components: { ...doc.components, schemas: {} } });
  const referenced = new Set<string>();
  const visit = (json: string) => {
    for (const m of json.matchAll(/#\/components\/schemas\/([\w-]+)/g)) {
      const name = m[1] as string;
      if (referenced.has(name)) continue;
      referenced.add(name);
      visit(JSON.stringify(schemas[name] ?? {}));
    }
  };
  visit(text);
  for (const name of Object.keys(schemas)) if (!referenced.has(name)) delete schemas[name];
  return doc;
}

/** Answers may be kept this long by browsers and shared caches (then revalidated by ETag). */
const MAX_AGE_SECONDS = 60;

/**
 * The public read API under /api/v1 (JSON, CORS, ETags, rate limits per IP and per key), its
 * OpenAPI 3.1 description at /api/openapi.json, the reference page /{locale}/api, and the
 * member's API keys in their account.
 */
export function createApi(services: Services): Feature {
  const { config } = services;
  // API pages read every feature's content: any change anywhere drops them.
  services.cache.followAll(API_CACHE_PREFIX);
  /** Per request: the caller's key id (when one was sent) and the language asked for. */
  const state = new WeakMap<FastifyRequest, { key?: string; lang?: Locale; locale: Locale }>();
  const context = (req: FastifyRequest): ApiRequestContext => {
    const s = state.get(req);
    return { locale: s?.locale ?? 'en', lang: s?.lang, publicUrl: config.publicUrl };
  };
  let openapi: OpenApiDoc | undefined;

  const api: FastifyPluginAsync = async (scope) => {
    await scope.register(cors, {
      origin: '*',
      methods: ['GET', 'HEAD', 'OPTIONS'],
      allowedHeaders: ['X-API-Key', 'If-None-Match', 'Accept-Language'],
      exposedHeaders: [
        'ETag',
        'Retry-After',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
      ],
      maxAge: 86_400,
    });
    await scope.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'SP Gateway public API',
          version: '1.0.0',
          description:
            'Read-only access to everything public on SP Gateway: publications, news, blog posts, events, webinars, organisations, the glossary, the taxonomy and countries. Every item carries its licence. Lists page by cursor (`meta.nextCursor`); `lang` picks the language of texts (with `fallback` marking items shown in their original language). Errors come as `{ "errors": [{ "code", "message", "field" }] }`. Without a key: per-IP limit; with `X-API-Key` (created in a member account): a higher per-key limit.',
          license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        },
        servers: [{ url: config.publicUrl }],
        components: {
          securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
        },
        security: [{}, { apiKey: [] }],
        tags: [
          { name: 'content', description: 'Published content, with the search and filters of the site.' },
          { name: 'reference', description: 'Organisations, glossary, taxonomy and countries.' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });

    // Query errors name every parameter at fault (unknown ones included), in the reader's
    // language; `reportInput` tells "given twice" (an array) from "missing".
    scope.setValidatorCompiler(({ schema }) => (data) => {
      const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
      return result.success
        ? { value: result.data }
        : { error: new ValidationError(toFieldErrors(result.error)) };
    });

    scope.addHook('onRequest', async (req, reply) => {
      const q = (req.query ?? {}) as Record<string, unknown>;
      const lang = typeof q.lang === 'string' && isLocale(q.lang) ? q.lang : undefined;
      const locale = lang ?? negotiateLocale(req.headers['accept-language'], undefined);
      req.ctx.locale = locale;
      req.ctx.t = translator(locale);
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('vary', 'Accept-Language');
      const key =
        req.method === 'OPTIONS' ? undefined : await resolveApiKey(services, req.headers['x-api-key']);
      state.set(req, { lang, locale, key });
    });

    // One limit per caller across every route (HEAD and the document included): a valid key's
    // own, else the address's — a wrong key counts against the address before it is refused.
    const limiter = scope.rateLimit({
      max: (_req: FastifyRequest, key: string) =>
        key.startsWith('key:') ? config.API_KEY_RATE_LIMIT : config.API_RATE_LIMIT,
      timeWindow: 60_000,
      keyGenerator: (req: FastifyRequest) => {
        const key = state.get(req)?.key;
        return key && key !== 'invalid' ? `key:${key}` : `ip:${req.ip}`;
      },
    });
    scope.addHook('onRequest', async function (req, reply) {
      if (req.method !== 'OPTIONS') await limiter.call(this, req, reply);
    });
    scope.addHook('onRequest', async (req) => {
      if (state.get(req)?.key === 'invalid') throw new AppError('invalid_api_key', 401, 'api.error.key');
    });

    // Every answer is public and the same for every caller: a validator lets clients and
    // caches revalidate for an empty 304 instead of the whole page again. Errors are not kept.
    scope.addHook('onSend', async (req, reply, payload) => {
      if (reply.statusCode !== 200 || typeof payload !== 'string') {
        if (reply.statusCode >= 400) reply.header('cache-control', 'no-store');
        return payload;
      }
      const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
      reply.header('etag', etag);
      reply.header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`);
      if (etagMatches(req.headers['if-none-match'], etag)) {
        reply.code(304);
        return '';
      }
      return payload;
    });

    scope.setNotFoundHandler(() => {
      throw new AppError('not_found', 404, 'api.error.notFound');
    });

    await scope.register(apiRoutes(services, context), { prefix: '/v1' });

    scope.get('/openapi.json', { schema: { hide: true } }, async (_req, reply) => {
      return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(openapi));
    });
    // Built once the routes are known; the reference page reads the same document.
    scope.addHook('onReady', async () => {
      openapi = polish(scope.swagger() as unknown as OpenApiDocument);
    });
  };

  const root: FastifyPluginAsync = async (app) => {
    await app.register(api, { prefix: '/api' });
  };

  const html: FastifyPluginAsync = async (app: FastifyInstance) => {
    app.get('/api', async (req, reply) => {
      // The document the reference page explains is the one clients get.
      if (!openapi) throw new AppError('not_ready', 503, 'ui.error.unavailable.body');
      return sendPage(reply, req.ctx, <ReferencePage doc={openapi} />);
    });

    app.get('/account/api-keys', async (req, reply) => {
      const user = requireUser(req);
      const { done } = z
        .object({ done: z.literal('revoked').optional().catch(undefined) })
        .loose()
        .parse(req.query ?? {});
      const notice = done ? req.ctx.t('api.keys.revokedDone') : undefined;
      return sendPage(reply, req.ctx, <KeysPage keys={await listKeys(services, user)} notice={notice} />);
    });

    app.post('/account/api-keys', { config: perIp(20, 60) }, async (req, reply) => {
      const user = requireUser(req);
      try {
        const created = await createKey(services, user, req.body);
        // The key is shown on this answer only: never stored in a page anyone can reload from cache.
        reply.header('cache-control', 'no-store');
        return sendPage(reply, req.ctx, <KeysPage keys={await listKeys(services, user)} created={created} />);
      } catch (err) {
        if (!isFormRefusal(err)) throw err;
        const body = (req.body ?? {}) as { name?: unknown };
        return sendPage(
          reply,
          req.ctx,
          <KeysPage
            keys={await listKeys(services, user)}
            errors={formErrors(err)}
            name={typeof body.name === 'string' ? body.name : ''}
          />,
          err.status,
        );
      }
    });

    app.get('/account/api-keys/:id/revoke', async (req, reply) => {
      const user = requireUser(req);
      const { id } = z.object({ id: z.string().max(60) }).parse(req.params);
      return sendPage(reply, req.ctx, <RevokeKeyPage keyView={await keyToRevoke(services, user, id)} />);
    });

    app.post('/account/api-keys/:id/revoke', async (req, reply) => {
      const user = requireUser(req);
      const { id } = z.object({ id: z.string().max(60) }).parse(req.params);
      await revokeMemberKey(services, user, id);
      return reply.redirect(`/${req.ctx.locale}/account/api-keys?done=revoked`, 303);
    });
  };

  return { root, html };
}
