import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../../core/services.ts';
import { answerOai, type OaiOptions } from './answer.ts';

/**
 * OAI-PMH 2.0 at /oai: the library for harvesters (repositories, aggregators). GET with the
 * arguments in the query, or POST with them form-encoded in the body, as the protocol allows.
 * Protocol errors are answered with status 200 and an <error> element (OAI-PMH §3.6).
 */
export function oaiRoutes(services: Services, opts: OaiOptions = {}): FastifyPluginAsync {
  return async (app) => {
    const handler = async (pairs: [string, string][], reply: FastifyReply) => {
      const xml = await answerOai(services, pairs, opts);
      return reply.type('text/xml; charset=utf-8').header('cache-control', 'no-store').send(xml);
    };
    // A harvester follows tokens one page at a time (a few a second); this only stops a
    // client that would take the server for itself. Past it: 429 with Retry-After.
    const limited = { config: { rateLimit: { max: services.config.OAI_RATE_LIMIT, timeWindow: 60_000 } } };
    app.get('/oai', limited, (req, reply) => handler(queryPairs(req), reply));
    app.post('/oai', limited, (req, reply) => handler(bodyPairs(req.body), reply));
  };
}

/** The query's arguments in order, repeats kept (a repeated argument is an error to report). */
function queryPairs(req: FastifyRequest): [string, string][] {
  const at = req.url.indexOf('?');
  return at < 0 ? [] : [...new URLSearchParams(req.url.slice(at + 1))];
}

/** The form body as the form parser left it (a repeated field is an array). */
function bodyPairs(body: unknown): [string, string][] {
  if (!body || typeof body !== 'object') return [];
  return Object.entries(body as Record<string, unknown>).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, String(x)]),
  );
}
