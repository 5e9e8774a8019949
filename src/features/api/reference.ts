import { notFound } from '../../core/errors.ts';
import type { Services } from '../../core/services.ts';
import { conceptSummaries } from '../glossary/repository.ts';
import { readConcept } from '../glossary/read-concept.ts';
import { organisationsForApi } from '../organisations/repository.ts';
import { logoPath } from '../organisations/pages/metadata.ts';
import { countryName, isCountryCode } from '../taxonomy/countries.ts';
import { countriesWithGroups, listVocabularies, termOptions } from '../taxonomy/read.ts';
import type { ApiRequestContext } from './content.ts';
import { decodeSlugCursor, encodeSlugCursor } from './cursor.ts';
import { pageLocale } from './presenter.ts';

type Db = Pick<Services, 'db'>;

/** Organisations by slug (their pages list no members: member data is not in the API). */
export async function listOrganisations(
  services: Db,
  page: { limit: number; cursor?: string },
  ctx: ApiRequestContext,
) {
  const afterSlug = page.cursor ? decodeSlugCursor(page.cursor) : '';
  const rows = await organisationsForApi(services.db, {
    locale: ctx.locale,
    afterSlug,
    limit: page.limit + 1,
  });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    data: shown.map((r) => presentOrganisation(r, ctx)),
    nextCursor: rows.length > page.limit && last ? encodeSlugCursor(last.slug) : null,
  };
}

export async function getOrganisation(services: Db, slug: string, ctx: ApiRequestContext) {
  const [row] = await organisationsForApi(services.db, { locale: ctx.locale, slug, limit: 1 });
  if (!row) throw notFound();
  return presentOrganisation(row, ctx);
}

function presentOrganisation(
  r: Awaited<ReturnType<typeof organisationsForApi>>[number],
  ctx: ApiRequestContext,
) {
  const page = `${ctx.publicUrl}/${ctx.lang ?? ctx.locale}/organisations/${r.slug}`;
  return {
    slug: r.slug,
    url: page,
    name: r.name,
    acronym: r.acronym,
    kind: r.type,
    country: r.country ? { code: r.country, name: countryName(r.country, ctx.locale) } : null,
    website: r.website,
    logo: r.logoKey ? logoPath(page, r.logoKey) : null,
    verifiedPartner: r.verifiedPartner,
    description: r.description,
    language: r.descriptionLocale,
    fallback: ctx.lang !== undefined && r.descriptionLocale !== null && r.descriptionLocale !== ctx.lang,
    availableLanguages: r.locales,
  };
}

/** Glossary concepts by slug, in the language asked for (else English, else any). */
export async function listGlossary(
  services: Db,
  page: { limit: number; cursor?: string },
  ctx: ApiRequestContext,
) {
  const afterSlug = page.cursor ? decodeSlugCursor(page.cursor) : '';
  // The glossary holds hundreds of concepts: one read, sorted here.
  const all = (await conceptSummaries(services.db, ctx.locale))
    .filter((c) => c.slug > afterSlug)
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const shown = all.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    data: shown.map((c) => ({
      slug: c.slug,
      url: `${ctx.publicUrl}/${pageLocale(c.locale, ctx.lang)}/glossary/${c.slug}`,
      label: c.label,
      synonyms: c.synonyms,
      definition: c.definition,
      language: c.locale,
      fallback: ctx.lang !== undefined && c.locale !== ctx.lang,
      availableLanguages: [...c.locales].sort(),
      updatedAt: c.updatedAt.toISOString(),
    })),
    nextCursor: all.length > page.limit && last ? encodeSlugCursor(last.slug) : null,
  };
}

export async function getConcept(services: Db, slug: string, ctx: ApiRequestContext) {
  const { concept, shown, others } = await readConcept(services.db, slug, ctx.locale);
  const entries = [shown, ...others];
  return {
    slug: concept.slug,
    url: `${ctx.publicUrl}/${pageLocale(shown.locale, ctx.lang)}/glossary/${concept.slug}`,
    label: shown.label,
    synonyms: shown.synonyms,
    definition: shown.definition,
    language: shown.locale,
    fallback: ctx.lang !== undefined && shown.locale !== ctx.lang,
    availableLanguages: entries.map((e) => e.locale).sort(),
    updatedAt: concept.updatedAt.toISOString(),
    entries: entries.map((e) => ({
      language: e.locale,
      label: e.label,
      synonyms: e.synonyms,
      definition: e.definition,
      source: e.source,
    })),
  };
}

/** The vocabularies that classify content, each with its active terms (labels in the reader's language). */
export async function listTaxonomy(services: Db, ctx: ApiRequestContext) {
  const vocabularies = await listVocabularies(services.db, ctx.locale);
  return Promise.all(vocabularies.map((v) => presentVocabulary(services, v, ctx)));
}

export async function getVocabulary(services: Db, id: string, ctx: ApiRequestContext) {
  const v = (await listVocabularies(services.db, ctx.locale)).find((x) => x.id === id);
  if (!v) throw notFound();
  return presentVocabulary(services, v, ctx);
}

async function presentVocabulary(
  services: Db,
  v: { id: string; label: string; isTree: boolean },
  ctx: ApiRequestContext,
) {
  const terms = await termOptions(services.db, v.id, ctx.locale);
  const slugOf = new Map(terms.map((t) => [t.id, t.slug]));
  return {
    id: v.id,
    label: v.label,
    tree: v.isTree,
    terms: terms.map((t) => ({
      slug: t.slug,
      label: t.label,
      parent: t.parentId !== null ? (slugOf.get(t.parentId) ?? null) : null,
    })),
  };
}

/** ISO 3166-1 countries with their region and income group. */
export async function listCountries(services: Db, ctx: ApiRequestContext) {
  const rows = await countriesWithGroups(services.db);
  return rows.map((c) => ({
    code: c.iso2,
    iso3: c.iso3,
    name: countryName(c.iso2, ctx.locale),
    url: `${ctx.publicUrl}/${ctx.lang ?? ctx.locale}/search?country=${c.iso2}`,
    region: c.region,
    incomeGroup: c.incomeGroup,
  }));
}

export async function getCountry(services: Db, code: string, ctx: ApiRequestContext) {
  const iso2 = code.toUpperCase();
  if (!isCountryCode(iso2)) throw notFound();
  const found = (await listCountries(services, ctx)).find((c) => c.code === iso2);
  if (!found) throw notFound();
  return found;
}
