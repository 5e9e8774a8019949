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
import type { ApiRequestContext } from './content.ts';
import { createKey, listKeys, resolveApiKey, revokeMemberKey } from './keys/manage-keys.ts';
import { apiRoutes } from './routes.ts';
import { KeysPage } from './views/KeysPage.tsx';
import { type OpenApiDoc, ReferencePage } from './views/ReferencePage.tsx';
import { createHash } from 'node:crypto';

export { CONTENT_API } from './content.ts';

/** Answers may be kept this long by browsers and shared caches (then revalidated by ETag). */
const MAX_AGE_SECONDS = 60;

/**
 * The public read API under /api/v1 (JSON, CORS, ETags, rate limits per IP and per key), its
 * OpenAPI 3.1 description at /api/openapi.json, the reference page /{locale}/api, and the
 * member's API keys in their account.
 */
export function createApi(services: Services): Feature {
  const { config } = services;
  /** Per request: the caller's key id (when one was sent) and the language asked for. */
  const state = new WeakMap<FastifyRequest, { keyId?: string; lang?: Locale; locale: Locale }>();
  const context = (req: FastifyRequest): ApiRequestContext => {
    const s = state.get(req);
    return { locale: s?.locale ?? 'en', lang: s?.lang, publicUrl: config.publicUrl };
  };
  let openapi: unknown;

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

    // Query errors name every parameter at fault (unknown ones included), in the reader's language.
    scope.setValidatorCompiler(({ schema }) => (data) => {
      const result = (schema as z.ZodType).safeParse(data);
      return result.success
        ? { value: result.data }
        : { error: new ValidationError(toFieldErrors(result.error)) };
    });

    scope.addHook('onRequest', async (req, reply) => {
      const q = (req.query ?? {}) as Record<string, unknown>;
      const lang = typeof q.lang === 'string' && isLocale(q.lang) ? q.lang : undefined;
      const locale = lang ?? negotiateLocale(req.headers['accept-language'], undefined);
      state.set(req, { lang, locale });
      req.ctx.locale = locale;
      req.ctx.t = translator(locale);
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('vary', 'Accept-Language');
      if (req.method === 'OPTIONS') return;
      const keyId = await resolveApiKey(services, req.headers['x-api-key']);
      if (keyId) state.set(req, { keyId, lang, locale });
    });

    // Every answer is public and the same for every caller: a validator lets clients and
    // caches revalidate for an empty 304 instead of the whole page again.
    scope.addHook('onSend', async (req, reply, payload) => {
      if (reply.statusCode !== 200 || typeof payload !== 'string') return payload;
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

    const rateLimit = {
      max: (_req: FastifyRequest, key: string) =>
        key.startsWith('key:') ? config.API_KEY_RATE_LIMIT : config.API_RATE_LIMIT,
      timeWindow: 60_000,
      keyGenerator: (req: FastifyRequest) => {
        const keyId = state.get(req)?.keyId;
        return keyId ? `key:${keyId}` : `ip:${req.ip}`;
      },
    };
    await scope.register(apiRoutes(services, context, { rateLimit }), { prefix: '/v1' });

    scope.get('/openapi.json', { schema: { hide: true }, config: { rateLimit } }, async (_req, reply) => {
      openapi ??= scope.swagger();
      return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(openapi));
    });
  };

  const root: FastifyPluginAsync = async (app) => {
    await app.register(api, { prefix: '/api' });
  };

  const html: FastifyPluginAsync = async (app: FastifyInstance) => {
    let doc: OpenApiDoc | undefined;
    app.get('/api', async (req, reply) => {
      // The document the reference page explains is the one clients get (built once).
      doc ??= JSON.parse((await app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as OpenApiDoc;
      return sendPage(reply, req.ctx, <ReferencePage doc={doc} />);
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

    app.post('/account/api-keys/:id/revoke', async (req, reply) => {
      const user = requireUser(req);
      const { id } = z.object({ id: z.string().max(60) }).parse(req.params);
      await revokeMemberKey(services, user, id);
      return reply.redirect(`/${req.ctx.locale}/account/api-keys?done=revoked`, 303);
    });
  };

  return { root, html };
}
