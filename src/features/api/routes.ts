import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../core/services.ts';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES, type ContentType } from '../content/types.ts';
import { type ApiRequestContext, CONTENT_API, getContent, listContent } from './content.ts';
import {
  getConcept,
  getCountry,
  getOrganisation,
  getVocabulary,
  listCountries,
  listGlossary,
  listOrganisations,
  listTaxonomy,
} from './reference.ts';
import {
  conceptSchema,
  countryParams,
  countrySchema,
  errorResponses,
  itemQuery,
  itemSchema,
  langQuery,
  listQuery,
  listSchema,
  organisationSchema,
  pageQuery,
  slugParams,
  vocabularyParams,
  vocabularySchema,
} from './schemas.ts';

const pascal = (s: string) => s.replace(/(^|[-_])(\w)/g, (_, _sep, c: string) => c.toUpperCase());

/** The OpenAPI operation ids of a content type's two routes (the reference page names them). */
export const contentOperations = (type: ContentType) => ({
  list: `list${pascal(CONTENT_TYPES[type].collection)}`,
  get: `get${pascal(type)}`,
});

/** The address of this request with another cursor (the `next` link), on the public origin. */
function withCursor(publicUrl: string, req: FastifyRequest, cursor: string | null): string | null {
  if (cursor === null) return null;
  const url = new URL(req.url, publicUrl);
  url.searchParams.set('cursor', cursor);
  return `${publicUrl}${url.pathname}${url.search}`;
}

const selfUrl = (publicUrl: string, req: FastifyRequest) => `${publicUrl}${req.url}`;

/**
 * GET routes under /api/v1. Each declares its Zod schemas: they validate the query (strictly:
 * an unknown parameter is a 400 naming it), shape the response, and are the OpenAPI document.
 */
export function apiRoutes(
  services: Services,
  context: (req: FastifyRequest) => ApiRequestContext,
  /** The rate limit every route shares (per IP, or per key when one is sent). */
  limits: { rateLimit: RateLimitOptions },
) {
  const { publicUrl } = services.config;
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    for (const type of CONTENT_TYPE_NAMES) {
      const def = CONTENT_TYPES[type];
      const name = pascal(type);
      const details = CONTENT_API[type as ContentType]?.schema ?? null;
      const item = itemSchema(name, details);
      app.get(
        `/${def.collection}`,
        {
          config: limits,
          schema: {
            operationId: contentOperations(type).list,
            summary: `List ${def.collection}`,
            tags: ['content'],
            querystring: listQuery,
            response: {
              200: listSchema(`${name}List`, item, { total: true, facets: true }),
              ...errorResponses,
            },
          },
        },
        async (req) => {
          const ctx = context(req);
          const page = await listContent(services, type, req.query, ctx);
          return {
            data: page.data,
            meta: {
              total: page.total,
              limit: req.query.limit,
              nextCursor: page.nextCursor,
              language: ctx.lang ?? null,
              ignored: page.ignored,
            },
            links: { self: selfUrl(publicUrl, req), next: withCursor(publicUrl, req, page.nextCursor) },
            ...(page.facets ? { facets: page.facets } : {}),
          };
        },
      );
      app.get(
        `/${def.collection}/:slug`,
        {
          config: limits,
          schema: {
            operationId: contentOperations(type).get,
            summary: `One item of ${def.collection}, by slug`,
            tags: ['content'],
            params: slugParams,
            querystring: itemQuery,
            response: { 200: item, ...errorResponses },
          },
        },
        // The presenter builds items field by field (`fields`); the response schema checks the result.
        async (req) => (await getContent(services, type, req.params.slug, req.query, context(req))) as never,
      );
    }

    app.get(
      '/organisations',
      {
        config: limits,
        schema: {
          operationId: 'listOrganisations',
          summary: 'List organisations',
          tags: ['reference'],
          querystring: pageQuery,
          response: {
            200: listSchema('OrganisationList', organisationSchema, { total: false, facets: false }),
            ...errorResponses,
          },
        },
      },
      async (req) => {
        const ctx = context(req);
        const page = await listOrganisations(services, req.query, ctx);
        return {
          data: page.data,
          meta: { limit: req.query.limit, nextCursor: page.nextCursor, language: ctx.lang ?? null },
          links: { self: selfUrl(publicUrl, req), next: withCursor(publicUrl, req, page.nextCursor) },
        };
      },
    );
    app.get(
      '/organisations/:slug',
      {
        config: limits,
        schema: {
          operationId: 'getOrganisation',
          summary: 'One organisation, by slug',
          tags: ['reference'],
          params: slugParams,
          querystring: langQuery,
          response: { 200: organisationSchema, ...errorResponses },
        },
      },
      async (req) => getOrganisation(services, req.params.slug, context(req)),
    );
    app.get(
      '/glossary',
      {
        config: limits,
        schema: {
          operationId: 'listGlossary',
          summary: 'List glossary concepts',
          tags: ['reference'],
          querystring: pageQuery,
          response: {
            200: listSchema('GlossaryList', conceptSchema, { total: false, facets: false }),
            ...errorResponses,
          },
        },
      },
      async (req) => {
        const ctx = context(req);
        const page = await listGlossary(services, req.query, ctx);
        return {
          data: page.data,
          meta: { limit: req.query.limit, nextCursor: page.nextCursor, language: ctx.lang ?? null },
          links: { self: selfUrl(publicUrl, req), next: withCursor(publicUrl, req, page.nextCursor) },
        };
      },
    );
    app.get(
      '/glossary/:slug',
      {
        config: limits,
        schema: {
          operationId: 'getGlossaryConcept',
          summary: 'One glossary concept, in every language',
          tags: ['reference'],
          params: slugParams,
          querystring: langQuery,
          response: { 200: conceptSchema, ...errorResponses },
        },
      },
      async (req) => getConcept(services, req.params.slug, context(req)),
    );
    app.get(
      '/taxonomy',
      {
        config: limits,
        schema: {
          operationId: 'listVocabularies',
          summary: 'The vocabularies that classify content, with their terms',
          tags: ['reference'],
          querystring: langQuery,
          response: { 200: z.object({ data: z.array(vocabularySchema) }), ...errorResponses },
        },
      },
      async (req) => ({ data: await listTaxonomy(services, context(req)) }),
    );
    app.get(
      '/taxonomy/:vocabulary',
      {
        config: limits,
        schema: {
          operationId: 'getVocabulary',
          summary: 'One vocabulary and its terms',
          tags: ['reference'],
          params: vocabularyParams,
          querystring: langQuery,
          response: { 200: vocabularySchema, ...errorResponses },
        },
      },
      async (req) => getVocabulary(services, req.params.vocabulary, context(req)),
    );
    app.get(
      '/countries',
      {
        config: limits,
        schema: {
          operationId: 'listCountries',
          summary: 'Countries with their region and income group',
          tags: ['reference'],
          querystring: langQuery,
          response: { 200: z.object({ data: z.array(countrySchema) }), ...errorResponses },
        },
      },
      async (req) => ({ data: await listCountries(services, context(req)) }),
    );
    app.get(
      '/countries/:code',
      {
        config: limits,
        schema: {
          operationId: 'getCountry',
          summary: 'One country, by ISO 3166-1 alpha-2 code',
          tags: ['reference'],
          params: countryParams,
          querystring: langQuery,
          response: { 200: countrySchema, ...errorResponses },
        },
      },
      async (req) => getCountry(services, req.params.code, context(req)),
    );
  };
}
