import { z } from 'zod';
import { LOCALES } from '../../core/i18n/index.ts';
import { MAX_QUERY_CHARS } from '../../core/search/query.ts';
import { CONTENT_TYPE_NAMES } from '../content/types.ts';
import { TERM_FACETS } from '../search/params.ts';

/** Page size: the default, and the cap a larger `limit` is brought down to. */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const MAX_VALUES = 20;

// ---- query parameters ------------------------------------------------------------------

/** Several values: repeated (?topic=a&topic=b) or comma-separated (?topic=a,b). */
const values = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      [
        ...new Set(
          (v === undefined ? [] : Array.isArray(v) ? v : [v])
            .flatMap((s) => s.split(','))
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].slice(0, MAX_VALUES),
    )
    .meta({ description });

const year = (description: string) =>
  z
    .string()
    .regex(/^(19|20|21)\d{2}$/)
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .meta({ description });

export const lang = z.enum(LOCALES).optional().meta({
  description:
    'Language of the texts. An item without that translation comes in its original language, with `fallback: true`. Without it, every item comes in its original language. Error messages follow it too (else Accept-Language).',
});

const limit = z
  .string()
  .regex(/^\d{1,9}$/)
  .optional()
  .transform((v) => Math.min(Math.max(v ? Number(v) : DEFAULT_LIMIT, 1), MAX_LIMIT))
  .meta({
    description: `Items per page, 1 to ${MAX_LIMIT} (larger values are capped); default ${DEFAULT_LIMIT}.`,
  });

const cursor = z.string().max(600).optional().meta({
  description: 'Opaque position from the previous page (`meta.nextCursor`); same other parameters.',
});

/** Top-level item fields a client may ask for (`fields`); `id` and `type` always come. */
export const ITEM_FIELDS = [
  'slug',
  'url',
  'title',
  'summary',
  'body',
  'language',
  'originalLanguage',
  'fallback',
  'availableLanguages',
  'translation',
  'licence',
  'publishedAt',
  'updatedAt',
  'terms',
  'countries',
  'organisations',
  'image',
  'details',
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

const fields = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [
    ...new Set(
      (v === undefined ? [] : Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.every((f) => (ITEM_FIELDS as readonly string[]).includes(f)), {
    message: 'api.error.fields',
  })
  .transform((list) => list as ItemField[])
  .meta({
    description: `Only these fields (comma-separated) besides id and type: ${ITEM_FIELDS.join(', ')}.`,
  });

const facetFilters = Object.fromEntries(
  TERM_FACETS.map((f) => [f, values(`Term slugs of the ${f} vocabulary (OR within the parameter).`)]),
) as Record<(typeof TERM_FACETS)[number], ReturnType<typeof values>>;

/** GET /api/v1/{collection}: the site's search and filters, with keyset pages. */
export const listQuery = z.strictObject({
  q: z
    .string()
    .max(MAX_QUERY_CHARS * 5)
    .optional()
    .meta({ description: 'Full-text query: words, "phrases", -exclusions, OR. Every language, stemmed.' }),
  ...facetFilters,
  country: values('ISO 3166-1 alpha-2 codes.'),
  language: values('ISO 639-1 codes of the content.'),
  organisation: values('Organisation slugs.'),
  from: year('First year.'),
  to: year('Last year.'),
  sort: z
    .enum(['date', 'relevance'])
    .optional()
    .meta({ description: 'Default: relevance with `q`, else date (newest first).' }),
  facets: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Also count the results per facet value (as the site shows them).' }),
  limit,
  cursor,
  fields,
  lang,
});
export type ListQuery = z.output<typeof listQuery> & { when?: 'upcoming' | 'past' };

/** Lists of things that take place (events, webinars) can also ask for what is coming or past. */
export const datedListQuery = listQuery.extend({
  when: z.enum(['upcoming', 'past']).optional().meta({
    description:
      'upcoming: starting today (UTC) or later, soonest first; past: started before now, latest first (sort=relevance still ranks by relevance).',
  }),
});

export const itemQuery = z.strictObject({ fields, lang });
export type ItemQuery = z.output<typeof itemQuery>;

export const pageQuery = z.strictObject({ limit, cursor, lang });
export type PageQuery = z.output<typeof pageQuery>;

export const langQuery = z.strictObject({ lang });

export const slugParams = z.object({ slug: z.string().min(1).max(200) });

// ---- responses -------------------------------------------------------------------------

const dateTime = z.iso.datetime();

export const licenceSchema = z
  .object({
    code: z
      .string()
      .nullable()
      .meta({ description: "The platform's code (cc-by-4.0 …), null for other text." }),
    name: z.string(),
    url: z.string().nullable().meta({ description: "The licence's deed, when it has one." }),
  })
  .meta({ id: 'Licence' });

const term = z.object({ vocabulary: z.string(), slug: z.string(), label: z.string() });
const countryRef = z.object({ code: z.string(), name: z.string() });
const organisationRef = z.object({
  slug: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  url: z.string(),
});
const image = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

/** The fields every content item has; all but id and type can be left out with `fields`. */
export function itemSchema(name: string, details: z.ZodType | null) {
  return z
    .object({
      id: z.uuid(),
      type: z.enum(CONTENT_TYPE_NAMES),
      slug: z.string().optional(),
      url: z.string().optional().meta({ description: 'The public page, in the language of the texts.' }),
      title: z.string().optional(),
      summary: z.string().nullable().optional(),
      body: z.string().nullable().optional().meta({ description: 'Markdown; on single items only.' }),
      language: z.string().optional().meta({ description: 'Language of title, summary and body.' }),
      originalLanguage: z.string().optional(),
      fallback: z.boolean().optional().meta({ description: 'True when `lang` was asked and is missing.' }),
      availableLanguages: z.array(z.string()).optional(),
      translation: z
        .enum(['original', 'human', 'machine'])
        .optional()
        .meta({ description: 'Whether the texts are the original, a human translation or a machine one.' }),
      licence: licenceSchema.nullable().optional(),
      publishedAt: dateTime.nullable().optional(),
      updatedAt: dateTime.optional(),
      terms: z.array(term).optional(),
      countries: z.array(countryRef).optional(),
      organisations: z.array(organisationRef).optional(),
      image: image.nullable().optional(),
      ...(details ? { details: details.optional() } : {}),
    })
    .meta({ id: name });
}

const facet = z.object({
  id: z.string(),
  values: z.array(
    z.object({ value: z.string(), label: z.string(), count: z.number().int(), selected: z.boolean() }),
  ),
});

const pageMeta = z.object({
  limit: z.number().int(),
  nextCursor: z.string().nullable(),
  language: z.string().nullable(),
});

export function listSchema(name: string, item: z.ZodType, opts: { total: boolean; facets: boolean }) {
  return z
    .object({
      data: z.array(item),
      meta: opts.total
        ? pageMeta.extend({
            total: z.number().int(),
            ignored: z
              .array(z.object({ parameter: z.string(), value: z.string() }))
              .meta({ description: 'Filter values that match nothing (left out).' }),
          })
        : pageMeta,
      links: z.object({ self: z.string(), next: z.string().nullable() }),
      ...(opts.facets ? { facets: z.array(facet).optional() } : {}),
    })
    .meta({ id: name });
}

export const errorSchema = z
  .object({
    errors: z.array(
      z.object({
        code: z.string(),
        message: z.string().meta({ description: 'In the language asked for.' }),
        field: z.string().optional().meta({ description: 'The parameter at fault.' }),
      }),
    ),
  })
  .meta({ id: 'Errors' });

/** The error responses every API route may give (400 names the parameter at fault). */
export const errorResponses = {
  304: z.null().meta({ description: 'Not modified: the ETag sent in If-None-Match is current (no body).' }),
  400: errorSchema,
  401: errorSchema,
  404: errorSchema,
  429: errorSchema,
  500: errorSchema,
  503: errorSchema,
} as const;

// ---- reference data --------------------------------------------------------------------

export const organisationSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    kind: z
      .string()
      .meta({ description: 'government, international, ngo, academia, private, donor, network, other' }),
    country: countryRef.nullable(),
    website: z.string().nullable(),
    logo: z.string().nullable(),
    verifiedPartner: z.boolean(),
    description: z.string().nullable(),
    language: z.string().nullable().meta({ description: 'Language of the description.' }),
    fallback: z.boolean(),
    availableLanguages: z.array(z.string()),
  })
  .meta({ id: 'Organisation' });

const glossaryEntry = z.object({
  language: z.string(),
  label: z.string(),
  synonyms: z.array(z.string()),
  definition: z.string(),
  source: z.string().nullable(),
});

export const conceptSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    label: z.string(),
    synonyms: z.array(z.string()),
    definition: z.string(),
    language: z.string(),
    fallback: z.boolean(),
    availableLanguages: z.array(z.string()),
    updatedAt: dateTime,
    entries: z
      .array(glossaryEntry)
      .optional()
      .meta({ description: 'Every language; on single concepts only.' }),
  })
  .meta({ id: 'GlossaryConcept' });

export const vocabularySchema = z
  .object({
    id: z.string(),
    label: z.string(),
    tree: z.boolean(),
    terms: z.array(
      z.object({
        slug: z.string(),
        label: z.string(),
        parent: z.string().nullable().meta({ description: "The parent term's slug (trees)." }),
      }),
    ),
  })
  .meta({ id: 'Vocabulary' });

export const countrySchema = z
  .object({
    code: z.string().meta({ description: 'ISO 3166-1 alpha-2.' }),
    iso3: z.string(),
    name: z.string(),
    url: z.string().meta({ description: 'Everything about the country on the site (a filtered search).' }),
    region: z.string().nullable().meta({ description: 'Term slug in the region vocabulary.' }),
    incomeGroup: z.string().nullable().meta({ description: 'Term slug in the income-group vocabulary.' }),
  })
  .meta({ id: 'Country' });

export const vocabularyParams = z.object({ vocabulary: z.string().min(1).max(100) });
export const countryParams = z.object({ code: z.string().regex(/^[A-Za-z]{2}$/) });
