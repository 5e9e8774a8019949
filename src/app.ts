import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './core/db/client.ts';
import { ensureSecret } from './core/db/settings.ts';
import { createCache } from './core/cache.ts';
import { notFound } from './core/errors.ts';
import { createEventBus } from './core/events/index.ts';
import { healthRoutes } from './core/health.ts';
import { buildAssets } from './core/http/assets.ts';
import { registerHttp } from './core/http/plugin.tsx';
import { isLocale, negotiateLocale } from './core/i18n/index.ts';
import { createJobs } from './core/jobs/index.ts';
import { createMailer } from './core/mail/index.ts';
import type { Services } from './core/services.ts';
import { createSearchRegistry } from './core/search/registry.ts';
import { createLocalStorage } from './core/storage/index.ts';
import { createWorkflowRegistry } from './core/workflow/registry.ts';
import { type Accounts, createAccounts, LOCALE_COOKIE } from './features/accounts/index.ts';
import { createAdmin } from './features/admin/index.tsx';
import { createArticles } from './features/articles/index.tsx';
import { createCommunityHealth } from './features/communities/health/index.tsx';
import { createEditorial } from './features/editorial/index.tsx';
import { createEvents } from './features/events/index.tsx';
import { createFeedback } from './features/feedback/index.tsx';
import { createGlossary } from './features/glossary/index.tsx';
import { createLibrary } from './features/library/index.tsx';
import { createNotifications } from './features/notifications/index.tsx';
import { createOrganisations } from './features/organisations/index.tsx';
import { createPages } from './features/pages/index.tsx';
import { createSearch } from './features/search/index.tsx';
import { createTaxonomy } from './features/taxonomy/index.tsx';
import { createWebinars } from './features/webinars/index.tsx';
import { createCommunities } from './features/communities/index.tsx';
import { createMembers } from './features/members/index.tsx';
import { createApi } from './features/api/index.tsx';
import { createSyndication } from './features/syndication/index.tsx';

export interface BuiltApp {
  app: FastifyInstance;
  services: Services;
  accounts: Accounts;
  /** Stops taking work, finishes requests and jobs, then closes the database (unless kept). */
  close(opts?: { keepDatabase?: boolean }): Promise<void>;
}

/** A feature: its localized HTML routes (under /{locale}) and any routes at the root. */
export interface Feature {
  html?: FastifyPluginAsync;
  root?: FastifyPluginAsync;
}

export function createLogger(config: Config, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.NODE_ENV === 'test' && !destination ? 'silent' : config.LOG_LEVEL,
    // Never log secrets: cookies, auth headers, tokens in URLs, passwords in bodies.
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password'],
      remove: true,
    },
    serializers: {
      // Drizzle puts query parameters (tokens, hashes, e-mail bodies) into its error
      // messages: keep the SQL, drop the parameters.
      err: (err: Error) => {
        const { params: _params, ...out } = pino.stdSerializers.err(err) as {
          message?: string;
          stack?: string;
          params?: unknown;
        };
        const strip = (s?: string) => s?.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, '\nparams: [redacted]');
        return { ...out, message: strip(out.message), stack: strip(out.stack) };
      },
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.replace(/([?&](?:token|code|callbackURL|t)=)[^&]*/gi, '$1[redacted]'),
        id: req.id,
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export async function buildApp(
  config: Config,
  database: Database,
  logger = createLogger(config),
): Promise<BuiltApp> {
  await buildAssets();
  const db = database.db;
  const secret = await ensureSecret(db, config.AUTH_SECRET);
  const jobs = createJobs(database, logger, config.JOBS);
  const mailer = createMailer(db, config, jobs, logger);
  const events = createEventBus(db, jobs, logger);
  const storage = createLocalStorage(join(config.DATA_DIR, 'files'));
  const services: Services = {
    config,
    database,
    db,
    logger,
    jobs,
    mailer,
    events,
    storage,
    secret,
    cache: createCache(),
    search: createSearchRegistry(),
    workflow: createWorkflowRegistry(),
  };
  services.search.index.setLogger(logger);

  const accounts = createAccounts(services);
  const features: Feature[] = [
    createPages(services),
    createLibrary(services),
    createEvents(services),
    createArticles(services),
    createEditorial(services),
    createSearch(services),
    createGlossary(services),
    accounts,
    createTaxonomy(services),
    createOrganisations(services),
    createWebinars(services),
    createCommunities(services),
    createNotifications(services),
    createCommunityHealth(services),
    createFeedback(services),
    createMembers(services),
    createApi(services),
    createSyndication(services),
    createAdmin(services),
  ];

  const app = Fastify({
    // pino's Logger is a FastifyBaseLogger at run time; the declared types differ only in generics.
    loggerInstance: logger as unknown as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: config.BODY_LIMIT,
    trustProxy: config.TRUST_PROXY,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await registerHttp(app, { config, secret, resolveUser: accounts.resolveUser });

  let draining = false;
  healthRoutes(app, database, () => draining);
  // While draining, answer in-flight requests and close their keep-alive connections, so
  // the server can finish closing instead of waiting for idle clients.
  app.addHook('onSend', async (_req, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  // "/" sends each reader to their language: saved preference, then the browser's, then English.
  app.get('/', async (req, reply) => {
    const saved = req.ctx.user?.locale ?? req.cookies[LOCALE_COOKIE];
    const locale = negotiateLocale(req.headers['accept-language'], saved);
    return reply.header('vary', 'Accept-Language, Cookie').redirect(`/${locale}/`, 302);
  });

  for (const feature of features) if (feature.root) await app.register(feature.root);

  await app.register(
    async (scope) => {
      scope.addHook('onRequest', async (req, reply) => {
        const { locale } = req.params as { locale: string };
        if (!isLocale(locale)) throw notFound();
        // Remember the language a reader last used, so "/" brings them back to it.
        if (req.method === 'GET' && req.cookies[LOCALE_COOKIE] !== locale) {
          reply.setCookie(LOCALE_COOKIE, locale, {
            path: '/',
            maxAge: 31_536_000,
            sameSite: 'lax',
            httpOnly: true,
            secure: config.secureCookies,
          });
        }
      });
      for (const feature of features) if (feature.html) await scope.register(feature.html);
    },
    { prefix: '/:locale' },
  );

  return {
    app,
    services,
    accounts,
    async close(opts) {
      draining = true;
      await app.close();
      await jobs.stop();
      mailer.close();
      if (!opts?.keepDatabase) await database.close();
    },
  };
}
