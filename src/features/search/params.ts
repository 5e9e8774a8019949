import { z } from 'zod';

/** Facet axes backed by a vocabulary: the URL parameter is the vocabulary id, values are term slugs. */
export const TERM_FACETS = [
  'document-type',
  'programme-area',
  'topic',
  'population-group',
  'region',
  'income-group',
] as const;

export type TermFacet = (typeof TERM_FACETS)[number];
export const OTHER_FACETS = ['country', 'language', 'organisation'] as const;

const MAX_VALUES = 20;

/** One value or several (repeated parameter); anything else is dropped, never an error. */
const values = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    [
      ...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean)),
    ].slice(0, MAX_VALUES),
  );

/** A single-valued parameter given twice (?page=2&page=3) takes its first value. */
const first = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v));

const year = first.transform((v) => {
  const n = v && /^\d{4}$/.test(v.trim()) ? Number(v) : undefined;
  return n && n >= 1900 && n <= 2100 ? n : undefined;
});

/**
 * The search page's GET parameters. Lenient by design: a search URL that was shared,
 * bookmarked or typed never fails; what cannot be used is ignored and the page says so.
 */
export const searchParams = z.looseObject({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v.join(' ') : (v ?? ''))),
  type: values,
  ...Object.fromEntries(TERM_FACETS.map((f) => [f, values])),
  country: values,
  language: values,
  organisation: values,
  from: year,
  to: year,
  sort: first.transform((v) => (v === 'date' || v === 'relevance' ? v : undefined)),
  page: first.transform((v) => {
    const n = v && /^\d{1,4}$/.test(v) ? Number(v) : 1;
    return Math.min(Math.max(n, 1), 500);
  }),
  expand: first.transform((v) => v !== '0'),
}) as unknown as z.ZodType<SearchParams>;

export interface SearchParams {
  q: string;
  type: string[];
  'document-type': string[];
  'programme-area': string[];
  topic: string[];
  'population-group': string[];
  region: string[];
  'income-group': string[];
  country: string[];
  language: string[];
  organisation: string[];
  from?: number;
  to?: number;
  sort?: 'date' | 'relevance';
  page: number;
  expand: boolean;
}

export type FacetId = TermFacet | (typeof OTHER_FACETS)[number] | 'type';

/** The URL of a search with these parameters (defaults left out, so URLs stay short and stable). */
export function searchUrl(base: string, p: Partial<SearchParams>): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set('q', p.q);
  for (const key of ['type', ...TERM_FACETS, ...OTHER_FACETS] as const) {
    for (const v of p[key] ?? []) qs.append(key, v);
  }
  if (p.from) qs.set('from', String(p.from));
  if (p.to) qs.set('to', String(p.to));
  if (p.sort) qs.set('sort', p.sort);
  if (p.expand === false) qs.set('expand', '0');
  if (p.page && p.page > 1) qs.set('page', String(p.page));
  const s = qs.toString();
  return s ? `${base}?${s}` : base;
}
