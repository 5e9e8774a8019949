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
  datedListQuery,
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

/** A list's page as every list answers it: items, where it stands, and links. */
function envelope(
  publicUrl: string,
  req: FastifyRequest & { query: { limit: number } },
  ctx: ApiRequestContext,
  page: { data: unknown[]; nextCursor: string | null },
) {
  return {
    data: page.data,
    meta: { limit: req.query.limit, nextCursor: page.nextCursor, language: ctx.lang ?? null },
    links: { self: `${publicUrl}${req.url}`, next: withCursor(publicUrl, req, page.nextCursor) },
  };
}

/**
 * GET routes under /api/v1. Each declares its Zod schemas: they validate the query (strictly:
 * an unknown parameter is a 400 naming it), shape the response, and are the OpenAPI document.
 */
export function apiRoutes(services: Services, context: (req: FastifyRequest) => ApiRequestContext) {
  const { publicUrl } = services.config;
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    for (const type of CONTENT_TYPE_NAMES) {
      const def = CONTENT_TYPES[type];
      const name = pascal(type);
      const details = CONTENT_API[type as ContentType]?.schema ?? null;
      // Typed loosely on purpose: `fields` makes every answer a subset, built field by field by
      // the presenter; the schema still checks each answer when it is serialised.
      const item: z.ZodType = itemSchema(name, details);
      app.get(
        `/${def.collection}`,
        {
          schema: {
            operationId: contentOperations(type).list,
            summary: `List ${def.collection}`,
            tags: ['content'],
            querystring: 'dated' in def ? datedListQuery : listQuery,
            response: {
              200: listSchema(`${name}List`, item, { total: true, facets: true }),
              ...errorResponses,
            },
          },
        },
        async (req) => {
          const ctx = context(req);
          const page = await listContent(services, type, req.query, ctx);
          const out = envelope(publicUrl, req, ctx, page);
          return {
            ...out,
            meta: { ...out.meta, total: page.total, ignored: page.ignored },
            ...(page.facets ? { facets: page.facets } : {}),
          };
        },
      );
      app.get(
        `/${def.collection}/:slug`,
        {
          schema: {
            operationId: contentOperations(type).get,
            summary: `One item of ${def.collection}, by slug`,
            tags: ['content'],
            params: slugParams,
            querystring: itemQuery,
            response: { 200: item, ...errorResponses },
          },
        },
        async (req) => getContent(services, type, req.params.slug, req.query, context(req)),
      );
    }

    app.get(
      '/organisations',
      {
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
        return envelope(publicUrl, req, ctx, await listOrganisations(services, req.query, ctx));
      },
    );
    app.get(
      '/organisations/:slug',
      {
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
        return envelope(publicUrl, req, ctx, await listGlossary(services, req.query, ctx));
      },
    );
    app.get(
      '/glossary/:slug',
      {
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
